// Hmac as a Transform stream.
const crypto = require('crypto');
const h = crypto.createHmac('sha256', 'key');
h.setEncoding('hex');
h.on('data', (d) => console.log('data', d));
h.on('end', () => console.log('end', JSON.stringify(h.digest('hex'))));
h.write('The quick brown fox ');
h.end('jumps over the lazy dog');
