// fs.watch reports a change of a watched file and emits close once closed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('w.txt'), 'one');
const watcher = fs.watch(p('w.txt'));
let seen = false;
watcher.on('change', (eventType, filename) => {
  if (seen) return;
  seen = true;
  console.log(eventType, filename);
  watcher.close();
});
watcher.on('close', () => console.log('closed'));
setTimeout(() => fs.writeFileSync(p('w.txt'), 'two'), 50);
try { fs.watch(p('missing')); } catch (e) { show(e); console.log(clean(e.filename)); }
fs.watch(p('w.txt'), { persistent: false }).on('change', () => {});
