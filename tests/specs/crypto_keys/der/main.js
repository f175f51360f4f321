// Reading and writing DER: spki, pkcs1, pkcs8, sec1; Buffer, ArrayBuffer and base64 input.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const ec = crypto.createPrivateKey(read('ec_private.pem'));
const cases = [
  [rsa, 'pkcs8'], [rsa, 'pkcs1'], [ec, 'pkcs8'], [ec, 'sec1'],
];
for (const [key, type] of cases) {
  const der = key.export({ type, format: 'der' });
  const back = crypto.createPrivateKey({ key: der, format: 'der', type });
  const ab = der.buffer.slice(der.byteOffset, der.byteOffset + der.length);
  const fromAb = crypto.createPrivateKey({ key: ab, format: 'der', type });
  const fromB64 = crypto.createPrivateKey({ key: der.toString('base64'), format: 'der', type,
                                            encoding: 'base64' });
  console.log(key.asymmetricKeyType, type, der.length, back.equals(key), fromAb.equals(key),
              fromB64.equals(key));
  const pub = crypto.createPublicKey({ key: der, format: 'der', type });
  console.log(pub.type, pub.equals(crypto.createPublicKey(key)));
}
for (const [key, type] of [[rsa, 'spki'], [rsa, 'pkcs1'], [ec, 'spki']]) {
  const pub = crypto.createPublicKey(key);
  const der = pub.export({ type, format: 'der' });
  const back = crypto.createPublicKey({ key: der, format: 'der', type });
  console.log(key.asymmetricKeyType, type, der.length, back.equals(pub));
}
