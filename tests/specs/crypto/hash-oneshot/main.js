// crypto.hash(algorithm, data[, outputEncoding]).
const crypto = require('crypto');
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'base64'));
console.log(crypto.hash('md5', new Uint8Array([97, 98, 99]), 'base64url'));
console.log(crypto.hash('sha512', '', 'buffer'));
console.log(crypto.hash('sha1', 'abc', 'BUFFER'));
console.log(crypto.hash('md5', 'abc', 'latin1').length);
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.hash('nope', 'abc'));
t(() => crypto.hash(1, 'abc'));
t(() => crypto.hash('sha1', 1));
t(() => crypto.hash('sha1', 'abc', 'bogus'));
t(() => crypto.hash('sha1', 'abc', 1));
