// write() and end() callbacks receive null on success; any TypedArray or DataView is a valid
// chunk and reaches _write as a Buffer over the same bytes.
const { Writable } = require('stream');

const sink = new Writable({
  write(chunk, encoding, callback) {
    console.log('got', Buffer.isBuffer(chunk), chunk, encoding);
    callback();
  },
});
sink.write(new Uint16Array([0x6261]), (err) => console.log('write callback', err));
sink.write(new DataView(new Uint8Array([1, 2, 3]).buffer, 1), (err) => console.log('view callback', err));
sink.end(new Float32Array(1), (err) => console.log('end callback', err));
sink.on('finish', () => sink.end((err) => console.log('end after finish', err.code)));
