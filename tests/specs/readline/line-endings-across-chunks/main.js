// Non-terminal line splitting across write() chunks: \r\n pairs split between chunks, a lone
// \r (at a chunk end and inside one), empty lines, a line spread over many chunks, the last
// line without a newline at 'end', and a listener that writes to the interface re-entrantly
// or pauses it (the rest of the chunk's lines still arrive).
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function run(name, chunks, options, setup) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    if (setup) setup(rl, lines);
    rl.on('close', () => {
      console.log(name, JSON.stringify(lines));
      resolve();
    });
    for (const chunk of chunks) input.write(chunk);
    input.end();
  });
}

(async () => {
  await run('crlf split', ['a\r', '\nb\r', '\n', 'c\r\n'], { crlfDelay: Infinity });
  await run('lone cr', ['a\rb\r', 'c\r\rd', '\r'], {});
  await run('cr then lf later chunk', ['x\r', 'y\n'], { crlfDelay: Infinity });
  await run('empty lines', ['\n', '\n\n', 'a\n\n'], {});
  await run('long line', ['ab', 'cd', 'ef', '', 'gh\nij', 'kl'], {});
  await run('only newline chunks', ['\n', 'q', '\n', 'r'], {});
  await run('crlf and lf', ['w1\r\nw2\r\n\r\nw3\nw4\r', '\nw5\r\n', '\r\n'], {});
  await run('mixed', ['1\r\n2\n3\r4\n\r\n5'], {});
  await run('no newline at all', ['abc', 'def'], {});
  await run('empty input', [], {});
  await run('reentrant write', ['one\ntwo\nthree\n'], {}, (rl, lines) => {
    let done = false;
    rl.on('line', (line) => {
      if (line === 'one' && !done) {
        done = true;
        rl.write('inner1\ninner');
      }
    });
  });
  await run('pause in listener', ['p1\np2\np3\n', 'p4\n'], {}, (rl, lines) => {
    rl.once('line', () => {
      rl.pause();
      lines.push(`paused=${rl.paused}`);
      setTimeout(() => rl.resume(), 10);
    });
  });
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const seen = [];
  rl._onLine = function (line) { seen.push(`[${line}]`); };
  rl.on('close', () => console.log('_onLine override', seen.join('')));
  input.end('u\nv\r\nw');
})();
