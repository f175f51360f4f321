// createSecretKey: type, size, export as a Buffer and as JWK, equals, and its input errors.
const crypto = require('crypto');
const { Buffer } = require('buffer');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
const key = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log(key.type, key.symmetricKeySize, key.asymmetricKeyType);
console.log(key.export().toString('hex'));
console.log(key.export({ format: 'buffer' }).length);
console.log(key.export({ format: 'jwk' }));
console.log(key instanceof crypto.KeyObject, Object.prototype.toString.call(key));
console.log(key.equals(crypto.createSecretKey(Buffer.from('0123456789abcdef'))));
console.log(key.equals(crypto.createSecretKey(Buffer.from('0123456789abcdeF'))));
console.log(key.equals(crypto.createSecretKey(Buffer.from('0123456789abcde'))));
console.log(crypto.createSecretKey('abcd', 'hex').export());
console.log(crypto.createSecretKey('abc').symmetricKeySize);
console.log(crypto.createSecretKey(new Uint8Array([1, 2, 3]).buffer).symmetricKeySize);
attempt(() => crypto.createSecretKey(Buffer.alloc(0)));
attempt(() => crypto.createSecretKey(42));
attempt(() => crypto.createSecretKey(key));
attempt(() => key.export({ format: 'pem' }));
attempt(() => key.export('jwk'));
attempt(() => key.equals('abc'));
attempt(() => new crypto.KeyObject('foo', {}));
attempt(() => new crypto.KeyObject('secret', {}));
const { types } = require('util');
console.log(types.isKeyObject(key), types.isKeyObject({}), types.isKeyObject(null));
