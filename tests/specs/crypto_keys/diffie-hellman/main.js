// crypto.diffieHellman over X25519 and EC KeyObjects: the same secret on both sides; errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, name), 'utf8'));
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
for (const [a, b] of [['x25519_private.pem', 'x25519_peer_private.pem'], ['ec_private.pem', 'ec_peer_private.pem']]) {
  const alice = read(a);
  const bob = read(b);
  const s1 = crypto.diffieHellman({ privateKey: alice, publicKey: crypto.createPublicKey(bob) });
  const s2 = crypto.diffieHellman({ privateKey: bob, publicKey: crypto.createPublicKey(alice) });
  console.log(a, s1.toString('hex'), s1.equals(s2));
}
const x448a = crypto.generateKeyPairSync('x448');
const x448b = crypto.generateKeyPairSync('x448');
const t1 = crypto.diffieHellman({ privateKey: x448a.privateKey, publicKey: x448b.publicKey });
console.log(t1.length, t1.equals(crypto.diffieHellman({ privateKey: x448b.privateKey, publicKey: x448a.publicKey })));
const ec = read('ec_private.pem');
const other = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
attempt(() => crypto.diffieHellman({ privateKey: ec, publicKey: other.publicKey }).length);
attempt(() => crypto.diffieHellman({ privateKey: ec, publicKey: crypto.createPublicKey(read('x25519_private.pem')) }));
attempt(() => crypto.diffieHellman({ privateKey: read('ed25519_private.pem'), publicKey: crypto.createPublicKey(read('ed25519_private.pem')) }));
attempt(() => crypto.diffieHellman({ privateKey: crypto.createPublicKey(ec), publicKey: ec }));
attempt(() => crypto.diffieHellman({ privateKey: 1, publicKey: ec }));
attempt(() => crypto.diffieHellman({ privateKey: ec }));
attempt(() => crypto.diffieHellman());
