// fs.constants and fs.F_OK..X_OK have Node's values on Linux.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const c = fs.constants;
console.log(Object.getPrototypeOf(c), Object.keys(c).length);
for (const name of ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND',
  'O_DIRECTORY', 'O_NOFOLLOW', 'O_SYNC', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFLNK', 'F_OK', 'R_OK',
  'W_OK', 'X_OK', 'COPYFILE_EXCL', 'COPYFILE_FICLONE', 'UV_DIRENT_DIR', 'UV_FS_O_FILEMAP']) {
  console.log(name, c[name]);
}
console.log(fs.promises.constants === c, require('constants').O_CREAT === c.O_CREAT);
