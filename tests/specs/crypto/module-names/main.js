// The names node:crypto exports that the symmetric half provides.
const crypto = require('crypto');
const names = ['createHash', 'createHmac', 'getHashes', 'hash', 'Hash', 'Hmac', 'randomBytes',
  'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'getRandomValues', 'timingSafeEqual',
  'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync', 'createCipheriv',
  'createDecipheriv', 'Cipheriv', 'Decipheriv', 'getCiphers', 'getCipherInfo', 'constants',
  'webcrypto', 'subtle'];
for (const name of names) console.log(name, typeof crypto[name], name in crypto);
import('crypto').then((ns) => console.log('esm', typeof ns.createHash, typeof ns.default.randomUUID, ns.createHash === crypto.createHash));
console.log(require('node:crypto') === crypto);
