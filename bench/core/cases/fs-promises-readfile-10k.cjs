'use strict';
// fs.promises.readFile of the same 10,000 small files at once with Promise.all.
const fs = require('fs');
const names = require('../lib/small-files.cjs')(process.argv[2]);
Promise.all(names.map((name) => fs.promises.readFile(name, 'utf8'))).then((texts) => {
  if (texts.length !== 10000) throw new Error('missing files');
});
