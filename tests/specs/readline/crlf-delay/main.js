// A \r at the end of one chunk and \n at the start of the next make one line break when they
// arrive within crlfDelay, two when later.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: 100 });
rl.on('line', (line) => console.log(JSON.stringify(line)));
input.write('a\r');
input.write('\nb\r');
setTimeout(() => {
  input.write('\nc\r\r\n\n');
  input.end('d');
}, 300);
rl.on('close', () => console.log('close'));
