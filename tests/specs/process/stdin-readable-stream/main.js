// process.stdin is a stream.Readable: 'readable' + read(), readableEncoding, 'end' and 'close'.
const { Readable } = require('stream');
console.log(process.stdin instanceof Readable, process.stdin.fd, process.stdin.readable);
process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) text += chunk;
});
process.stdin.on('end', () => console.log('end', JSON.stringify(text), process.stdin.readableEncoding));
process.stdin.on('close', () => console.log('close', process.stdin.destroyed));
