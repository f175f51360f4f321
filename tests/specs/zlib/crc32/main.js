// crc32(data[, value]) over strings and views, chaining, and argument errors.
const zlib = require('zlib');
console.log(zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('héllo wörld'));
console.log(zlib.crc32(Buffer.from('hello')), zlib.crc32(new Uint16Array([1, 2, 3])));
console.log(zlib.crc32(new DataView(new ArrayBuffer(8))));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32('abc', 0xffffffff));
for (const args of [[123], [{}], [null], ['a', -1], ['a', 2 ** 32], ['a', 'x'], [new ArrayBuffer(4)]]) {
  try { zlib.crc32(...args); } catch (e) { console.log(e.code, e.message); }
}
