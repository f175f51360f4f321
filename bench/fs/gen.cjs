// Creates the inputs of bench/fs in DIR: small/0..N-1.txt (~1 KiB of text each) and large.bin.
const fs = require('node:fs');
const path = require('node:path');
const [dir, count = '10000', largeMb = '100'] = process.argv.slice(2);
fs.mkdirSync(path.join(dir, 'small'), { recursive: true });
const line = 'The quick brown fox jumps over the lazy dog. 0123456789 ÄÖÜ äöü €\n';
const text = line.repeat(Math.ceil(1024 / line.length)).slice(0, 1024);
for (let i = 0; i < Number(count); i++) fs.writeFileSync(path.join(dir, 'small', `${i}.txt`), text);
const chunk = Buffer.alloc(1024 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31) & 0xff;
const fd = fs.openSync(path.join(dir, 'large.bin'), 'w');
for (let i = 0; i < Number(largeMb); i++) fs.writeSync(fd, chunk);
fs.closeSync(fd);
