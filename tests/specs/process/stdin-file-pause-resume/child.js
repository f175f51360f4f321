const rl = require('readline').createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => {
  rl.pause();
  console.log('line', line);
  rl.resume();
});
rl.on('close', () => console.log('closed'));
