// CryptoKey: not constructible, its getters, and KeyObject.from.
const { subtle } = globalThis.crypto;
const { KeyObject, webcrypto } = require('crypto');
(async () => {
  try { new CryptoKey(); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(typeof CryptoKey, webcrypto.CryptoKey === CryptoKey, Object.prototype.toString.call(CryptoKey.prototype));
  const key = await subtle.importKey('raw', Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex'),
    { name: 'hmac', hash: 'sha-256' }, true, ['sign', 'verify']);
  console.log(key instanceof CryptoKey, key.type, key.extractable, key.usages);
  console.log(JSON.stringify(key.algorithm), key.algorithm === key.algorithm);
  const ko = KeyObject.from(key);
  console.log(ko.type, ko.symmetricKeySize, ko.export().toString('hex'));
  try { KeyObject.from({}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({}); } catch (e) { console.log(e.name, e.code); }
})();
