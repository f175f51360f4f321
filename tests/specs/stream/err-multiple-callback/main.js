// Calling a write callback twice is ERR_MULTIPLE_CALLBACK.
const { Writable } = require('stream');

const sink = new Writable({
  write(chunk, encoding, callback) {
    callback();
    callback();
  },
});
sink.on('error', (err) => console.log(err.name, err.code, err.message));
sink.write('x');
