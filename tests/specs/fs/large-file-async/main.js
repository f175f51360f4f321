// A multi-megabyte file round-trips through writeFile/readFile without blocking timers.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const size = 24 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data[i] = i & 0xff;
let ticks = 0;
const timer = setInterval(() => ticks++, 1);
fs.writeFile(p('big.bin'), data, (err) => {
  console.log('written', err);
  fs.readFile(p('big.bin'), (err2, back) => {
    clearInterval(timer);
    console.log('read', err2, back.length, back.equals(data));
    fs.promises.readFile(p('big.bin')).then((again) => console.log('promise', again.length));
  });
});
