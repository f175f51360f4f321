// fs.readFile delivers a Buffer, a string with an encoding, and reads from a descriptor.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('b.txt'), 'callback data');
fs.readFile(p('b.txt'), (err, data) => {
  console.log(err, Buffer.isBuffer(data), data.toString());
  fs.readFile(p('b.txt'), 'hex', (err2, text) => {
    console.log(err2, text);
    const fd = fs.openSync(p('b.txt'), 'r');
    fs.readFile(fd, { encoding: 'utf8' }, (err3, again) => {
      console.log(err3, again);
      fs.closeSync(fd);
    });
  });
});
try { fs.readFile(p('b.txt')); } catch (e) { show(e); }
