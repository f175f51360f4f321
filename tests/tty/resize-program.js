// Driven by test-readline-resize.py: the window shrinks under a long line.
const readline = require('node:readline');
console.log(process.stdout.columns, process.stdout.rows);
process.stdout.on('resize', () => console.log('\nresize', process.stdout.columns, process.stdout.rows));
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'w> ' });
rl.prompt();
rl.write('0123456789012345678901234567890123456789012345');
rl.on('close', () => console.log('\nclosed'));
