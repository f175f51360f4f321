// Encrypted private keys: reading with a passphrase, Node's errors for a wrong or missing one,
// and exporting with a cipher and passphrase.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
function attempt(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`, e.library, e.reason, e.opensslErrorStack);
  }
}
const plain = crypto.createPrivateKey(read('rsa_private.pem'));
for (const name of ['rsa_private_encrypted.pem', 'rsa_private_pkcs1_encrypted.pem']) {
  const key = crypto.createPrivateKey({ key: read(name), passphrase: 'top secret' });
  console.log(name, key.equals(plain));
  const fromBuffer = crypto.createPrivateKey({ key: read(name), passphrase: Buffer.from('top secret') });
  console.log(fromBuffer.equals(plain));
  attempt(() => crypto.createPrivateKey({ key: read(name), passphrase: 'wrong' }));
  attempt(() => crypto.createPrivateKey(read(name)));
  attempt(() => crypto.createPublicKey({ key: read(name), passphrase: 'top secret' }).type);
}
for (const [type, cipher] of [['pkcs8', 'aes-256-cbc'], ['pkcs1', 'aes-128-cbc'],
                              ['pkcs8', 'des-ede3-cbc']]) {
  const pem = plain.export({ type, format: 'pem', cipher, passphrase: 'pw' });
  console.log(type, cipher, pem.split('\n')[0], pem.includes('ENCRYPTED'));
  console.log(crypto.createPrivateKey({ key: pem, passphrase: 'pw' }).equals(plain));
}
const der = plain.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' });
const back = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' });
console.log(back.equals(plain));
attempt(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'no' }));
attempt(() => plain.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'pw' }));
attempt(() => plain.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' }));
attempt(() => plain.export({ type: 'pkcs8', format: 'pem', passphrase: 'pw' }));
attempt(() => plain.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' }));
attempt(() => crypto.createPrivateKey({ key: read('rsa_private.pem'), passphrase: 42 }));
