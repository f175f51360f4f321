// readFileSync and readFile report ENOENT, EISDIR and bad arguments as Node does.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
try { fs.readFileSync(p('missing')); } catch (e) { show(e); console.log(e.errno, e.syscall, clean(e.path)); }
try { fs.readFileSync(dir); } catch (e) { show(e); console.log(e.errno, e.syscall, e.path); }
try { fs.readFileSync(p('x'), 'nope'); } catch (e) { show(e); }
try { fs.readFileSync('a\0b'); } catch (e) { show(e); }
try { fs.readFileSync(42.5); } catch (e) { show(e); }
try { fs.readFileSync(p('x'), { flag: 'zz' }); } catch (e) { show(e); }
fs.readFile(p('missing'), (err, data) => {
  show(err);
  console.log(data);
  fs.readFile(dir, 'utf8', (err2) => show(err2));
});
