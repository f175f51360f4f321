// pipe() through a PassThrough moves chunks and ends the destination; unpipe detaches it.
const { PassThrough, Writable } = require('stream');

const through = new PassThrough();
const received = [];
const sink = new Writable({
  write(chunk, encoding, callback) { received.push(chunk.toString()); callback(); },
});
sink.on('pipe', (src) => console.log('pipe event', src === through));
sink.on('unpipe', () => console.log('unpipe event'));
sink.on('finish', () => console.log('finish', received));
console.log(through.pipe(sink) === sink);
through.write('1');
through.end('2');
