// Long base64 text (long enough for the vectorised decoder) with Node's leniencies: line
// breaks every 76 characters, spaces, invalid bytes, both alphabets mixed, '=' in the middle
// ending the input, and a write into a smaller buffer.
const crypto = require('crypto');
const bytes = Buffer.alloc(3000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
const plain = bytes.toString('base64');
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
console.log(plain.length, digest(Buffer.from(plain, 'base64')) === digest(bytes));
const wrapped = plain.replace(/.{76}/g, '$&\r\n');
console.log(Buffer.from(wrapped, 'base64').equals(bytes));
const url = bytes.toString('base64url');
console.log(url.length, Buffer.from(url, 'base64').equals(bytes), Buffer.from(plain, 'base64url').equals(bytes));
const mixed = plain.slice(0, 2000).replace(/\+/g, '-') + plain.slice(2000).replace(/\//g, '_');
console.log(Buffer.from(mixed, 'base64').equals(bytes));
const noisy = plain.split('').map((c, i) => (i % 37 === 0 ? c + ' !\u00e9' : c)).join('');
console.log(Buffer.from(noisy, 'base64').equals(bytes));
const cut = plain.slice(0, 1001) + '=' + plain.slice(1001);
console.log(Buffer.from(cut, 'base64').length, digest(Buffer.from(cut, 'base64')));
const small = Buffer.alloc(100);
console.log(small.write(plain, 'base64'), small.equals(bytes.subarray(0, 100)));
console.log(Buffer.byteLength(plain, 'base64'), Buffer.byteLength(wrapped, 'base64'));
// Wide (two-byte) strings are read through their low byte.
console.log(Buffer.from('\u0141QID' + plain.slice(4, 200), 'base64').toString('hex').slice(0, 40));
