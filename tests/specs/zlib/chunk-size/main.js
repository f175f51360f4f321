// chunkSize bounds the output chunks: every chunk but the last is exactly chunkSize, for
// inflate, gunzip and brotli streams fed large writes.
const zlib = require('zlib');
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i} ${(i * 7919) % 1000} some text here\n`;
const input = Buffer.from(text);
const cases = [
  ['gunzip', zlib.createGunzip, zlib.gzipSync(input), 1024],
  ['inflate', zlib.createInflate, zlib.deflateSync(input), 16384],
  ['inflateRaw', zlib.createInflateRaw, zlib.deflateRawSync(input), 4000],
  ['brotli', zlib.createBrotliDecompress, zlib.brotliCompressSync(input), 8192],
];
let index = 0;
function next() {
  if (index === cases.length) return;
  const [name, create, packed, chunkSize] = cases[index++];
  const stream = create({ chunkSize });
  const lengths = [];
  stream.on('data', (chunk) => lengths.push(chunk.length));
  stream.on('end', () => {
    const total = lengths.reduce((a, b) => a + b, 0);
    const full = lengths.slice(0, -1).every((length) => length === chunkSize);
    console.log(name, lengths.length, total === input.length, full, stream.bytesWritten === packed.length);
    next();
  });
  stream.end(packed);
}
next();
