// createReadStream reads inclusive start/end ranges in highWaterMark-sized chunks.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('f'), 'abcdefghijklmnopqrstuvwxyz');
const chunks = [];
const stream = fs.createReadStream(p('f'), { start: 2, end: 11, highWaterMark: 4, encoding: 'utf8' });
stream.on('open', (fd) => console.log('open', typeof fd));
stream.on('ready', () => console.log('ready'));
stream.on('data', (chunk) => chunks.push(chunk));
stream.on('end', () => console.log('end', chunks, stream.bytesRead));
stream.on('close', () => {
  console.log('close', stream.pending, stream.destroyed);
  const tail = fs.createReadStream(p('f'), { start: 24 });
  tail.on('data', (d) => console.log('tail', d.toString()));
  tail.on('close', () => {
    const head = fs.createReadStream(p('f'), { end: 0 });
    head.on('data', (d) => console.log('head', d.toString()));
  });
});
console.log(stream.path === p('f'), stream.pending, stream.flags, stream.mode.toString(8), stream.start, stream.end);
