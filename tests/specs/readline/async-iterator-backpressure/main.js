// The async iterator pauses the interface when more than 1024 lines wait and resumes it once
// they are consumed; it ends at 'close'; it is the same object each time.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const iterator = rl[Symbol.asyncIterator]();
  console.log(iterator === rl[Symbol.asyncIterator](), typeof iterator.next, typeof iterator.return);
  let consumed = 0;
  rl.on('pause', () => console.log('pause after', consumed));
  rl.on('resume', () => console.log('resume after', consumed));
  let text = '';
  for (let i = 0; i < 3000; i++) text += `${i}\n`;
  input.write(text);
  input.end('tail');
  let last;
  for await (const line of iterator) { consumed++; last = line; }
  console.log(consumed, last);

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  const it2 = rl2[Symbol.asyncIterator]();
  input2.write('a\nb\nc\n');
  for await (const line of it2) { console.log('first', line); break; }
  console.log('after break', rl2.closed, await it2.next());
  rl2.close();

  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  setTimeout(() => input3.destroy(new Error('boom')), 5);
  try {
    for await (const line of rl3) console.log(line);
  } catch (err) {
    console.log('iteration error', err.message);
  }
})();
