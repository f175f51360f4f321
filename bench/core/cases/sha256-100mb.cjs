'use strict';
// sha256 of 100 MB, twice: a file read in 1 MiB chunks fed to one Hash through update(), then
// the whole file as one Buffer through createHash(). The input (deterministic bytes) is created
// in the scratch directory argv[2] when missing.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const size = 100 * 1024 * 1024;
const file = path.join(process.argv[2], 'sha256-input-100mb.bin');

if (!fs.existsSync(file) || fs.statSync(file).size !== size) {
  const block = Buffer.alloc(1 << 20);
  let x = 0x2545f491;
  for (let i = 0; i < block.length; i += 4) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    block.writeUInt32LE(x, i);
  }
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < size / block.length; i++) {
    block[0] = i;
    fs.writeSync(fd, block);
  }
  fs.closeSync(fd);
}

const chunk = Buffer.allocUnsafe(1 << 20);
const fd = fs.openSync(file, 'r');
const streamed = crypto.createHash('sha256');
let n;
while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) {
  streamed.update(n === chunk.length ? chunk : chunk.subarray(0, n));
}
fs.closeSync(fd);
const a = streamed.digest('hex');

const whole = fs.readFileSync(file);
const b = crypto.createHash('sha256').update(whole).digest('hex');
if (a !== b) throw new Error(`digests differ: ${a} ${b}`);
console.log(a);
