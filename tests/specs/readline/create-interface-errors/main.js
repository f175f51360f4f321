// Argument validation of createInterface, with Node's error codes and messages.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const attempt = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (err) { console.log(label, err.name, err.code, err.message); }
};
const input = () => new PassThrough();
attempt('historySize -1', () => readline.createInterface({ input: input(), historySize: -1 }));
attempt('historySize str', () => readline.createInterface({ input: input(), historySize: 'x' }));
attempt('historySize NaN', () => readline.createInterface({ input: input(), historySize: NaN }));
attempt('tabSize 0', () => readline.createInterface({ input: input(), tabSize: 0 }));
attempt('tabSize str', () => readline.createInterface({ input: input(), tabSize: 'a' }));
attempt('completer', () => readline.createInterface({ input: input(), completer: 1 }));
attempt('history', () => readline.createInterface({ input: input(), history: 'ls' }));
attempt('escapeCodeTimeout', () => readline.createInterface({ input: input(), escapeCodeTimeout: NaN }));
attempt('signal', () => readline.createInterface({ input: input(), signal: {} }));
attempt('prompt', () => readline.createInterface({ input: input(), prompt: 5 }).prompt());
attempt('no input', () => readline.createInterface({}));
attempt('legacy args', () => {
  const rl = readline.createInterface(input(), null, (line) => [[], line], false);
  console.log(typeof rl.completer, rl.terminal, rl.output);
  rl.close();
});
attempt('crlfDelay min', () => {
  const rl = readline.createInterface({ input: input(), crlfDelay: 5 });
  console.log(rl.crlfDelay);
  rl.close();
});
attempt('crlfDelay Infinity', () => {
  const rl = readline.createInterface({ input: input(), crlfDelay: Infinity });
  console.log(rl.crlfDelay);
  rl.close();
});
attempt('aborted signal', () => {
  const rl = readline.createInterface({ input: input(), signal: AbortSignal.abort() });
  rl.on('close', () => console.log('closed by the aborted signal'));
});
const ac = new AbortController();
const rl = readline.createInterface({ input: input(), signal: ac.signal });
rl.on('close', () => console.log('closed by abort()'));
setTimeout(() => ac.abort(), 5);
