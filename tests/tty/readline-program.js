// Driven through a pseudo-terminal by test-readline-pty.py: an interactive prompt with history.
const readline = require('node:readline');
const rl = readline.createInterface({
  input: process.stdin,
  output: process.stdout,
  prompt: 'demo> ',
  completer: (line) => [['status', 'stash', 'switch'].filter((w) => w.startsWith(line)), line],
});
console.log(`raw ${process.stdin.isRaw} tty ${process.stdin.isTTY} ${process.stdout.isTTY}`);
rl.prompt();
rl.on('line', (line) => {
  console.log(`got ${JSON.stringify(line)}`);
  if (line === 'quit') rl.close();
  else rl.prompt();
});
rl.on('SIGINT', () => {
  console.log('\n(SIGINT)');
  rl.prompt();
});
rl.on('close', () => console.log(`bye raw ${process.stdin.isRaw}`));
