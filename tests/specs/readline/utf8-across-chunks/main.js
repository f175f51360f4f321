// UTF-8 input split at every byte: two-, three- and four-byte sequences (a surrogate pair in
// JS) come out whole, in lines, and an incomplete sequence at the end of input is replaced.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function run(name, bytes, step) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    rl.on('close', () => {
      console.log(name, step, JSON.stringify(lines), lines.map((l) => l.length).join(','));
      resolve();
    });
    for (let i = 0; i < bytes.length; i += step) input.write(bytes.subarray(i, i + step));
    input.end();
  });
}

(async () => {
  const text = Buffer.from('héllo wörld\r\n€uro\n😀 face\n\u00ff\u0100 mixed\nend 日本');
  for (const step of [1, 2, 3, 5, 64]) await run('text', text, step);
  await run('truncated', Buffer.concat([Buffer.from('ok\nbad '), Buffer.from([0xe2, 0x82])]), 1);
  await run('invalid', Buffer.from([0x61, 0xff, 0x0a, 0xc3, 0x28, 0x0a]), 1);
})();
