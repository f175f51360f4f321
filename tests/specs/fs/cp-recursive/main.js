// cpSync copies a tree recursively, skipping what the filter refuses.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'a.txt'), 'A');
fs.writeFileSync(p('src', 'skip.log'), 'L');
fs.writeFileSync(p('src', 'sub', 'b.txt'), 'B');
fs.symlinkSync('a.txt', p('src', 'link'));
fs.cpSync(p('src'), p('dest'), { recursive: true, filter: (s) => !s.endsWith('.log') });
console.log(fs.readdirSync(p('dest'), { recursive: true }).sort());
console.log(fs.readFileSync(p('dest', 'sub', 'b.txt'), 'utf8'));
console.log(clean(fs.readlinkSync(p('dest', 'link'))));
fs.cpSync(p('src', 'a.txt'), p('single.txt'));
console.log(fs.readFileSync(p('single.txt'), 'utf8'));
fs.cpSync(p('src', 'a.txt'), p('new', 'dir', 'a.txt'));
console.log(fs.existsSync(p('new', 'dir', 'a.txt')));
fs.cp(p('src'), p('dest2'), { recursive: true }, (err) => {
  console.log('cb', err, fs.readdirSync(p('dest2')).sort());
});
