// Streams without _read/_write/_transform fail with ERR_METHOD_NOT_IMPLEMENTED: a Readable
// through 'error', a Writable and a Transform by throwing from write().
const { Readable, Writable, Transform } = require('stream');

const source = new Readable();
source.on('error', (err) => console.log('readable:', err.name, err.code, err.message));
source.read();

for (const sink of [new Writable(), new Transform()]) {
  try {
    sink.write('x');
  } catch (err) {
    console.log(`${sink.constructor.name}:`, err.code, err.message);
  }
}
