// JWK: export of RSA, EC, OKP and secret keys, import with { format: 'jwk' }, and its errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
for (const name of ['rsa_private.pem', 'ec_private.pem', 'ed25519_private.pem',
                    'x25519_private.pem']) {
  const key = crypto.createPrivateKey(read(name));
  const jwk = key.export({ format: 'jwk' });
  const pubJwk = crypto.createPublicKey(key).export({ format: 'jwk' });
  console.log(name, jwk);
  console.log(pubJwk);
  const back = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  console.log(back.type, back.equals(key));
  const pub = crypto.createPublicKey({ key: pubJwk, format: 'jwk' });
  console.log(pub.type, pub.equals(crypto.createPublicKey(key)));
  console.log(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
}
const ec = crypto.createPrivateKey(read('ec_private.pem')).export({ format: 'jwk' });
attempt(() => crypto.createPrivateKey({ key: 'x', format: 'jwk' }));
attempt(() => crypto.createPrivateKey({ key: { kty: 'foo' }, format: 'jwk' }));
attempt(() => crypto.createPrivateKey({ key: { kty: 'RSA' }, format: 'jwk' }));
attempt(() => crypto.createPrivateKey({ key: { ...ec, d: undefined }, format: 'jwk' }));
attempt(() => crypto.createPublicKey({ key: { ...ec, crv: 'P-192' }, format: 'jwk' }));
attempt(() => crypto.createPublicKey({ key: { ...ec, x: ec.y }, format: 'jwk' }));
attempt(() => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, format: 'jwk' }));
attempt(() => crypto.createPrivateKey(read('rsa_private.pem')).export({ format: 'jwk', passphrase: 'x' }));
attempt(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512 }).privateKey.export({ format: 'jwk' }));
