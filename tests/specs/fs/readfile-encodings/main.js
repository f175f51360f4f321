// readFileSync decodes with every encoding, from a string or an options object.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('a.txt'), 'héllo wörld €');
for (const encoding of ['utf8', 'utf-8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2']) {
  console.log(encoding, JSON.stringify(fs.readFileSync(p('a.txt'), encoding)));
}
console.log(fs.readFileSync(p('a.txt')));
console.log(fs.readFileSync(p('a.txt'), { encoding: 'utf8', flag: 'r' }));
console.log(fs.readFileSync(p('a.txt'), { encoding: null }).length);
const fd = fs.openSync(p('a.txt'), 'r');
fs.readSync(fd, Buffer.alloc(6), 0, 6, null);
console.log('from fd after 6 bytes:', fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
