// lstat describes a symbolic link itself, stat its target.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('target'), 'abc');
fs.symlinkSync('target', p('link'));
fs.symlinkSync('missing', p('dangling'));
console.log(fs.lstatSync(p('link')).isSymbolicLink(), fs.statSync(p('link')).isSymbolicLink());
console.log(fs.statSync(p('link')).size, fs.lstatSync(p('link')).size);
console.log(fs.lstatSync(p('dangling')).isSymbolicLink());
try { fs.statSync(p('dangling')); } catch (e) { show(e); }
fs.lstat(p('link'), (err, st) => console.log('cb', err, st.isSymbolicLink()));
