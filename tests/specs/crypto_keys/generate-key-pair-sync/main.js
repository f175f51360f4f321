// generateKeyPairSync for every supported type, as KeyObjects and with encodings.
const crypto = require('crypto');
const types = [
  ['rsa', { modulusLength: 1024 }],
  ['rsa', { modulusLength: 1024, publicExponent: 3 }],
  ['rsa-pss', { modulusLength: 1024 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha512', saltLength: 16 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha384' }],
  ['dsa', { modulusLength: 1024, divisorLength: 160 }],
  ['ec', { namedCurve: 'P-256' }],
  ['ec', { namedCurve: 'P-384' }],
  ['ec', { namedCurve: 'P-521' }],
  ['ec', { namedCurve: 'secp256k1' }],
  ['ec', { namedCurve: 'prime256v1' }],
  ['ed25519'], ['ed448'], ['x25519'], ['x448'],
];
for (const [type, options] of types) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  console.log(type, publicKey.type, privateKey.type, publicKey.asymmetricKeyType,
              privateKey.asymmetricKeyDetails, publicKey.equals(crypto.createPublicKey(privateKey)));
}
const pems = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' },
});
console.log(Object.keys(pems), pems.publicKey.split('\n')[0], pems.privateKey.split('\n')[0]);
const priv = crypto.createPrivateKey({ key: pems.privateKey, passphrase: 'pw' });
console.log(crypto.createPublicKey(priv).equals(crypto.createPublicKey(pems.publicKey)));
const ders = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'sec1', format: 'der' },
});
console.log(Buffer.isBuffer(ders.publicKey), Buffer.isBuffer(ders.privateKey), ders.publicKey.length);
const mixed = crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
console.log(mixed.publicKey.type, typeof mixed.privateKey, mixed.privateKey.split('\n')[0]);
const jwk = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
console.log(Object.keys(jwk.publicKey), Object.keys(jwk.privateKey), jwk.privateKey.crv);
const explicit = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit' });
const explicitSpki = explicit.publicKey.export({ type: 'spki', format: 'der' });
console.log('explicit', explicit.privateKey.asymmetricKeyDetails, explicitSpki.length > 91,
            crypto.createPublicKey({ key: explicitSpki, format: 'der', type: 'spki' }).equals(explicit.publicKey));
