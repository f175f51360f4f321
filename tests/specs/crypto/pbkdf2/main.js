// PBKDF2: RFC 6070 vectors (HMAC-SHA1), other digests, the async form and the errors.
const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 64, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync(Buffer.from('password'), new Uint8Array(Buffer.from('salt')), 10, 32, 'SHA256').toString('hex'));
console.log(crypto.pbkdf2Sync('', '', 1, 10, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256').length);
crypto.pbkdf2('password', 'salt', 4096, 32, 'sha256', (err, key) => {
  console.log('async', err, Buffer.isBuffer(key), key.toString('hex'));
});
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
t(() => crypto.pbkdf2('a', 'b', 1, 10, 'nope', () => {}));
t(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
t(() => crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 2 ** 31, 'sha1'));
t(() => crypto.pbkdf2Sync('a', 'b', 1, 1));
t(() => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'));
t(() => crypto.pbkdf2Sync('a', {}, 1, 1, 'sha1'));
t(() => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'));
t(() => crypto.pbkdf2('a', 'b', 1, 1, () => {}));
