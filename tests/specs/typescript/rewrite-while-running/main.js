// A TypeScript file rewritten while the program runs (same size, within the same second) is
// read again: its stamp is too recent to stand for its content.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-ts-rewrite-'));
const file = path.join(dir, 'value.cts');
const write = (n) => fs.writeFileSync(file, `exports.value = ${n} as number;\n`);
write(1);
console.log(require(file).value);
for (const n of [2, 3]) {
  write(n);
  delete require.cache[file];
  console.log(require(file).value);
}
fs.rmSync(dir, { recursive: true });
