'use strict';
// fs.promises.readFile of the same 10,000 small files at once with Promise.all.
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
const names = [];
for (let i = 0; i < 10000; i++) names.push(path.join(dir, `f${i}.txt`));
Promise.all(names.map((name) => fs.promises.readFile(name, 'utf8'))).then((texts) => {
  if (texts.length !== 10000) throw new Error('missing files');
});
