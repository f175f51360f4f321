// generateKeyPair(Sync) argument errors, as Node reports them.
const crypto = require('crypto');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
attempt(() => crypto.generateKeyPairSync(1));
attempt(() => crypto.generateKeyPairSync('foo'));
attempt(() => crypto.generateKeyPairSync('rsa'));
attempt(() => crypto.generateKeyPairSync('rsa', {}));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 'x' }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 1.5 }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { type: 'pkcs8', format: 'pem' } }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: 'pem' }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'spki', format: 'pem' } }));
attempt(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'pkcs8', format: 'txt' } }));
attempt(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 1 }));
attempt(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }));
attempt(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }));
attempt(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha1', hashAlgorithm: 'sha256' }));
attempt(() => crypto.generateKeyPairSync('ec', {}));
attempt(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-999' }));
attempt(() => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' } }));
attempt(() => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' } }));
attempt(() => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'sec1', format: 'pem' } }));
attempt(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }));
attempt(() => crypto.generateKeyPair('ed25519', {}));
attempt(() => crypto.generateKeyPair('foo', {}, () => {}));
