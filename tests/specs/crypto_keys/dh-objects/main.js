// createDiffieHellman / getDiffieHellman: MODP groups, verifyError, fixed private keys give
// fixed public keys and secrets, encodings, errors; 'dh' key pairs with diffieHellman().
const crypto = require('crypto');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const group = crypto.getDiffieHellman(name);
  console.log(name, group.verifyError, group.getPrime().length, group.getGenerator('hex'),
              group.getPrime('hex').slice(-16));
}
const group = crypto.getDiffieHellman('modp2');
console.log(group, Object.keys(group), crypto.createDiffieHellmanGroup === crypto.getDiffieHellman);
const alice = crypto.createDiffieHellman(group.getPrime(), group.getGenerator());
console.log(alice);
alice.setPrivateKey(Buffer.alloc(20, 0x11));
const bob = crypto.createDiffieHellman(group.getPrime('hex'), 'hex', 2);
bob.setPrivateKey('2222222222222222222222222222222222222222', 'hex');
console.log(alice.generateKeys('hex'));
console.log(bob.generateKeys('base64'));
const s1 = alice.computeSecret(bob.getPublicKey());
const s2 = bob.computeSecret(alice.getPublicKey('hex'), 'hex', 'hex');
console.log(s1.length, s1.toString('hex') === s2, s2.slice(0, 32));
console.log(alice.getPrivateKey('hex'), bob.getGenerator());
const random = crypto.createDiffieHellman(group.getPrime());
const pub = random.generateKeys();
console.log(pub.length <= 128, random.computeSecret(alice.getPublicKey()).equals(alice.computeSecret(pub)));
const other = crypto.createDiffieHellman(group.getPrime());
attempt(() => other.getPublicKey());
attempt(() => other.getPrivateKey());
other.setPublicKey(Buffer.from([9]));
console.log(other.getPublicKey('hex'));
for (const [prime, generator] of [[Buffer.from([23]), 5], [Buffer.from('ff', 'hex'), undefined],
                                  [Buffer.from([23]), Buffer.from([5])]]) {
  console.log(crypto.createDiffieHellman(prime, generator).verifyError);
}
console.log(crypto.createDiffieHellman('17', 'hex', '05', 'hex').getGenerator());
attempt(() => crypto.getDiffieHellman('modp3'));
attempt(() => crypto.getDiffieHellman(14));
attempt(() => alice.computeSecret(Buffer.from([1])));
attempt(() => alice.computeSecret(Buffer.alloc(200, 0xff)));
attempt(() => crypto.createDiffieHellman(Buffer.from([23]), 1));
attempt(() => crypto.createDiffieHellman(Buffer.from([23]), Buffer.from([1])));
attempt(() => crypto.createDiffieHellman(10));
attempt(() => crypto.createDiffieHellman(1));
attempt(() => crypto.createDiffieHellman(1.5));
attempt(() => crypto.createDiffieHellman({}));
attempt(() => crypto.createDiffieHellman(Buffer.from([23]), {}));
const a = crypto.generateKeyPairSync('dh', { group: 'modp14' });
const b = crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp14').getPrime() });
console.log(a.privateKey.asymmetricKeyType, a.privateKey.asymmetricKeyDetails, a.publicKey.type);
console.log(crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey })
  .equals(crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey })));
const spki = a.publicKey.export({ type: 'spki', format: 'der' });
console.log(crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(a.publicKey));
attempt(() => crypto.generateKeyPairSync('dh', { group: 'modp14', prime: Buffer.alloc(1) }));
attempt(() => crypto.generateKeyPairSync('dh', { prime: Buffer.alloc(1), primeLength: 1 }));
attempt(() => crypto.generateKeyPairSync('dh', {}));
attempt(() => crypto.generateKeyPairSync('dh', { group: 'x' }));
attempt(() => crypto.generateKeyPairSync('dh', { group: 1 }));
attempt(() => crypto.generateKeyPairSync('dh', { primeLength: 'x' }));
attempt(() => crypto.generateKeyPairSync('dh', { prime: 'x' }));
crypto.generateKeyPair('dh', { group: 'modp5' }, (err, publicKey, privateKey) => {
  console.log('async', err, publicKey.type, privateKey.asymmetricKeyType);
});
