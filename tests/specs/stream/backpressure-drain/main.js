// write() returns false once the buffered bytes reach highWaterMark, and 'drain' follows.
const { Writable } = require('stream');

const sink = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, callback) {
    console.log('write', chunk.toString());
    setImmediate(callback);
  },
});
console.log('first', sink.write('ab'));
console.log('second', sink.write('cd'));
console.log('needDrain', sink.writableNeedDrain, 'length', sink.writableLength);
sink.on('drain', () => {
  console.log('drain', sink.writableLength, sink.writableNeedDrain);
  sink.end('ef', () => console.log('ended'));
});
