// AES-CBC (128/192/256): NIST SP 800-38A vectors, padding, encodings and round trips.
const crypto = require('crypto');
const key128 = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const block = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
const c = crypto.createCipheriv('aes-128-cbc', key128, iv);
console.log(c.update(block).toString('hex'), c.final().toString('hex'));
const nopad = crypto.createCipheriv('aes-128-cbc', key128, iv).setAutoPadding(false);
console.log(Buffer.concat([nopad.update(block), nopad.final()]).toString('hex'));
for (const [name, len] of [['aes-128-cbc', 16], ['aes-192-cbc', 24], ['aes-256-cbc', 32]]) {
  const key = Buffer.alloc(len, 7);
  const enc = crypto.createCipheriv(name, key, iv);
  const text = enc.update('The quick brown fox jumps over the lazy dog', 'utf8', 'base64') + enc.final('base64');
  const dec = crypto.createDecipheriv(name, key, iv);
  console.log(name, text, dec.update(text, 'base64', 'utf8') + dec.final('utf8'));
}
const pieces = crypto.createCipheriv('aes-256-cbc', Buffer.alloc(32, 1), iv);
const out = [pieces.update('abc'), pieces.update('defghijklmnopq'), pieces.update(''), pieces.final()];
console.log(out.map((b) => b.length).join(','), Buffer.concat(out).toString('hex'));
const hexOut = crypto.createCipheriv('aes-128-cbc', key128, iv);
console.log(hexOut.update('616263', 'hex', 'hex') + hexOut.final('hex'));
const latin = crypto.createCipheriv('aes-128-cbc', key128, iv);
console.log(JSON.stringify(latin.update('héllo', 'latin1', 'latin1') + latin.final('latin1')));
const keyStr = crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'ponmlkjihgfedcba');
console.log(keyStr.update('x', 'utf8', 'hex') + keyStr.final('hex'));
const dec = crypto.createDecipheriv('aes-128-cbc', key128, iv).setAutoPadding(false);
console.log(dec.update('7649abac8119b246cee98e9b12e9197d', 'hex', 'hex') + dec.final('hex'));
