// Streams on a given fd start at once; autoClose: false keeps it open at the end, destroy() closes it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), 'fd data');
const fd = fs.openSync(p('f'), 'r');
const stream = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8' });
console.log(stream.pending, stream.autoClose);
stream.on('data', (d) => console.log('data', d));
stream.on('end', () => {
  console.log('end');
  console.log('still open:', fs.fstatSync(fd).size);
  stream.destroy();
  stream.on('close', () => {
    // destroy() closes the descriptor even without autoClose.
    try { fs.readSync(fd, Buffer.alloc(2), 0, 2, 0); } catch (e) { show(e); }
    const wfd = fs.openSync(p('w'), 'w');
    const ws = fs.createWriteStream(null, { fd: wfd });
    ws.end('x', () => ws.on('close', () => {
      try { fs.fstatSync(wfd); console.log('open'); } catch (e) { console.log('closed', e.code); }
    }));
  });
});
