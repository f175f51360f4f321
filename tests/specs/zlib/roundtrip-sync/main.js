// Every format round-trips through its Sync functions; stored (level 0) output is byte-exact.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);
const pairs = [
  ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'gunzipSync'], ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'],
  ['brotliCompressSync', 'brotliDecompressSync'],
];
for (const [compress, decompress] of pairs) {
  const packed = zlib[compress](text);
  const unpacked = zlib[decompress](packed);
  console.log(compress, decompress, Buffer.isBuffer(packed), unpacked.toString() === text);
}
for (const name of ['deflateSync', 'deflateRawSync', 'gzipSync']) {
  const stored = zlib[name](text, { level: 0 });
  console.log(name, 'level 0', stored.length, zlib.crc32(stored));
}
console.log('empty', zlib.gzipSync('').length, zlib.gunzipSync(zlib.gzipSync('')).length);
console.log('brotli q11', zlib.brotliCompressSync(text).length);
