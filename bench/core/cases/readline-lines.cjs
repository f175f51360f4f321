// readline: `for await (const line of rl)` over a ~50 MB file of ~1M lines of varied length
// (ASCII with some UTF-8), the idiom Node's docs give for reading a file line by line.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

const dir = process.argv[2];
const file = path.join(dir, 'readline-lines.txt');
if (!fs.existsSync(file)) {
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(`${file}.tmp`, 'w');
  let size = 0;
  let batch = '';
  for (let i = 0; size < 50 * 1024 * 1024; i++) {
    const line = `${i} ${'lorem ipsum '.repeat(i % 9)}${i % 13 === 0 ? 'héllo wörld' : 'x'}\n`;
    batch += line;
    size += line.length;
    if (batch.length > 1 << 20) {
      fs.writeSync(fd, batch);
      batch = '';
    }
  }
  fs.writeSync(fd, `${batch}last line without newline`);
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
}

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let lines = 0;
  let chars = 0;
  let last = '';
  for await (const line of rl) {
    lines++;
    chars += line.length;
    last = line;
  }
  console.log(lines, chars, last);
})();
