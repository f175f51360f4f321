// The callback forms and util.promisify on them.
const zlib = require('zlib');
const util = require('util');
const text = 'async data '.repeat(500);
zlib.gzip(text, (err, packed) => {
  console.log('gzip', err, packed.length > 0);
  zlib.gunzip(packed, (err2, unpacked) => {
    console.log('gunzip', err2, unpacked.toString() === text);
    run().catch((e) => console.log('failed', e));
  });
});
async function run() {
  const pairs = [['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
    ['brotliCompress', 'brotliDecompress']];
  for (const [c, d] of pairs) {
    const packed = await util.promisify(zlib[c])(Buffer.from(text), { level: 1 });
    const unpacked = await util.promisify(zlib[d])(packed);
    console.log('promisified', c, d, unpacked.toString() === text);
  }
  try {
    await util.promisify(zlib.inflate)(Buffer.from('garbage'));
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.message);
  }
}
