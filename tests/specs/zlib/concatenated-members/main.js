// Gunzip reads concatenated members, skips zero padding, and reports trailing garbage.
const zlib = require('zlib');
const a = zlib.gzipSync('abc');
const b = zlib.gzipSync('def');
console.log(zlib.gunzipSync(Buffer.concat([a, b])).toString());
console.log(zlib.unzipSync(Buffer.concat([a, b, a])).toString());
console.log(zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(10)])).toString());
try {
  zlib.gunzipSync(Buffer.concat([a, Buffer.from('trailing garbage')]));
} catch (e) { console.log(e.code, e.errno, e.message); }
zlib.gunzip(Buffer.concat([a, b]), (err, out) => {
  console.log('async', err, out.toString());
  // Members split across stream chunks.
  const gunzip = zlib.createGunzip();
  const got = [];
  gunzip.on('data', (d) => got.push(d));
  gunzip.on('end', () => console.log('stream', Buffer.concat(got).toString()));
  const all = Buffer.concat([a, b, a]);
  for (let i = 0; i < all.length; i += 7) gunzip.write(all.subarray(i, i + 7));
  gunzip.end();
});
