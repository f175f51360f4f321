// { info: true } returns the buffer and the engine.
const zlib = require('zlib');
const r = zlib.gzipSync('some text', { info: true });
console.log(Object.keys(r), r.engine.constructor.name, r.engine.bytesWritten, Buffer.isBuffer(r.buffer));
zlib.deflate('more text', { info: true }, (err, res) => {
  console.log(err, res.engine instanceof zlib.Deflate, res.engine.bytesWritten, res.engine._closed);
});
