// pipeline(source, transform, destination, callback) moves every chunk and calls back once.
const { pipeline, Readable, Transform, Writable } = require('stream');

const chunks = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({
    transform(chunk, encoding, callback) {
      callback(null, chunk.toString().toUpperCase());
    },
  }),
  new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  }),
  (err) => {
    console.log('done', err, chunks);
  },
);
