// write() after end() errors with ERR_STREAM_WRITE_AFTER_END (callback and 'error' event).
const { Writable } = require('stream');

const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
sink.on('error', (err) => console.log('error event:', err.code, err.message));
sink.end('last');
const result = sink.write('more', (err) => console.log('callback:', err.code));
console.log('write returned', result);
sink.end('again', (err) => console.log('second end:', err?.code));
