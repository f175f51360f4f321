// process.stderr is a stream.Writable too; writes reach fd 2 in order with the callbacks.
const { Writable } = require('stream');
console.log(process.stderr instanceof Writable, process.stderr.fd, process.stderr._type);
process.stderr.write('to stderr\n', () => console.log('stderr callback'));
console.log(process.stderr.writableLength, process.stderr.writable);
console.error('console.error line');
