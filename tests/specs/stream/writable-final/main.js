// _final runs after the last write and before 'finish'; its error becomes the 'error' event.
const { Writable } = require('stream');

const ok = new Writable({
  write(chunk, encoding, callback) { console.log('write', chunk.toString()); callback(); },
  final(callback) { console.log('final'); setImmediate(callback); },
});
ok.on('finish', () => console.log('finish', ok.writableFinished));
ok.end('data', () => console.log('end callback'));

const failing = new Writable({
  write(chunk, encoding, callback) { callback(); },
  final(callback) { callback(new Error('flush failed')); },
});
failing.on('finish', () => console.log('never'));
failing.on('error', (err) => console.log('error', err.message));
failing.end();
