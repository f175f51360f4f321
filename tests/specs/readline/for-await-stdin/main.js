const readline = require('node:readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const line of rl) {
    count++;
    console.log(count, JSON.stringify(line));
  }
  console.log('end', count);
})();
