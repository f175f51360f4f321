// rmdir fails on non-empty directories, files and missing paths with Node's errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('full'));
fs.writeFileSync(p('full', 'f'), '');
try { fs.rmdirSync(p('full')); } catch (e) { show(e); }
try { fs.rmdirSync(p('full', 'f')); } catch (e) { show(e); }
try { fs.rmdirSync(p('none')); } catch (e) { show(e); }
fs.mkdirSync(p('empty'));
fs.rmdirSync(p('empty'));
console.log(fs.existsSync(p('empty')));
// One after the other: two thread-pool requests may finish in either order.
fs.rmdir(p('none'), (err) => {
  show(err);
  fs.promises.rmdir(p('full')).catch((error) => show(error));
});
