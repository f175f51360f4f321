// An error in the middle of a pipeline reaches the callback and destroys every stream.
const { pipeline, Readable, Transform, PassThrough } = require('stream');

const source = new Readable({ read() {} });
source.push('one');
const failing = new Transform({
  transform(chunk, encoding, callback) {
    callback(new Error('transform failed'));
  },
});
const sink = new PassThrough();
source.on('close', () => console.log('source close'));
sink.on('close', () => console.log('sink close'));
pipeline(source, failing, sink, (err) => {
  console.log('callback:', err.message);
  console.log('destroyed:', source.destroyed, failing.destroyed, sink.destroyed);
});
