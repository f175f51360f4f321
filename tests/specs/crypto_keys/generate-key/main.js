// generateKey(Sync) for hmac and aes secret keys, and its errors.
const crypto = require('crypto');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
for (const [type, length] of [['hmac', 8], ['hmac', 12], ['hmac', 512], ['aes', 128], ['aes', 192], ['aes', 256]]) {
  const key = crypto.generateKeySync(type, { length });
  console.log(type, length, key.type, key.symmetricKeySize, key.export().length);
}
const a = crypto.generateKeySync('aes', { length: 256 });
const b = crypto.generateKeySync('aes', { length: 256 });
console.log(a.equals(b), a.equals(a));
attempt(() => crypto.generateKeySync('hmac', { length: 7 }));
attempt(() => crypto.generateKeySync('hmac', { length: 2 ** 31 }));
attempt(() => crypto.generateKeySync('hmac', { length: 'x' }));
attempt(() => crypto.generateKeySync('hmac'));
attempt(() => crypto.generateKeySync('aes', { length: 7 }));
attempt(() => crypto.generateKeySync('des', { length: 7 }));
attempt(() => crypto.generateKeySync(1, { length: 7 }));
attempt(() => crypto.generateKey('hmac', { length: 8 }));
crypto.generateKey('aes', { length: 128 }, (err, key) => console.log('async', err, key.symmetricKeySize));
