// stat with bigint: true gives BigIntStats with nanosecond fields.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), 'x');
fs.utimesSync(p('f'), 1700000000.123456, 1700000001.987654);
const st = fs.statSync(p('f'), { bigint: true });
console.log(st.constructor.name, Object.keys(st).join(' '));
console.log(typeof st.size, st.size, st.isFile(), st.isDirectory());
console.log(st.mtimeNs / 1000000n === st.mtimeMs, st.mtime.toISOString());
console.log(st.atimeMs, st.mtimeMs);
fs.lstat(p('f'), { bigint: true }, (err, lst) => {
  console.log(err, typeof lst.ino);
  fs.promises.stat(p('f'), { bigint: true }).then((pst) => console.log(typeof pst.dev));
});
