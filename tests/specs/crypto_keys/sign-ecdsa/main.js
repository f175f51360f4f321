// ECDSA (random k): DER and IEEE P1363 encodings, lengths, cross-verification.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const key = crypto.createPrivateKey(read('ec_private.pem'));
const pub = read('ec_public.pem');
const data = Buffer.from('ecdsa data');
const der = crypto.sign('sha256', data, key);
const p1363 = crypto.sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
console.log(der[0] === 0x30, der.length >= 68 && der.length <= 72, p1363.length);
console.log(crypto.verify('sha256', data, pub, der));
console.log(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363));
console.log(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'der' }, p1363));
console.log(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, der));
const s = crypto.createSign('sha384').update(data).sign({ key, dsaEncoding: 'ieee-p1363' });
console.log(s.length, crypto.createVerify('sha384').update(data).verify({ key: pub, dsaEncoding: 'ieee-p1363' }, s));
console.log(crypto.createVerify('sha384').update(data).verify(pub, s));
for (const [curve, hash] of [['P-384', 'sha384'], ['P-521', 'sha512'], ['secp256k1', 'sha256']]) {
  const pair = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  const sig = crypto.sign(hash, data, { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
  console.log(curve, sig.length, crypto.verify(hash, data, { key: pair.publicKey, dsaEncoding: 'ieee-p1363' }, sig),
              crypto.verify(hash, data, pair.publicKey, crypto.sign(hash, data, pair.privateKey)));
}
try {
  crypto.createVerify('sha256').update(data).verify({ key: pub, dsaEncoding: 'ieee-p1363' }, Buffer.alloc(3));
} catch (e) {
  console.log(e.code, e.message);
}
try {
  crypto.sign('sha256', data, { key, dsaEncoding: 'foo' });
} catch (e) {
  console.log(e.code, e.message);
}
