// The for-await idiom over a file: every line arrives, the last one without a newline too,
// across many read chunks (a small highWaterMark splits lines and \r\n pairs).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-rl-')), 'lines.txt');
let text = '';
for (let i = 0; i < 5000; i++) text += `line ${i}${i % 7 === 0 ? '\r\n' : '\n'}`;
text += 'the end';
fs.writeFileSync(file, text);
(async () => {
  for (const highWaterMark of [undefined, 7, 64]) {
    const rl = readline.createInterface({
      input: fs.createReadStream(file, { highWaterMark }), crlfDelay: Infinity,
    });
    let count = 0;
    let bad = 0;
    let last;
    for await (const line of rl) {
      if (line !== `line ${count}` && line !== 'the end') bad++;
      count++;
      last = line;
    }
    console.log(highWaterMark, count, bad, last);
  }
  fs.rmSync(path.dirname(file), { recursive: true });
})();
