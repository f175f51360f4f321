// Large streamed gzip/deflate/deflateRaw (more than one 128 KiB block, as Kiln compresses
// large streams in parallel blocks): the output round-trips, starts with zlib's header and
// ends with the CRC-32 and length of the input; the ratio stays zlib's.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const words = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'zlib', 'stream', '{"id":42}', 'error'];
const parts = [];
for (let i = 0; i < 120; i++) {
  let s = '';
  for (let j = 0; j < 1200 + (i % 7) * 300; j++) s += words[rand() % words.length] + (j % 12 ? ' ' : '\n');
  parts.push(Buffer.from(s));
}
const input = Buffer.concat(parts);
function run(factory, options, inflateSync) {
  return new Promise((resolve) => {
    const out = [];
    pipeline(Readable.from(parts), zlib[factory](options), new Writable({
      write(c, e, cb) { out.push(c); cb(); },
    }), (err) => {
      const packed = Buffer.concat(out);
      const serial = zlib[factory.replace('create', '').replace(/^./, (c) => c.toLowerCase()) + 'Sync'](input, options);
      const ratio = packed.length / serial.length;
      console.log(factory, JSON.stringify(options), err, inflateSync(packed).equals(input),
                  factory === 'createDeflateRaw' ? '-' : packed.subarray(0, 2).toString('hex'), ratio > 0.99 && ratio < 1.01);
      resolve(packed);
    });
  });
}
(async () => {
  console.log('input', input.length > 1e6);
  const gz = await run('createGzip', {}, zlib.gunzipSync);
  console.log('gzip header', gz.subarray(0, 10).toString('hex'));
  console.log('gzip trailer', gz.readUInt32LE(gz.length - 8) === zlib.crc32(input),
              gz.readUInt32LE(gz.length - 4) === input.length);
  await run('createGzip', { level: 1 }, zlib.gunzipSync);
  await run('createGzip', { level: 9, memLevel: 9, strategy: zlib.constants.Z_FILTERED }, zlib.gunzipSync);
  const df = await run('createDeflate', {}, zlib.inflateSync);
  console.log('deflate adler ok', zlib.inflateSync(df).length === input.length);
  await run('createDeflate', { level: 2 }, zlib.inflateSync);
  await run('createDeflateRaw', {}, zlib.inflateRawSync);
  await run('createGzip', { chunkSize: 1024 }, zlib.gunzipSync);
  // One big write through the callback API.
  zlib.gzip(input, (err, out) => {
    console.log('gzip()', err, zlib.gunzipSync(out).equals(input));
    zlib.deflate(input, { level: 3 }, (err2, out2) => console.log('deflate()', err2, zlib.inflateSync(out2).equals(input)));
  });
})();
