// node:fs and fs/promises export Node's names, and fs.promises is fs/promises.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs.promises).join(' '));
console.log(require('fs/promises') === fs.promises, require('node:fs/promises') === fs.promises);
console.log(typeof fs.ReadStream, typeof fs.WriteStream, fs.FileReadStream === fs.ReadStream,
            typeof fs.Dir, typeof fs.Dirent, typeof fs.Stats);
console.log(fs.lchmod, fs.lchmodSync);
console.log(require('util').promisify(fs.read)[Symbol.for('nodejs.util.promisify.custom')] === undefined);
