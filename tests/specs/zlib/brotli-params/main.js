// Brotli parameters (quality, mode, size hint), flush, and streams.
const zlib = require('zlib');
const { constants: c } = zlib;
const text = 'brotli brotli text mode '.repeat(300);
for (const q of [0, 5, 11]) {
  const out = zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_QUALITY]: q, [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT, [c.BROTLI_PARAM_SIZE_HINT]: text.length } });
  console.log(q, zlib.brotliDecompressSync(out).toString() === text);
}
console.log(zlib.brotliCompressSync(text, { params: { [c.BROTLI_PARAM_LGWIN]: 10, [c.BROTLI_PARAM_QUALITY]: true } }).length > 0);
const enc = zlib.createBrotliCompress();
const dec = zlib.createBrotliDecompress();
enc.pipe(dec);
dec.on('data', (d) => console.log('decoded', JSON.stringify(d.toString())));
enc.write('hello ');
enc.flush(() => {
  enc.end('world');
});
dec.on('end', () => console.log('end'));
