// writeSync and write take strings with an encoding and a position.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const fd = fs.openSync(p('s.txt'), 'w+');
console.log(fs.writeSync(fd, 'héllo'));
console.log(fs.writeSync(fd, '414243', null, 'hex'));
console.log(fs.writeSync(fd, 'zz', 0, 'latin1'));
console.log(fs.readFileSync(p('s.txt')).toString('latin1'));
fs.write(fd, 'end', (err, written, str) => {
  console.log(err, written, str);
  fs.write(fd, 'AQ==', 1, 'base64', (err2, n) => {
    console.log(err2, n, fs.readFileSync(p('s.txt')));
    fs.closeSync(fd);
  });
});
try { fs.writeSync(fd, 'x', 0, 'bogus'); } catch (e) { show(e); }
