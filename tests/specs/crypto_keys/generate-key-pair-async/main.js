// generateKeyPair with a callback (on the thread pool) and through util.promisify; one job at a
// time so that the output order is fixed.
const crypto = require('crypto');
const util = require('util');
const steps = [
  (next) => crypto.generateKeyPair('rsa', { modulusLength: 1024 }, (err, publicKey, privateKey) => {
    console.log('rsa', err, publicKey.type, privateKey.type, privateKey.asymmetricKeyDetails.modulusLength);
    next();
  }),
  (next) => crypto.generateKeyPair('ec', {
    namedCurve: 'P-384',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  }, (err, publicKey, privateKey) => {
    console.log('ec', err, publicKey.split('\n')[0], Buffer.isBuffer(privateKey));
    next();
  }),
  (next) => crypto.generateKeyPair('ed25519', (err, publicKey, privateKey) => {
    console.log('ed25519 no options', err, publicKey.asymmetricKeyType, privateKey.type);
    next();
  }),
  (next) => crypto.generateKeyPair('rsa', { modulusLength: 1 }, (err) => {
    console.log('too small', err.code, err.message);
    next();
  }),
  (next) => util.promisify(crypto.generateKeyPair)('x25519').then(({ publicKey, privateKey }) => {
    console.log('promisified', publicKey.type, privateKey.asymmetricKeyType);
    next();
  }),
  (next) => crypto.generateKey('hmac', { length: 256 }, (err, key) => {
    console.log('generateKey', err, key.type, key.symmetricKeySize);
    next();
  }),
];
function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
}
run(0);
console.log('sync part done');
