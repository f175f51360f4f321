// Cipheriv and Decipheriv as Transform streams, piped into each other.
const crypto = require('crypto');
const { Readable, Writable, pipeline } = require('stream');
const key = Buffer.alloc(32, 5);
const iv = Buffer.alloc(16, 6);
const chunks = [];
pipeline(
  Readable.from(['stream ', 'of ', 'several ', 'chunks ', 'x'.repeat(100)]),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(chunk, enc, cb) { chunks.push(chunk); cb(); } }),
  (err) => console.log('done', err, Buffer.concat(chunks).toString()),
);
const c = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
c.setEncoding('hex');
let out = '';
c.on('data', (d) => { out += d; });
c.on('end', () => console.log('ctr', out));
c.write('hello');
c.end(' world');
const bad = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
bad.on('error', (e) => console.log('error event', e.code, e.message));
bad.on('data', () => {});
bad.end(Buffer.alloc(16));
