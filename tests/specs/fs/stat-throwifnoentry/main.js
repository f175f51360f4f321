// statSync and lstatSync return undefined for missing paths with throwIfNoEntry: false.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
console.log(fs.statSync(p('nope'), { throwIfNoEntry: false }));
console.log(fs.lstatSync(p('nope'), { throwIfNoEntry: false }));
fs.writeFileSync(p('file'), '');
try { fs.statSync(p('file', 'below'), { throwIfNoEntry: false }); } catch (e) { show(e); }
try { fs.statSync(p('nope')); } catch (e) { show(e); }
try { fs.statSync(p('nope'), { throwIfNoEntry: true }); } catch (e) { show(e); }
try { fs.lstatSync(p('file', 'x')); } catch (e) { show(e); }
fs.stat(p('nope'), (err) => show(err));
