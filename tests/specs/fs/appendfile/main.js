// appendFile in its three forms adds to a file and creates it when missing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.appendFileSync(p('log.txt'), 'one\n');
fs.appendFileSync(p('log.txt'), Buffer.from('two\n'));
fs.appendFile(p('log.txt'), 'three\n', (err) => {
  console.log('cb', err);
  fs.promises.appendFile(p('log.txt'), 'four\n').then(() => {
    process.stdout.write(fs.readFileSync(p('log.txt'), 'utf8'));
    const fd = fs.openSync(p('log.txt'), 'r+');
    fs.appendFileSync(fd, 'five\n');
    fs.closeSync(fd);
    process.stdout.write(fs.readFileSync(p('log.txt'), 'utf8'));
  });
});
