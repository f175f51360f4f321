// Flushes, params() and reset() in the middle of a large gzip stream: after each flush, all
// input so far can be decompressed from the output so far.
const zlib = require('zlib');
const block = Buffer.from('the quick brown fox jumps over the lazy dog 0123456789\n'.repeat(8000));
const gzip = zlib.createGzip();
const out = [];
gzip.on('data', (c) => out.push(c));
function soFar() {
  return zlib.gunzipSync(Buffer.concat(out), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
}
gzip.write(block);
gzip.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  console.log('after sync flush', soFar() === block.length);
  gzip.write(block);
  gzip.write(block);
  gzip.flush(zlib.constants.Z_FULL_FLUSH, () => {
    console.log('after full flush', soFar() === 3 * block.length);
    gzip.params(1, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
      console.log('params', err);
      gzip.write(block);
      gzip.flush(() => {
        console.log('after default flush', soFar() === 4 * block.length);
        gzip.end(block);
      });
    });
  });
});
gzip.on('end', () => {
  const all = zlib.gunzipSync(Buffer.concat(out));
  console.log('end', all.length === 5 * block.length, all.equals(Buffer.concat([block, block, block, block, block])));
  // reset() starts a new stream.
  const deflate = zlib.createDeflate();
  const parts = [];
  deflate.on('data', (c) => parts.push(c));
  deflate.write(block, () => {
    deflate.write(block, () => {
      deflate.reset();
      parts.length = 0;
      deflate.end(Buffer.from('after reset'));
    });
  });
  deflate.on('end', () => console.log('reset', zlib.inflateSync(Buffer.concat(parts)).toString()));
});
