// truncate and ftruncate shorten and extend files; negative lengths count as zero.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), '0123456789');
fs.truncateSync(p('f'), 4);
console.log(JSON.stringify(fs.readFileSync(p('f'), 'utf8')));
const fd = fs.openSync(p('f'), 'r+');
fs.ftruncateSync(fd, 6);
console.log(fs.readFileSync(p('f')));
fs.ftruncateSync(fd, -5);
console.log(fs.statSync(p('f')).size);
fs.closeSync(fd);
try { fs.truncateSync(p('missing')); } catch (e) { show(e); }
try { fs.ftruncateSync(fd, 'x'); } catch (e) { show(e); }
fs.writeFileSync(p('f'), 'abcdef');
fs.truncate(p('f'), 2, (err) => {
  console.log('cb', err, fs.readFileSync(p('f'), 'utf8'));
  fs.promises.truncate(p('f')).then(() => console.log('promise', fs.statSync(p('f')).size));
});
