// flush(kind, cb) emits what was written so far: a sync flush ends in 00 00 ff ff.
const zlib = require('zlib');
const deflate = zlib.createDeflateRaw();
const inflate = zlib.createInflateRaw();
const got = [];
deflate.on('data', (chunk) => got.push(chunk));
deflate.on('end', () => {
  console.log('all', zlib.inflateRawSync(Buffer.concat(got)).toString());
  deflate.flush(() => {
    console.log('flush after end calls back');
    const gz = zlib.createGzip();
    gz.flush();
    gz.end('x', () => console.log('gzip flush without callback ok'));
    gz.resume();
  });
});
deflate.write('first part, ');
deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  const sofar = Buffer.concat(got);
  console.log('tail', sofar.subarray(-4).toString('hex'));
  inflate.on('data', (d) => console.log('inflated', JSON.stringify(d.toString())));
  inflate.write(sofar, () => {
    deflate.write('second part');
    deflate.flush(() => {
      console.log('full flush done');
      deflate.end();
    });
  });
});
