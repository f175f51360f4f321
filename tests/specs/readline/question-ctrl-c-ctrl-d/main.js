// readline/promises: ctrl-c (without a SIGINT listener) and ctrl-d on an empty line close the
// interface and reject the pending question with an AbortError; the callback API only closes.
const readline = require('node:readline');
const promises = require('node:readline/promises');
const { PassThrough } = require('node:stream');
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
async function question(label, keys, { sigint = false, legacy = false } = {}) {
  const input = new PassThrough();
  const rl = (legacy ? readline : promises).createInterface({ input, output: new PassThrough(), terminal: true });
  if (sigint) rl.on('SIGINT', () => console.log(label, 'SIGINT'));
  rl.on('close', () => console.log(label, 'close'));
  if (legacy) {
    rl.question('q? ', (answer) => console.log(label, 'answer', answer));
  } else {
    rl.question('q? ').then((answer) => console.log(label, 'answer', answer),
                            (err) => console.log(label, 'rejected', err.name, err.code, err.message));
  }
  input.write(keys);
  console.log(label, 'closed:', rl.closed);
  await tick();
}
(async () => {
  await question('ctrl-c', '\x03');
  await question('ctrl-c with listener', '\x03', { sigint: true });
  await question('ctrl-d', '\x04');
  await question('ctrl-d on text', 'a\x04');
  await question('legacy ctrl-c', '\x03', { legacy: true });
  await question('answered', 'yes\r');
})();
