'use strict';
// The 10,000 small files (100–400 bytes) the fs cases read, written once into the scratch
// directory; returns their paths.
const fs = require('fs');
const path = require('path');

module.exports = function smallFiles(scratch) {
  const dir = path.join(scratch, 'small-files');
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 10000; i++) {
      fs.writeFileSync(path.join(dir, `f${i}.txt`), `file ${i}\n`.repeat(10 + (i % 30)));
    }
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  const names = [];
  for (let i = 0; i < 10000; i++) names.push(path.join(dir, `f${i}.txt`));
  return names;
};
