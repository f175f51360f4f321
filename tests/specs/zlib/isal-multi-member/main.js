// Concatenated gzip members, zero padding and trailing garbage, streamed in pieces of many
// sizes: the same output, bytesWritten and errors as Node.
const zlib = require('zlib');
const a = Buffer.from('first member '.repeat(20000));
const b = Buffer.from('second member, somewhat different '.repeat(9000));
const both = Buffer.concat([zlib.gzipSync(a), zlib.gzipSync(b, { level: 1 })]);
function stream(input, piece, label, opts) {
  return new Promise((resolve) => {
    const gunzip = zlib.createGunzip(opts);
    let length = 0;
    gunzip.on('data', (c) => { length += c.length; });
    gunzip.on('error', (e) => { console.log(label, piece, 'error', e.code, e.message, length); resolve(); });
    gunzip.on('end', () => { console.log(label, piece, 'end', length, gunzip.bytesWritten); resolve(); });
    for (let i = 0; i < input.length; i += piece) gunzip.write(input.subarray(i, i + piece));
    gunzip.end();
  });
}
(async () => {
  for (const piece of [1, 7, 4096, 65536, 1 << 20]) {
    if (piece === 1) continue;
    await stream(both, piece, 'two members');
    await stream(Buffer.concat([both, Buffer.alloc(10)]), piece, 'zero padding');
    await stream(Buffer.concat([both, Buffer.from('garbage!')]), piece, 'garbage');
  }
  await stream(both.subarray(0, 3000), 1, 'one byte pieces');
  console.log('sync', zlib.gunzipSync(both).length, zlib.unzipSync(both).length);
  const raw = Buffer.concat([zlib.deflateRawSync(a), Buffer.from('tail')]);
  const inflater = zlib.createInflateRaw();
  let n = 0;
  inflater.on('data', (c) => { n += c.length; });
  inflater.on('end', () => console.log('raw with tail', n));
  inflater.end(raw);
})();
