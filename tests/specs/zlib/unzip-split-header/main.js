// Unzip detects gzip or zlib even when the header bytes arrive one at a time.
const zlib = require('zlib');
const inputs = [zlib.gzipSync('gzip member'), zlib.deflateSync('zlib stream')];
(function next() {
  const packed = inputs.shift();
  if (!packed) return;
  const unzip = zlib.createUnzip();
  const got = [];
  unzip.on('data', (d) => got.push(d));
  unzip.on('end', () => {
    console.log(Buffer.concat(got).toString());
    next();
  });
  for (const byte of packed) unzip.write(Buffer.from([byte]));
  unzip.end();
})();
