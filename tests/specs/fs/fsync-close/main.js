// fsync and fdatasync succeed on open files; closing twice is EBADF.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const fd = fs.openSync(p('f'), 'w');
fs.writeSync(fd, 'data');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fsync(fd, (err) => {
  console.log('fsync', err);
  fs.fdatasync(fd, (err2) => {
    console.log('fdatasync', err2);
    fs.closeSync(fd);
    try { fs.closeSync(fd); } catch (e) { show(e); console.log(e.syscall, e.errno); }
    fs.close(fd, (err3) => show(err3));
    try { fs.fsyncSync(fd); } catch (e) { show(e); }
  });
});
try { fs.close('x'); } catch (e) { show(e); }
