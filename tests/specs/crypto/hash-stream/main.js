// Hash as a Transform stream: write/end, 'data'/'readable', pipe and pipeline.
const crypto = require('crypto');
const { Readable, pipeline, Transform } = require('stream');
const h = crypto.createHash('sha256');
h.on('readable', () => {
  const data = h.read();
  if (data) console.log('readable', data.toString('hex'));
});
h.write('hello ');
h.end('world');
const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
h2.on('data', (d) => console.log('data', d));
h2.end(Buffer.from('abc'));
pipeline(Readable.from(['a', 'b', 'c']), crypto.createHash('sha1'), async function* (source) {
  for await (const chunk of source) console.log('pipeline', chunk.toString('hex'));
}, (err) => console.log('done', err));
const h3 = crypto.createHash('sha1');
console.log(h3 instanceof Transform);
h3.end('x');
h3.on('finish', () => console.log('digest after end', h3.digest('hex')));
