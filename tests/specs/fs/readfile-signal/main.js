// readFile, writeFile and their promise forms reject with AbortError when the signal is aborted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('s.txt'), 'signal');
const controller = new AbortController();
controller.abort();
fs.readFile(p('s.txt'), { signal: controller.signal }, (err) => {
  console.log('readFile:', err.name, err.code);
  fs.writeFile(p('s.txt'), 'x', { signal: controller.signal }, (err2) => {
    console.log('writeFile:', err2.name, err2.code, fs.readFileSync(p('s.txt'), 'utf8'));
    fs.promises.readFile(p('s.txt'), { signal: controller.signal }).catch((err3) => {
      console.log('promises.readFile:', err3.name, err3.code);
    });
  });
});
try { fs.readFile(p('s.txt'), { signal: 'no' }, () => {}); } catch (e) { show(e); }
