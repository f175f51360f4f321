const readline = require('node:readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const name = await rl.question('name? ');
  const color = await rl.question('color? ');
  console.log(`[${name}] [${color}]`);
  rl.on('line', (line) => console.log('line event', JSON.stringify(line)));
  await require('node:events').once(rl, 'close');
  console.log('closed');
})();
