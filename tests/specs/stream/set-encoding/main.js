// setEncoding('utf8') never splits a multibyte character across 'data' events.
const { PassThrough } = require('stream');

const through = new PassThrough();
through.setEncoding('utf8');
console.log(through.readableEncoding);
through.on('data', (chunk) => console.log(typeof chunk, JSON.stringify(chunk)));
const snowman = Buffer.from('☃');
through.write(Buffer.concat([Buffer.from('a'), snowman.subarray(0, 2)]));
through.write(snowman.subarray(2));
through.end(Buffer.from('z'));
const hex = new PassThrough({ encoding: 'hex' });
hex.on('data', (chunk) => console.log('hex', chunk));
hex.end('AB');
