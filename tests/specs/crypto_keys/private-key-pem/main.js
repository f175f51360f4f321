// createPrivateKey from PKCS#8, PKCS#1 and SEC1 PEM; export in every format and compare.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const rsa1 = crypto.createPrivateKey(read('rsa_private_pkcs1.pem'));
console.log(rsa.type, rsa.asymmetricKeyType, rsa.asymmetricKeyDetails, rsa.equals(rsa1));
console.log(rsa.export({ type: 'pkcs8', format: 'pem' }) === read('rsa_private.pem'));
console.log(rsa.export({ type: 'pkcs1', format: 'pem' }) === read('rsa_private_pkcs1.pem'));
console.log(rsa.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
console.log(rsa.export({ type: 'pkcs1', format: 'der' }).toString('base64'));
const ec = crypto.createPrivateKey(read('ec_private.pem'));
const ec8 = crypto.createPrivateKey(read('ec_private_pkcs8.pem'));
console.log(ec.type, ec.asymmetricKeyType, ec.asymmetricKeyDetails, ec.equals(ec8));
console.log(ec.export({ type: 'sec1', format: 'pem' }) === read('ec_private.pem'));
console.log(ec.export({ type: 'pkcs8', format: 'pem' }) === read('ec_private_pkcs8.pem'));
console.log(ec.export({ type: 'sec1', format: 'der' }).toString('base64'));
console.log(ec.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
for (const name of ['ed25519_private.pem', 'x25519_private.pem', 'ed448_private.pem']) {
  const key = crypto.createPrivateKey(read(name));
  console.log(name, key.type, key.asymmetricKeyType, key.asymmetricKeyDetails);
  console.log(key.export({ type: 'pkcs8', format: 'pem' }) === read(name));
  console.log(key.export({ type: 'pkcs8', format: 'der' }).toString('hex'));
}
const pub = crypto.createPublicKey(ec);
console.log(pub.type, pub.export({ type: 'spki', format: 'pem' }));
console.log(ec.equals(pub), pub.equals(crypto.createPublicKey(ec8)));
