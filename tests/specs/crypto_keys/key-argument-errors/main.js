// Key inputs of the wrong type or kind: Node's ERR_INVALID_ARG_TYPE and
// ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE errors, and option errors of sign/verify and export.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(`${e.name} ${e.code}: ${e.message}`); }
}
const priv = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'rsa_private.pem')));
const ec = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'ec_private.pem')));
const pub = crypto.createPublicKey(priv);
const secret = crypto.createSecretKey(Buffer.alloc(16));
attempt(() => crypto.createPrivateKey(1));
attempt(() => crypto.createPrivateKey(priv));
attempt(() => crypto.createPrivateKey({ key: 1 }));
attempt(() => crypto.createPrivateKey({ key: priv }));
attempt(() => crypto.createPublicKey(1));
attempt(() => crypto.createPublicKey({ key: 1 }));
attempt(() => crypto.createPublicKey(pub));
attempt(() => crypto.createPublicKey(secret));
attempt(() => crypto.createPublicKey({ key: 'x', format: 'der', type: 'pkcs9' }));
attempt(() => crypto.createPrivateKey({ key: 'x', format: 'der', type: 'spki' }));
attempt(() => crypto.createPrivateKey({ key: 'x', format: 'der' }));
attempt(() => crypto.createPrivateKey({ key: 'x', passphrase: 1 }));
attempt(() => crypto.sign('sha256', Buffer.from('x'), pub));
attempt(() => crypto.sign('sha256', Buffer.from('x'), secret));
attempt(() => crypto.sign('sha256', Buffer.from('x')));
attempt(() => crypto.sign('sha256', 1, priv));
attempt(() => crypto.sign(1, Buffer.from('x'), priv));
attempt(() => crypto.sign('nope', Buffer.from('x'), priv));
attempt(() => crypto.sign('sha256', Buffer.from('x'), { key: priv, padding: 1.5 }));
attempt(() => crypto.sign('sha256', Buffer.from('x'), { key: priv, saltLength: 'x' }));
attempt(() => crypto.sign('sha256', Buffer.from('x'), priv, 'callback'));
attempt(() => crypto.verify('sha256', Buffer.from('x'), pub, 'sig'));
attempt(() => crypto.verify('sha256', Buffer.from('x'), secret, Buffer.alloc(1)));
attempt(() => crypto.createSign('nope'));
attempt(() => crypto.createSign(1));
attempt(() => crypto.createSign('sha256').sign());
attempt(() => crypto.createSign('sha256').update(1));
attempt(() => crypto.createSign('sha256').update('zz', 'hex').sign(priv).length);
attempt(() => crypto.createSign('sha256').update('x').sign(pub));
attempt(() => { const s = crypto.createSign('sha256'); s.sign(priv); return s.sign(priv); });
attempt(() => { const s = crypto.createSign('sha256'); s.sign(priv); return s.update('x'); });
attempt(() => crypto.createVerify('sha256').verify(pub, 1));
attempt(() => pub.export({ format: 'pem' }));
attempt(() => pub.export({ format: 'pem', type: 'pkcs8' }));
attempt(() => pub.export({ type: 'spki' }));
attempt(() => priv.export({ format: 'pem', type: 'sec1' }));
attempt(() => ec.export({ format: 'pem', type: 'pkcs1' }));
attempt(() => priv.export({ format: 'foo', type: 'pkcs8' }));
attempt(() => priv.export({ format: 'pem', type: 'pkcs8', cipher: 1, passphrase: 'x' }));
attempt(() => priv.export(1));
attempt(() => priv.equals(pub));
attempt(() => pub.equals(secret));
console.log(priv.type, pub.type, secret.type, priv.symmetricKeySize, secret.asymmetricKeyType);
