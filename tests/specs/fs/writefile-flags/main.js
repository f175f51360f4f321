// writeFileSync honours flag, mode and encoding; 'wx' refuses an existing file.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('w.txt'), 'first');
fs.writeFileSync(p('w.txt'), ' second', { flag: 'a' });
console.log(fs.readFileSync(p('w.txt'), 'utf8'));
try { fs.writeFileSync(p('w.txt'), 'x', { flag: 'wx' }); } catch (e) { show(e); console.log(e.syscall, e.errno); }
fs.writeFileSync(p('hex.bin'), '68656c6c6f', 'hex');
console.log(fs.readFileSync(p('hex.bin'), 'utf8'));
fs.writeFileSync(p('mode.txt'), 'm', { mode: 0o600 });
console.log((fs.statSync(p('mode.txt')).mode & 0o777).toString(8));
fs.writeFileSync(p('u8.bin'), new Uint8Array([104, 105]));
fs.writeFileSync(p('dv.bin'), new DataView(new Uint8Array([33]).buffer));
console.log(fs.readFileSync(p('u8.bin'), 'utf8'), fs.readFileSync(p('dv.bin'), 'utf8'));
try { fs.writeFileSync(p('x'), 5); } catch (e) { show(e); }
try { fs.writeFileSync(p('x'), { toString() { return 'obj'; } }); } catch (e) { show(e); }
try { fs.writeFileSync(dir, 'x'); } catch (e) { show(e); }
