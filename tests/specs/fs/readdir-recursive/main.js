// readdir recursive walks the tree breadth-first with relative names.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('a', 'b', 'c'), { recursive: true });
fs.writeFileSync(p('a', 'one.txt'), '');
fs.writeFileSync(p('a', 'b', 'two.txt'), '');
fs.writeFileSync(p('a', 'b', 'c', 'three.txt'), '');
fs.writeFileSync(p('top.txt'), '');
console.log(fs.readdirSync(dir, { recursive: true }));
console.log(fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .map((d) => `${clean(d.parentPath)}:${d.name}:${d.isDirectory()}`));
fs.readdir(p('a'), { recursive: true }, (err, names) => console.log('cb', err, names));
try { fs.readdirSync(dir, { recursive: 'yes' }); } catch (e) { show(e); }
