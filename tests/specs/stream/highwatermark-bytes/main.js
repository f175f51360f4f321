// A byte stream's highWaterMark counts bytes: push() returns false once 10 bytes are buffered.
const { Readable, Writable } = require('stream');

const source = new Readable({ highWaterMark: 10, read() {} });
console.log('hwm', source.readableHighWaterMark, 'objectMode', source.readableObjectMode);
console.log(source.push('12345'), source.readableLength);
console.log(source.push('67890'), source.readableLength);
console.log(source.push('x'), source.readableLength);

const sink = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { setImmediate(cb); } });
console.log('writable hwm', sink.writableHighWaterMark);
console.log(sink.write(Buffer.from('ab')), sink.writableLength);
console.log(sink.write(Buffer.from('c')), sink.writableLength);
const zero = new Readable({ highWaterMark: 0, read() {} });
console.log('zero', zero.readableHighWaterMark, zero.push('a'));
