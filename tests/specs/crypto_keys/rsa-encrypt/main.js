// publicEncrypt/privateDecrypt (OAEP with oaepHash and oaepLabel) round trips, and the
// deterministic privateEncrypt/publicDecrypt with PKCS#1 v1.5 padding; errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
const privatePem = read('rsa_private.pem');
const publicPem = read('rsa_public.pem');
const message = Buffer.from('a secret message');
const encrypted = crypto.publicEncrypt(publicPem, message);
console.log(encrypted.length, crypto.privateDecrypt(privatePem, encrypted).toString());
for (const oaepHash of ['sha1', 'sha256', 'sha384']) {
  const c = crypto.publicEncrypt({ key: publicPem, oaepHash, oaepLabel: Buffer.from('label') }, message);
  console.log(oaepHash, crypto.privateDecrypt({ key: privatePem, oaepHash, oaepLabel: Buffer.from('label') }, c).toString());
  attempt(() => crypto.privateDecrypt({ key: privatePem, oaepHash }, c));
}
const signed = crypto.privateEncrypt(privatePem, message);
console.log(signed.toString('hex'));
console.log(crypto.publicDecrypt(publicPem, signed).toString());
console.log(crypto.publicDecrypt(crypto.createPrivateKey(privatePem), signed).toString());
const raw = crypto.publicEncrypt({ key: publicPem, padding: 3 }, Buffer.alloc(128, 1));
console.log(raw.toString('hex'));
console.log(crypto.privateDecrypt({ key: privatePem, padding: 3 }, raw).equals(Buffer.alloc(128, 1)));
const fromString = crypto.publicEncrypt(publicPem, 'plain string');
console.log(crypto.privateDecrypt(privatePem, fromString).toString());
attempt(() => crypto.publicEncrypt({ key: publicPem, encoding: 'hex' }, '00ff'));
attempt(() => crypto.privateDecrypt({ key: privatePem, padding: 1 }, encrypted));
attempt(() => crypto.privateDecrypt(privatePem, Buffer.alloc(128)));
attempt(() => crypto.publicEncrypt(publicPem, Buffer.alloc(200)));
attempt(() => crypto.publicEncrypt({ key: publicPem, oaepHash: 'nope' }, message));
attempt(() => crypto.publicEncrypt({ key: publicPem, oaepHash: 1 }, message));
attempt(() => crypto.publicEncrypt(read('ec_private.pem'), message));
attempt(() => crypto.privateDecrypt(crypto.createPublicKey(publicPem), encrypted));
attempt(() => crypto.publicEncrypt(publicPem, 42));
attempt(() => crypto.privateEncrypt(read('ec_private.pem'), message));
attempt(() => crypto.privateEncrypt({ key: privatePem, padding: 4 }, message));
