// Unzip detects gzip or zlib even when the header bytes arrive one at a time.
const zlib = require('zlib');
for (const packed of [zlib.gzipSync('gzip member'), zlib.deflateSync('zlib stream')]) {
  const unzip = zlib.createUnzip();
  const got = [];
  unzip.on('data', (d) => got.push(d));
  unzip.on('end', () => console.log(Buffer.concat(got).toString()));
  for (const byte of packed) unzip.write(Buffer.from([byte]));
  unzip.end();
}
