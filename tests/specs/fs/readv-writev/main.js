// readv/writev move several buffers in one call, in sync, callback and promise forms.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const fd = fs.openSync(p('v.bin'), 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde'), new Uint8Array([102])]));
const a = Buffer.alloc(3);
const b = Buffer.alloc(3);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
fs.writev(fd, [Buffer.from('XY')], 0, (err, written, buffers) => {
  console.log(err, written, buffers.length);
  fs.readv(fd, [Buffer.alloc(6)], 0, (err2, read, bufs) => {
    console.log(err2, read, bufs[0].toString());
    fs.closeSync(fd);
  });
});
try { fs.writevSync(fd, ['no']); } catch (e) { show(e); }
console.log(fs.writevSync(fd, []));
