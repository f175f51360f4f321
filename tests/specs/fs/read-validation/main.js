// read and readSync validate fd, buffer, offset, length and position with Node's errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const fd = fs.openSync(__filename, 'r');
const attempts = [
  () => fs.readSync(fd, 'str'),
  () => fs.readSync(fd, Buffer.alloc(4), -1, 1),
  () => fs.readSync(fd, Buffer.alloc(4), 2, 3),
  () => fs.readSync(fd, Buffer.alloc(4), 0, 1, -2),
  () => fs.readSync(fd, Buffer.alloc(4), 0, 1, 'x'),
  () => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0),
  () => fs.readSync(-1, Buffer.alloc(1)),
  () => fs.readSync('1', Buffer.alloc(1)),
  () => fs.read(fd, Buffer.alloc(1), 0, 1, 0),
  () => fs.writeSync(fd, Buffer.alloc(2), 3),
  () => fs.writeSync(fd, 7),
];
for (const attempt of attempts) {
  try { attempt(); console.log('no error'); } catch (e) { show(e); }
}
fs.closeSync(fd);
