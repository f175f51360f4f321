// ChaCha20-Poly1305: the RFC 8439 section 2.8.2 vector, round trip and tag checks.
const crypto = require('crypto');
const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const nonce = Buffer.from('070000004041424344454647', 'hex');
const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const pt = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
const c = crypto.createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
c.setAAD(aad, { plaintextLength: Buffer.byteLength(pt) });
const ct = Buffer.concat([c.update(pt, 'utf8'), c.final()]);
console.log(ct.toString('hex'));
console.log(c.getAuthTag().toString('hex'));
const d = crypto.createDecipheriv('chacha20-poly1305', key, nonce);
d.setAAD(aad);
d.setAuthTag(c.getAuthTag());
console.log(d.update(ct, undefined, 'utf8') + d.final('utf8'));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => { const x = crypto.createDecipheriv('chacha20-poly1305', key, nonce); x.setAuthTag(Buffer.alloc(16)); x.update(ct); x.final(); });
t(() => { const x = crypto.createDecipheriv('chacha20-poly1305', key, nonce); x.setAuthTag(Buffer.alloc(12)); });
t(() => crypto.createCipheriv('chacha20-poly1305', key, Buffer.alloc(13)));
t(() => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(16), nonce));
const short = crypto.createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 8 });
short.update('x');
short.final();
console.log(short.getAuthTag().length);
