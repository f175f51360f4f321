'use strict';
// fs.readFileSync of 10,000 small files (100–400 bytes), as a loader or a build tool reads them.
const fs = require('fs');
const names = require('../lib/small-files.cjs')(process.argv[2]);
let bytes = 0;
for (const name of names) bytes += fs.readFileSync(name).length;
if (bytes === 0) throw new Error('nothing read');
