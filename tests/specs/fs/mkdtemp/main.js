// mkdtemp appends six random characters to the prefix.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const a = fs.mkdtempSync(p('pre-'));
console.log(/^pre-[A-Za-z0-9]{6}$/.test(path.basename(a)), fs.statSync(a).isDirectory());
fs.mkdtemp(p('cb-'), (err, b) => {
  console.log(err, /^cb-.{6}$/.test(path.basename(b)));
  fs.promises.mkdtemp(p('pr-')).then((c) => console.log(/^pr-.{6}$/.test(path.basename(c))));
});
try { fs.mkdtempSync(p('no', 'such', 'x')); } catch (e) { show(e); }
try { fs.mkdtempSync(5); } catch (e) { show(e); }
