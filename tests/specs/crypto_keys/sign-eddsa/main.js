// Ed25519/Ed448 one-shot signatures are deterministic; algorithm null or undefined; async form.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const key = crypto.createPrivateKey(read('ed25519_private.pem'));
const pub = crypto.createPublicKey(read('ed25519_public.pem'));
const sig = crypto.sign(null, Buffer.from('message'), key);
console.log(sig.toString('hex'));
console.log(crypto.sign(undefined, 'message', read('ed25519_private.pem')).equals(sig));
console.log(crypto.verify(null, Buffer.from('message'), pub, sig));
console.log(crypto.verify(null, Buffer.from('messagE'), pub, sig));
const ed448 = crypto.createPrivateKey(read('ed448_private.pem'));
const sig448 = crypto.sign(null, Buffer.from('message'), ed448);
console.log(sig448.length, sig448.toString('base64'));
console.log(crypto.verify(null, Buffer.from('message'), crypto.createPublicKey(ed448), sig448));
try {
  crypto.sign('sha256', Buffer.from('message'), key);
} catch (e) {
  console.log(e.code, e.message, e.library, e.reason);
}
try {
  crypto.createSign('sha256').update('x').sign(key);
} catch (e) {
  console.log(e.code, e.message);
}
crypto.sign(null, Buffer.from('message'), key, (err, signature) => {
  console.log('async', err, signature.equals(sig));
  crypto.verify(null, Buffer.from('message'), pub, signature, (err, ok) => console.log('async verify', err, ok));
});
