// readdir, readlink, realpath and mkdtemp return Buffers with encoding 'buffer'.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('näme.txt'), '');
console.log(fs.readdirSync(dir, 'buffer'));
console.log(fs.readdirSync(dir, { encoding: 'hex' }));
fs.symlinkSync('näme.txt', p('ln'));
console.log(fs.readlinkSync(p('ln'), 'buffer'));
console.log(Buffer.isBuffer(fs.realpathSync(dir, { encoding: 'buffer' })));
const made = fs.mkdtempSync(p('tmp-'), 'buffer');
console.log(Buffer.isBuffer(made), clean(made.toString()).length);
