// createECDH: fixed private keys give fixed public keys (all point formats) and secrets;
// convertKey; generateKeys; errors.
const crypto = require('crypto');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
const alice = crypto.createECDH('prime256v1');
alice.setPrivateKey('1111111111111111111111111111111111111111111111111111111111111111', 'hex');
const bob = crypto.createECDH('prime256v1');
bob.setPrivateKey(Buffer.alloc(32, 0x22));
console.log(alice.getPublicKey('hex'));
console.log(alice.getPublicKey('hex', 'compressed'));
console.log(alice.getPublicKey('base64', 'hybrid'));
console.log(alice.getPrivateKey('hex'), alice.getPrivateKey().length);
const s1 = alice.computeSecret(bob.getPublicKey());
const s2 = bob.computeSecret(alice.getPublicKey('hex', 'compressed'), 'hex', 'hex');
console.log(s1.toString('hex'), s2);
const compressed = alice.getPublicKey(null, 'compressed');
console.log(crypto.ECDH.convertKey(compressed, 'prime256v1', null, 'hex', 'uncompressed') === alice.getPublicKey('hex'));
console.log(crypto.ECDH.convertKey(alice.getPublicKey('hex'), 'prime256v1', 'hex', 'hex', 'compressed'));
for (const curve of ['secp256k1', 'secp384r1', 'secp521r1']) {
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  const pa = a.generateKeys();
  const pb = b.generateKeys('hex', 'compressed');
  console.log(curve, pa.length, pb.length, a.computeSecret(pb, 'hex').equals(b.computeSecret(pa)));
}
const small = crypto.createECDH('secp256k1');
small.setPrivateKey(Buffer.from([1]));
console.log(small.getPublicKey('hex', 'compressed'), small.getPrivateKey('hex'));
const fresh = crypto.createECDH('prime256v1');
attempt(() => fresh.getPublicKey());
attempt(() => fresh.getPrivateKey());
attempt(() => fresh.setPrivateKey(Buffer.alloc(32)));
attempt(() => fresh.setPrivateKey(Buffer.alloc(40, 0xff)));
attempt(() => crypto.createECDH('nope'));
attempt(() => crypto.createECDH('P-256'));
attempt(() => crypto.createECDH(1));
attempt(() => alice.computeSecret(Buffer.from([4, 1, 2, 3])));
attempt(() => alice.computeSecret(Buffer.alloc(65)));
attempt(() => alice.getPublicKey('hex', 'bogus'));
attempt(() => alice.computeSecret(1));
attempt(() => crypto.ECDH.convertKey(Buffer.from([4, 1, 2]), 'prime256v1'));
attempt(() => crypto.ECDH.convertKey(compressed, 'nope'));
const noKeys = crypto.createECDH('secp256k1');
attempt(() => noKeys.computeSecret(alice.getPublicKey()));
attempt(() => noKeys.computeSecret(Buffer.from([4, 1])));
noKeys.setPublicKey(crypto.createECDH('secp256k1').setPrivateKey(Buffer.alloc(32, 3)).getPublicKey());
attempt(() => noKeys.computeSecret(noKeys.getPublicKey()));
const mismatched = crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 3));
mismatched.setPublicKey(alice.getPublicKey());
attempt(() => mismatched.computeSecret(bob.getPublicKey()));
