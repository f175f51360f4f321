// createWriteStream writes, counts bytesWritten, appends with flags 'a' and emits events in order.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-spec-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const clean = (value) => String(value).replaceAll(dir, '<tmp>');
const show = (error) => console.log(error.name, error.code, clean(error.message));
const p = (...parts) => path.join(dir, ...parts);
const events = [];
const stream = fs.createWriteStream(p('out.txt'));
for (const name of ['open', 'ready', 'finish', 'close']) stream.on(name, () => events.push(name));
console.log(stream.pending, stream.write('hello '), stream.writableLength);
stream.write(Buffer.from('world'));
stream.end('!\n', () => events.push('end-callback'));
stream.on('close', () => {
  console.log(events.join(' '), stream.bytesWritten, fs.readFileSync(p('out.txt'), 'utf8').trim());
  const append = fs.createWriteStream(p('out.txt'), { flags: 'a' });
  append.end('more\n');
  append.on('close', () => {
    process.stdout.write(fs.readFileSync(p('out.txt'), 'utf8'));
    const positioned = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 1 });
    positioned.end('EY');
    positioned.on('close', () => console.log(fs.readFileSync(p('out.txt'), 'utf8').split('\n')[0]));
  });
});
