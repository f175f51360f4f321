// UTF-8 encoding and decoding of long mixed text: ASCII runs, 2-, 3- and 4-byte characters,
// lone surrogates (U+FFFD when encoded) and invalid bytes (U+FFFD when decoded), at every
// position relative to the vectorised blocks.
const crypto = require('crypto');
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const unit = 'The quick brown fox — jumps över the lazy dög; 速い茶色の狐 🦊. ';
const text = unit.repeat(3000);
const buf = Buffer.from(text);
console.log(text.length, buf.length, Buffer.byteLength(text), digest(buf));
console.log(buf.toString() === text, buf.toString('utf8', 1, 5000).length);
const lone = ('abc\ud800def\udc00' + 'x'.repeat(29) + '\ud83e').repeat(500) + '\ud83e';
const loneBuf = Buffer.from(lone);
console.log(loneBuf.length, Buffer.byteLength(lone), digest(loneBuf));
console.log(loneBuf.toString().split('\ufffd').length - 1);
const split = 'y'.repeat(8191) + '\ud83e\udd8a' + 'z'.repeat(10000);
console.log(Buffer.byteLength(split), Buffer.from(split).subarray(8190, 8196).toString('hex'));
const invalid = Buffer.concat(Array.from({ length: 300 }, (_, i) =>
  Buffer.from([0x61 + (i % 26), 0xe2, 0x82, 0xac, 0xc3, 0x28, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xff])));
const decoded = invalid.toString();
console.log(decoded.length, decoded.slice(0, 12), JSON.stringify(decoded.slice(-10)));
const latin = 'é'.repeat(5000) + 'ÿ' + 'a'.repeat(5000);
const latinBuf = Buffer.from(latin);
console.log(latinBuf.length, latinBuf.toString() === latin);
console.log(Buffer.concat([latinBuf, Buffer.from('€')]).toString().slice(-3));
