'use strict';
// fs.readFileSync of 10,000 small files (100–400 bytes), as a loader or a build tool reads them.
const fs = require('fs');
const path = require('path');
const dir = path.join(process.argv[2], 'small-files');
if (!fs.existsSync(path.join(dir, '.complete'))) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 10000; i++) {
    fs.writeFileSync(path.join(dir, `f${i}.txt`), `file ${i}\n`.repeat(10 + (i % 30)));
  }
  fs.writeFileSync(path.join(dir, '.complete'), '');
}
let bytes = 0;
for (let i = 0; i < 10000; i++) bytes += fs.readFileSync(path.join(dir, `f${i}.txt`)).length;
if (bytes === 0) throw new Error('nothing read');
