// util.promisify(fs.read/write/readv/writev/exists) resolves with Node's result objects.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const util = require('util');
(async () => {
  const fd = fs.openSync(p('f'), 'w+');
  console.log(await util.promisify(fs.write)(fd, Buffer.from('abc')));
  console.log(await util.promisify(fs.write)(fd, 'def', 3));
  console.log(await util.promisify(fs.read)(fd, Buffer.alloc(6), 0, 6, 0));
  console.log(await util.promisify(fs.writev)(fd, [Buffer.from('g')], 6));
  console.log(await util.promisify(fs.readv)(fd, [Buffer.alloc(7)], 0));
  console.log(await util.promisify(fs.exists)(p('f')), await util.promisify(fs.exists)(p('none')));
  fs.closeSync(fd);
})();
