// params(level, strategy, cb) switches compression mid-stream; validation errors.
const zlib = require('zlib');
const deflate = zlib.createDeflate({ level: 0 });
const parts = [];
deflate.on('data', (c) => parts.push(c));
const a = 'aaaaaaaaaa'.repeat(1000);
deflate.on('end', () => {
  const all = Buffer.concat(parts);
  console.log('roundtrip', zlib.inflateSync(all).toString() === a + a);
  console.log('smaller than stored', all.length < 2 * a.length);
});
deflate.write(a);
deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
  console.log('params applied', deflate._level);
  deflate.end(a);
});
for (const args of [[10, 0], [1, 5], ['1', 0]]) {
  try { zlib.createDeflate().params(...args); } catch (e) { console.log(e.code, e.message); }
}
zlib.createDeflate({ level: 3 }).params(3, 0, () => console.log('same params calls back'));
