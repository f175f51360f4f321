// A settled TypeScript file (found in the cache by its stamp) rewritten with the same size and
// its old mtime put back is read again: the kernel moved its ctime.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-ts-mtime-'));
const file = path.join(dir, 'value.cts');
const old = new Date(Date.now() - 3600e3);
const write = (n) => {
  fs.writeFileSync(file, `exports.value = ${n} as number;\n`);
  fs.utimesSync(file, old, old);
};
const load = () => {
  delete require.cache[file];
  return require(file).value;
};
write(1);
setTimeout(() => {
  console.log(load(), load());  // the second from the stamp
  write(2);
  console.log(load());
  setTimeout(() => {
    console.log(load(), load());
    fs.rmSync(dir, { recursive: true });
  }, 2100);
}, 2100);
