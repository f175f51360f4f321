// utimes sets times from seconds or Dates; Stats dates round milliseconds as Node does.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('t'), '');
fs.utimesSync(p('t'), 1000.0006, new Date(2000.9));
let st = fs.statSync(p('t'));
console.log(st.atimeMs, st.atime.toISOString(), st.mtimeMs, st.mtime.toISOString());
fs.utimesSync(p('t'), '3000', 4000);
st = fs.statSync(p('t'));
console.log(st.atimeMs, st.mtimeMs);
fs.lutimesSync(p('t'), 5, 6);
console.log(fs.statSync(p('t')).mtimeMs);
const fd = fs.openSync(p('t'), 'r');
fs.futimesSync(fd, 7, 8);
console.log(fs.statSync(p('t')).mtimeMs);
fs.closeSync(fd);
try { fs.utimesSync(p('t'), 'soon', 1); } catch (e) { show(e); }
try { fs.utimesSync(p('missing'), 1, 1); } catch (e) { show(e); }
