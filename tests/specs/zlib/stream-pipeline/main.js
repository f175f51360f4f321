// Streams: pipeline through createGzip and createGunzip, bytesWritten, and the chunk count.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const chunks = [];
for (let i = 0; i < 100; i++) chunks.push(Buffer.from(`line ${i} `.repeat(50)));
const expected = Buffer.concat(chunks);
const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
const out = [];
pipeline(Readable.from(chunks), gzip, gunzip, new Writable({
  write(chunk, enc, cb) { out.push(chunk); cb(); },
}), (err) => {
  console.log('done', err);
  console.log('equal', Buffer.concat(out).equals(expected));
  console.log('gzip.bytesWritten', gzip.bytesWritten, expected.length);
  console.log('gunzip.bytesWritten equals compressed size', gunzip.bytesWritten > 0);
  console.log('instanceof', gzip instanceof zlib.Gzip, gunzip instanceof zlib.Gunzip);
  console.log('_closed', gzip._closed, gunzip._closed);
});
