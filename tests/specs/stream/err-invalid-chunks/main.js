// Invalid chunks throw synchronously: null (ERR_STREAM_NULL_VALUES), numbers and objects in a
// byte stream (ERR_INVALID_ARG_TYPE); a bad encoding is ERR_UNKNOWN_ENCODING.
const { Writable, Readable } = require('stream');

const sink = new Writable({ write(chunk, encoding, callback) { callback(); } });
for (const chunk of [null, 42, {}]) {
  try {
    sink.write(chunk);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  sink.setDefaultEncoding('klingon');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
const source = new Readable({ read() {} });
source.on('error', (err) => console.log('push error:', err.name, err.code, err.message));
source.push(5);
