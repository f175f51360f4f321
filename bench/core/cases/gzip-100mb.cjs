// gzip of 100 MB of mixed text and JSON (default level), streamed file to file:
// fs.createReadStream -> zlib.createGzip -> fs.createWriteStream.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream');
const { ensureInput } = require('./lib/zlib-input.cjs');

const dir = process.argv[2];
const input = ensureInput(dir);
const output = path.join(dir, `gzip-out-${process.pid}.gz`);
pipeline(fs.createReadStream(input), zlib.createGzip(), fs.createWriteStream(output), (err) => {
  if (err) throw err;
  const size = fs.statSync(output).size;
  fs.unlinkSync(output);
  console.log(`gzip: ${size} bytes`);
});
