// Aborting the signal given to a promise pipeline rejects it with an AbortError.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');

const controller = new AbortController();
const source = new Readable({ read() {} });
const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
pipeline(source, sink, { signal: controller.signal }).then(
  () => console.log('resolved'),
  (err) => {
    console.log(err.name, err.code, err.message);
    console.log('destroyed', source.destroyed, sink.destroyed);
  },
);
source.push('data');
setImmediate(() => controller.abort());
