// gunzip of the gzip of 100 MB of mixed text and JSON, streamed from a file into a Writable
// that counts bytes: fs.createReadStream -> zlib.createGunzip -> Writable.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline, Writable } = require('stream');
const { ensureInput } = require('./lib/zlib-input.cjs');

const dir = process.argv[2];
const packed = path.join(dir, 'zlib-100mb.txt.gz');
if (!fs.existsSync(packed)) {
  // The first (warm-up) run compresses the input once, with whatever runtime runs it.
  fs.writeFileSync(packed + '.tmp', zlib.gzipSync(fs.readFileSync(ensureInput(dir))));
  fs.renameSync(packed + '.tmp', packed);
}
let total = 0;
pipeline(fs.createReadStream(packed), zlib.createGunzip(), new Writable({
  write(chunk, encoding, callback) {
    total += chunk.length;
    callback();
  },
}), (err) => {
  if (err) throw err;
  console.log(`gunzip: ${total} bytes`);
});
