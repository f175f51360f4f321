// RSA-PSS signatures (random salt): padding and saltLength options, rsa-pss keys, verification.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const RSA_PKCS1_PSS_PADDING = 6;
const key = crypto.createPrivateKey(read('rsa_private.pem'));
const pub = crypto.createPublicKey(key);
const data = Buffer.from('some data to sign');
for (const saltLength of [undefined, 0, 20, 32, -1, -2]) {
  const sig = crypto.sign('sha256', data, { key, padding: RSA_PKCS1_PSS_PADDING, saltLength });
  const again = crypto.sign('sha256', data, { key, padding: RSA_PKCS1_PSS_PADDING, saltLength });
  console.log(saltLength, sig.length, sig.equals(again) === (saltLength === 0),
              crypto.verify('sha256', data, { key: pub, padding: RSA_PKCS1_PSS_PADDING }, sig),
              crypto.verify('sha256', data, { key: pub, padding: RSA_PKCS1_PSS_PADDING, saltLength: 5 }, sig),
              crypto.verify('sha256', data, pub, sig));
}
const pss = crypto.createPrivateKey(read('rsa_pss_private.pem'));
console.log(pss.asymmetricKeyType, pss.asymmetricKeyDetails);
const s = crypto.createSign('sha256').update(data).sign(pss);
console.log(s.length, crypto.createVerify('sha256').update(data).verify(crypto.createPublicKey(pss), s));
console.log(crypto.verify('sha256', data, pss, crypto.sign('sha256', data, pss)));
try {
  crypto.sign('sha256', data, { key, padding: RSA_PKCS1_PSS_PADDING, saltLength: 1000 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  crypto.sign('sha256', data, { key, padding: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
