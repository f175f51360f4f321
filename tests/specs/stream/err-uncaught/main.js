// A stream 'error' without a listener is an uncaught exception, printed as Node prints it
// (with the code, and where the event was emitted).
const { Readable } = require('stream');

const source = new Readable({ read() {} });
source.push(null);
source.push('late');
