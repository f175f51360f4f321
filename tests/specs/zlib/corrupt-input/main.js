// Corrupt and truncated data are errors with Node's message, errno and code, never a crash.
const zlib = require('zlib');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.message);
const gz = zlib.gzipSync('hello hello hello hello');
const cases = {
  'gunzip not gzip': () => zlib.gunzipSync(Buffer.from('not gzip data')),
  'inflate not zlib': () => zlib.inflateSync(Buffer.from([1, 2, 3, 4, 5])),
  'gunzip truncated': () => zlib.gunzipSync(gz.subarray(0, gz.length - 5)),
  'gunzip header only': () => zlib.gunzipSync(gz.subarray(0, 5)),
  'gunzip bad crc': () => { const c = Buffer.from(gz); c[c.length - 6] ^= 0xff; return zlib.gunzipSync(c); },
  'inflateRaw too far back': () => zlib.inflateRawSync(
    zlib.deflateRawSync('hello hello', { dictionary: Buffer.from('hello hello') })),
  'inflate bad method': () => zlib.inflateSync(Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff])),
  'unzip empty': () => zlib.unzipSync(Buffer.alloc(0)),
  'brotli garbage': () => zlib.brotliDecompressSync(Buffer.from('this is not brotli at all')),
  'brotli truncated': () => zlib.brotliDecompressSync(zlib.brotliCompressSync('abc'.repeat(100)).subarray(0, 5)),
};
for (const [label, fn] of Object.entries(cases)) {
  try { fn(); console.log(label, 'no error'); } catch (e) { show(label, e); }
}
// One after another: thread-pool jobs finish in any order.
zlib.gunzip(Buffer.from('not gzip data'), (e) => {
  show('async gunzip', e);
  zlib.brotliDecompress(Buffer.from([0xff, 0xff, 0xff]), (e2) => {
    show('async brotli', e2);
    const stream = zlib.createInflate();
    stream.on('error', (e3) => show('stream error', e3));
    stream.on('close', () => console.log('stream closed', stream.destroyed));
    stream.end(Buffer.from('xxxxxxxx'));
  });
});
