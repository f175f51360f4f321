// Programs override the underscore methods on an instance (a masked password prompt) and
// Node's legacy Interface calls them.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (data) => { written += data; });
const rl = readline.createInterface({ input, output, terminal: true });
let muted = false;
rl._writeToOutput = function (text) {
  if (muted && text !== '\r\n') this.output.write('*'.repeat(text.length));
  else this.output.write(text);
};
rl.question('Password: ', (password) => {
  console.log('password', JSON.stringify(password));
  console.log(JSON.stringify(written));
  console.log(typeof rl._refreshLine, typeof rl._ttyWrite, typeof rl._getCursorPos, typeof rl._line_buffer);
  console.log(rl._prompt, JSON.stringify(rl._previousKey));
  const calls = [];
  for (const name of ['_insertString', '_refreshLine', '_moveCursor', '_onLine', '_addHistory', '_line']) {
    const original = rl[name];
    rl[name] = function (...args) { calls.push(name); return original.apply(this, args); };
  }
  setTimeout(() => {
    input.write('ab\x1b[D\x7f\r');
    console.log(calls);
    rl.close();
  }, 1);
});
muted = true;
input.write('s3cret\r');
