// openSync maps every flag string to its open(2) behaviour and rejects unknown ones.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f.txt'), 'abcdef');
const tryOpen = (flag) => {
  try {
    const fd = fs.openSync(p('f.txt'), flag);
    let text = '';
    try { text = fs.readFileSync(fd, 'utf8'); } catch (e) { text = e.code; }
    fs.writeSync(fd, 'XY');
    fs.closeSync(fd);
    console.log(flag, 'read:', JSON.stringify(text), 'after:', fs.readFileSync(p('f.txt'), 'utf8'));
  } catch (e) {
    console.log(flag, e.code);
  }
  fs.writeFileSync(p('f.txt'), 'abcdef');
};
for (const flag of ['r', 'r+', 'rs+', 'w', 'w+', 'a', 'a+', 'as', 'wx', 'ax']) tryOpen(flag);
console.log(typeof fs.openSync(p('new.txt'), 'wx'));
try { fs.openSync(p('f.txt'), 'rw'); } catch (e) { show(e); }
try { fs.openSync(p('f.txt'), 'r', 'abc'); } catch (e) { show(e); }
console.log(typeof fs.openSync(p('f.txt'), fs.constants.O_RDONLY));
try { fs.openSync(p('none', 'x.txt'), 'r'); } catch (e) { show(e); }
