// statfs describes the file system with numbers or BigInts.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const st = fs.statfsSync(dir);
console.log(st.constructor.name, Object.keys(st));
console.log(Object.values(st).every((v) => typeof v === 'number' && v >= 0));
console.log(Object.values(fs.statfsSync(dir, { bigint: true })).every((v) => typeof v === 'bigint'));
fs.statfs(dir, (err, s) => {
  console.log('cb', err, s.bsize > 0);
  fs.promises.statfs(p('missing')).catch(show);
});
