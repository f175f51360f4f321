// createPublicKey from SPKI and PKCS#1 PEM, and from a private key; export in every format.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
for (const name of ['rsa_public.pem', 'rsa_public_pkcs1.pem', 'rsa_private.pem', 'ec_public.pem',
                    'ed25519_public.pem']) {
  const key = crypto.createPublicKey(read(name));
  console.log(name, key.type, key.asymmetricKeyType, key.asymmetricKeyDetails);
  console.log(key.export({ type: 'spki', format: 'pem' }));
  console.log(key.export({ type: 'spki', format: 'der' }).toString('base64'));
  if (key.asymmetricKeyType === 'rsa') {
    console.log(key.export({ type: 'pkcs1', format: 'pem' }));
    console.log(key.export({ type: 'pkcs1', format: 'der' }).toString('base64'));
  }
}
const fromBuffer = crypto.createPublicKey(Buffer.from(read('rsa_public.pem')));
const fromObject = crypto.createPublicKey({ key: read('rsa_public.pem'), format: 'pem' });
const fromPrivate = crypto.createPublicKey(crypto.createPrivateKey(read('rsa_private.pem')));
console.log(fromBuffer.equals(fromObject), fromObject.equals(fromPrivate));
console.log(crypto.createPublicKey({ key: crypto.createPrivateKey(read('rsa_private.pem')) }).type);
