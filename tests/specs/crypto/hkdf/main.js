// HKDF: RFC 5869 vectors, key kinds, the async form and the errors.
const crypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const r = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(r instanceof ArrayBuffer, hex(r));
console.log(hex(crypto.hkdfSync('sha256', ikm, '', '', 42)));
console.log(hex(crypto.hkdfSync('sha1', Buffer.alloc(22, 0x0b), salt, info, 42)));
console.log(hex(crypto.hkdfSync('sha512', 'secret', 'salt', 'info', 16)));
console.log(hex(crypto.hkdfSync('sha256', '', 'salt', 'info', 16)));
console.log(hex(crypto.hkdfSync('sha256', new Uint8Array(4).buffer, new Uint8Array(2), new DataView(new ArrayBuffer(1)), 8)));
console.log(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
crypto.hkdf('sha256', 'secret', 'salt', 'info', 16, (err, bits) => console.log('async', err, bits instanceof ArrayBuffer, hex(bits)));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.hkdfSync('nope', 'k', 's', 'i', 10));
t(() => crypto.hkdf('nope', 'k', 's', 'i', 10, () => {}));
t(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t(() => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10));
t(() => crypto.hkdfSync('sha256', 1, 's', 'i', 10));
t(() => crypto.hkdfSync('sha256', 'k', 1, 'i', 10));
t(() => crypto.hkdfSync('sha256', 'k', 's', 1, 10));
t(() => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
t(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
t(() => crypto.hkdfSync(1, 'k', 's', 'i', 10));
t(() => crypto.hkdf('sha256', 'k', 's', 'i', 10));
