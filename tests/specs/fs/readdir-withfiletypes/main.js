// readdir withFileTypes gives Dirents with type methods, name and parentPath.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('file.txt'), '');
fs.mkdirSync(p('sub'));
fs.symlinkSync('file.txt', p('link'));
for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
  console.log(dirent.name, dirent.isFile(), dirent.isDirectory(), dirent.isSymbolicLink(),
              clean(dirent.parentPath), clean(dirent.path), dirent instanceof fs.Dirent);
}
console.log(fs.readdirSync(dir));
// One after the other: two thread-pool requests may finish in either order.
fs.readdir(dir, { withFileTypes: true }, (err, list) => {
  console.log(err, list.map((d) => d.name));
  fs.promises.readdir(dir).then((names) => console.log('promises', names));
});
try { fs.readdirSync(p('file.txt')); } catch (e) { show(e); }
