// scrypt: RFC 7914 vectors, option aliases, the async form and the errors.
const crypto = require('crypto');
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 32).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 2 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex'));
console.log(crypto.scryptSync(Buffer.from('pw'), new Uint8Array(4), 0).length);
crypto.scrypt('password', 'salt', 16, (err, key) => console.log('async', err, key.toString('hex')));
crypto.scrypt('password', 'salt', 16, { N: 32 }, (err, key) => console.log('async opts', err, key.toString('hex')));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.scryptSync('a', 'b', 16, { N: 3 }));
t(() => crypto.scrypt('a', 'b', 16, { N: 3 }, () => {}));
t(() => crypto.scryptSync('a', 'b', 16, { N: 2 ** 20 }));
t(() => crypto.scryptSync('a', 'b', 16, { N: 16, maxmem: 1024 }));
t(() => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 }));
t(() => crypto.scryptSync('a', 'b', 16, { r: 1, blockSize: 1 }));
t(() => crypto.scryptSync('a', 'b', 16, { p: 1, parallelization: 1 }));
t(() => crypto.scryptSync('a', 'b', 16, { N: -1 }));
t(() => crypto.scryptSync('a', 'b', 16, { maxmem: -1 }));
t(() => crypto.scryptSync('a', 'b', -1));
t(() => crypto.scryptSync(1, 'b', 16));
t(() => crypto.scrypt('a', 'b', 16));
