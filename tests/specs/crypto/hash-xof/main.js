// shake128/shake256 with outputLength; other digests only accept their own length.
const crypto = require('crypto');
for (const n of [0, 1, 5, 16, 32, 100]) {
  console.log('shake128', n, crypto.createHash('shake128', { outputLength: n }).update('abc').digest('hex'));
  console.log('shake256', n, crypto.createHash('shake256', { outputLength: n }).update('abc').digest('hex'));
}
const s = crypto.createHash('shake256').update('abc');
console.log(s.copy({ outputLength: 8 }).digest('hex'), s.digest('hex'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'));
for (const opts of [{ outputLength: 16 }, { outputLength: -1 }, { outputLength: 1.5 }, { outputLength: '8' }]) {
  try {
    crypto.createHash('sha256', opts);
  } catch (e) {
    console.log(e.name, e.code, e.message, e.library, e.reason);
  }
}
