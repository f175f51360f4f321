// cork() buffers writes; uncork() hands them to _writev in one call.
const { Writable } = require('stream');

const sink = new Writable({
  decodeStrings: false,
  write(chunk, encoding, callback) {
    console.log('write', chunk, encoding);
    callback();
  },
  writev(chunks, callback) {
    console.log('writev', chunks.map(({ chunk, encoding }) => `${chunk}:${encoding}`));
    callback();
  },
});
sink.cork();
sink.write('a');
sink.write('b', 'latin1');
console.log('corked', sink.writableCorked, sink.writableLength);
process.nextTick(() => {
  sink.uncork();
  sink.write('c');
  sink.end();
});
sink.on('finish', () => console.log('finish'));
