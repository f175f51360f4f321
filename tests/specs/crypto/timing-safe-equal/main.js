// timingSafeEqual over Buffers, typed arrays, DataViews and ArrayBuffers.
const crypto = require('crypto');
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
console.log(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint32Array([0x20001])));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]).buffer, new DataView(new Uint8Array([1, 2]).buffer)));
console.log(crypto.timingSafeEqual(Buffer.from('xabcx').subarray(1, 4), Buffer.from('abc')));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
t(() => crypto.timingSafeEqual('a', 'a'));
t(() => crypto.timingSafeEqual(Buffer.alloc(1), 'a'));
t(() => crypto.timingSafeEqual());
