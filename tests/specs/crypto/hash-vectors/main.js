// Known digests of "abc" and "" for the common algorithms.
const crypto = require('crypto');
for (const name of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224',
  'sha512-256', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256',
  'ripemd160', 'blake2b512', 'blake2s256', 'SHA256', 'RSA-SHA1']) {
  console.log(name, crypto.createHash(name).update('abc').digest('hex'));
  console.log(name, crypto.createHash(name).digest('hex'));
}
