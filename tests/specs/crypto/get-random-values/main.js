// getRandomValues (node:crypto's and Web Crypto's): integer typed arrays up to 65,536 bytes.
const crypto = require('crypto');
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array]) {
  const a = new T(4);
  console.log(T.name, crypto.getRandomValues(a) === a, globalThis.crypto.getRandomValues(new T(2)).length);
}
console.log(crypto.getRandomValues(new Uint8Array(65536)).length);
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.getRandomValues(new Float32Array(2)));
t(() => crypto.getRandomValues(new Float64Array(2)));
t(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t(() => crypto.getRandomValues(new ArrayBuffer(2)));
t(() => crypto.getRandomValues([1, 2]));
t(() => crypto.getRandomValues(new Uint8Array(65537)));
t(() => crypto.getRandomValues(new Uint32Array(16385)));
t(() => crypto.getRandomValues());
t(() => globalThis.crypto.getRandomValues());
t(() => { const g = globalThis.crypto.getRandomValues; g(new Uint8Array(2)); });
t(() => { const g = crypto.getRandomValues; g(new Uint8Array(2)); });
const e = (() => { try { crypto.getRandomValues(new Uint8Array(65537)); } catch (err) { return err; } })();
console.log(e instanceof DOMException, e.code);
