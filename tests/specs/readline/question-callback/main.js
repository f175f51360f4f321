const readline = require('node:readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('What is your name? ', (name) => {
  rl.question('And your age? ', (age) => {
    console.log(`\nHello ${name}, ${age}`);
    rl.close();
  });
});
rl.on('close', () => console.log('closed'));
