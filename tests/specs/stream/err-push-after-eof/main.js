// push() after push(null) emits ERR_STREAM_PUSH_AFTER_EOF.
const { Readable } = require('stream');

const source = new Readable({ read() {} });
source.on('error', (err) => {
  console.log(err.name, err.code, err.message);
  console.log(err instanceof Error, Object.keys(err));
  console.log(String(err));
});
source.push('a');
source.push(null);
source.push('b');
