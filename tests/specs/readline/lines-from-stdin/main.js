const readline = require('node:readline');
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => console.log(JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close'));
