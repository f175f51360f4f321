// chmod accepts numbers and octal strings; chown validates ids.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), '');
fs.chmodSync(p('f'), '640');
console.log((fs.statSync(p('f')).mode & 0o777).toString(8));
fs.chmodSync(p('f'), 0o600);
console.log((fs.statSync(p('f')).mode & 0o777).toString(8));
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o644);
console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
const { uid, gid } = fs.statSync(p('f'));
fs.chownSync(p('f'), uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(p('f'), uid, gid);
fs.closeSync(fd);
try { fs.chmodSync(p('f'), 'rwx'); } catch (e) { show(e); }
try { fs.chmodSync(p('f'), -1); } catch (e) { show(e); }
try { fs.chownSync(p('f'), 'me', 0); } catch (e) { show(e); }
try { fs.chownSync(p('f'), -2, 0); } catch (e) { show(e); }
try { fs.chmodSync(p('missing'), 0o600); } catch (e) { show(e); }
console.log(typeof fs.lchmod, typeof fs.promises.lchmod);
fs.promises.lchmod(p('f'), 0o600).catch(show);
