// destroy(err) emits 'error' then 'close' and sets destroyed/errored; later writes fail.
const { Writable, Readable } = require('stream');

const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
sink.on('error', (err) => console.log('error event:', err.message));
sink.on('close', () => {
  console.log('close event; destroyed', sink.destroyed, 'errored', sink.errored?.message);
  sink.write('late', (err) => console.log('late write:', err.code, err.message));
});
sink.destroy(new Error('broken pipe'));
console.log('sync: destroyed', sink.destroyed);

const source = new Readable({
  read() {},
  destroy(err, callback) {
    console.log('_destroy got', err && err.message);
    callback(new Error('replaced'));
  },
});
source.on('error', (err) => console.log('readable error:', err.message));
source.on('close', () => console.log('readable close'));
source.destroy(new Error('original'));
