// The global crypto (Web Crypto): an accessor, the same object as require('crypto').webcrypto.
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
const nodeCrypto = require('crypto');
console.log(crypto === nodeCrypto.webcrypto, crypto.subtle === nodeCrypto.subtle);
console.log(Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto);
console.log(Object.keys(Object.getOwnPropertyDescriptors(Crypto.prototype)).join());
console.log(Object.keys(Object.getOwnPropertyDescriptors(SubtleCrypto.prototype)).join());
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => new Crypto());
t(() => new SubtleCrypto());
t(() => Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({}));
t(() => crypto.randomUUID.call(null));
globalThis.crypto = 1;
console.log(typeof globalThis.crypto);
console.log(require('util').inspect(crypto));
