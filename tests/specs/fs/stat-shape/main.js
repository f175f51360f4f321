// Stats has Node's fields, types, methods and prototype chain.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), 'twelve bytes');
const st = fs.statSync(p('f'));
console.log(Object.keys(st).join(' '));
console.log(Object.keys(st).map((k) => typeof st[k]).join(' '));
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
            st.isBlockDevice(), st.isCharacterDevice(), st.size);
console.log(st instanceof fs.Stats, st.constructor.name, Object.getPrototypeOf(fs.Stats.prototype).constructor.name);
console.log(Object.getOwnPropertyNames(fs.Stats.prototype));
console.log(Math.round(st.mtimeMs) === st.mtime.getTime(), st.atime instanceof Date);
console.log(fs.statSync(dir).isDirectory(), fs.fstatSync(fs.openSync(p('f'), 'r')).size);
const made = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 2, 3, 8, 1500.4, 1500.5, 0, 0);
console.log(made.isFile(), made.atime.toISOString(), made.mtime.toISOString());
console.log(require('util').inspect(made).split('\n').length);
