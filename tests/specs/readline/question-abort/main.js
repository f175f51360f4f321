const readline = require('node:readline');
const promises = require('node:readline/promises');
const { PassThrough } = require('node:stream');
const util = require('node:util');
(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = promises.createInterface({ input, output, terminal: false });
  const ac = new AbortController();
  const pending = rl.question('first? ', { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (err) { console.log(err.name, err.code, err.message, err.cause?.name); }
  try {
    await rl.question('again? ', { signal: AbortSignal.abort('why') });
  } catch (err) { console.log(err.name, err.code, err.cause); }
  try { await rl.question('bad', { signal: 1 }); } catch (err) { console.log(err.code, err.message); }
  const answer = rl.question('third? ');
  input.write('yes\n');
  console.log('answer', await answer);
  console.log(JSON.stringify(written));
  rl.close();
  try { await rl.question('closed?'); } catch (err) { console.log(err.code, err.message); }

  const legacy = readline.createInterface({ input: new PassThrough(), output });
  written = '';
  const ac2 = new AbortController();
  legacy.question('legacy? ', { signal: ac2.signal }, () => console.log('never'));
  ac2.abort();
  legacy.question('skipped? ', { signal: ac2.signal }, () => console.log('never'));
  const question = util.promisify(legacy.question);
  try { await question.call(legacy, 'p? ', { signal: AbortSignal.abort() }); } catch (err) {
    console.log('promisified', err.name);
  }
  const p = question.call(legacy, 'ok? ');
  legacy.write('fine\n');
  console.log('promisified answer', await p);
  console.log(JSON.stringify(written));
  legacy.close();
  try { legacy.question('x', () => {}); } catch (err) { console.log(err.code, err.message); }
})();
