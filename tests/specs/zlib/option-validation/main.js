// Options are checked as Node checks them: ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE, brotli params.
const zlib = require('zlib');
const tries = [
  () => zlib.createGzip({ level: 10 }),
  () => zlib.createGzip({ level: -2 }),
  () => zlib.createGzip({ level: 'high' }),
  () => zlib.createGzip({ level: Infinity }),
  () => zlib.createGzip({ windowBits: 8 }),
  () => zlib.createDeflate({ windowBits: 16 }),
  () => zlib.createDeflate({ memLevel: 0 }),
  () => zlib.createDeflate({ strategy: 5 }),
  () => zlib.createDeflate({ chunkSize: 10 }),
  () => zlib.createDeflate({ chunkSize: '1' }),
  () => zlib.createDeflate({ flush: 6 }),
  () => zlib.createDeflate({ finishFlush: -1 }),
  () => zlib.createDeflate({ maxOutputLength: 0 }),
  () => zlib.createBrotliCompress({ params: { 100: 1 } }),
  () => zlib.createBrotliCompress({ params: { foo: 1 } }),
  () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 'x' } }),
  () => zlib.createBrotliCompress({ flush: 4 }),
  () => zlib.gzip('x'),
  () => zlib.gzip('x', {}, 'not a function'),
  () => zlib.gzipSync(123),
  () => zlib.gzipSync({}),
];
for (const fn of tries) {
  try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(zlib.createDeflateRaw({ windowBits: 8 }) instanceof zlib.DeflateRaw);
console.log(zlib.createInflate({ windowBits: 0 }) instanceof zlib.Inflate);
console.log(zlib.createGzip({ level: NaN, chunkSize: NaN }) instanceof zlib.Gzip);
