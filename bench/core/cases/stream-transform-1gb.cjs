'use strict';
// 1 GB piped from a Readable through a Transform (which touches every chunk) into a Writable,
// with stream.pipeline: the per-chunk cost of node:stream, 64 KiB chunks.
const { Readable, Transform, Writable, pipeline } = require('stream');
const chunkSize = 64 * 1024;
const chunks = (1 << 30) / chunkSize;
const chunk = Buffer.alloc(chunkSize, 'a');
let produced = 0;
const source = new Readable({
  read() { this.push(produced++ < chunks ? chunk : null); },
});
const upper = new Transform({
  transform(data, encoding, callback) { callback(null, data.subarray(1)); },
});
let received = 0;
const sink = new Writable({
  write(data, encoding, callback) { received += data.length; callback(); },
});
pipeline(source, upper, sink, (err) => {
  if (err) throw err;
  if (received !== chunks * (chunkSize - 1)) throw new Error(`received ${received}`);
});
