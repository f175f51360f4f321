// Garbage PEM and DER never crash: Node's OpenSSL errors (code, library, reason, stack).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
function attempt(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`, e.library, e.reason, e.opensslErrorStack);
  }
}
const pem = fs.readFileSync(path.join(__dirname, 'rsa_public.pem'), 'utf8');
attempt(() => crypto.createPrivateKey('garbage'));
attempt(() => crypto.createPublicKey('garbage'));
attempt(() => crypto.createPublicKey(''));
attempt(() => crypto.createPrivateKey(pem));
attempt(() => crypto.createPublicKey(pem.replace('MIGf', 'MIGg')));
attempt(() => crypto.createPublicKey(pem.slice(0, 100)));
attempt(() => crypto.createPrivateKey({ key: Buffer.from('garbage'), format: 'der', type: 'pkcs8' }));
attempt(() => crypto.createPrivateKey({ key: Buffer.alloc(0), format: 'der', type: 'pkcs1' }));
attempt(() => crypto.createPrivateKey({ key: Buffer.from([0x30, 0x82, 0xff, 0xff, 2, 1, 0]), format: 'der', type: 'sec1' }));
attempt(() => crypto.createPublicKey({ key: Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]), format: 'der', type: 'spki' }));
attempt(() => crypto.createPublicKey({ key: Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]), format: 'der', type: 'pkcs1' }));
attempt(() => crypto.createPublicKey({ key: Buffer.from('x'), format: 'der' }));
attempt(() => crypto.createPublicKey({ key: Buffer.from('x'), format: 'der', type: 'sec1' }));
attempt(() => crypto.createPublicKey({ key: pem, format: 'xml' }));
// Truncations and byte flips of a valid DER key, and pseudo-random bytes.
const der = crypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
let failures = 0;
for (let i = 0; i < 300; i++) {
  const bytes = Buffer.from(der.subarray(0, Math.floor(random() * der.length)));
  if (i % 2) bytes[Math.floor(random() * bytes.length)] ^= 0xff;
  if (i % 3 === 0) for (let j = 0; j < bytes.length; j++) bytes[j] = random() * 256;
  for (const type of ['pkcs1', 'pkcs8', 'sec1']) {
    try { crypto.createPrivateKey({ key: bytes, format: 'der', type }); } catch { failures++; }
  }
  for (const type of ['spki', 'pkcs1']) {
    try { crypto.createPublicKey({ key: bytes, format: 'der', type }); } catch { failures++; }
  }
  try { crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\n' + bytes.toString('base64') + '\n-----END PUBLIC KEY-----\n'); } catch { failures++; }
}
console.log(failures > 0);
console.log('survived');
