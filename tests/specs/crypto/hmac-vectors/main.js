// RFC 4231 and RFC 2202 HMAC test vectors, with every kind of key.
const crypto = require('crypto');
const key1 = Buffer.alloc(20, 0x0b);
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key1).update('Hi There').digest('hex'));
  console.log(alg, crypto.createHmac(alg, 'Jefe').update('what do ya want for nothing?').digest('hex'));
  console.log(alg, crypto.createHmac(alg, Buffer.alloc(131, 0xaa))
    .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
}
console.log('md5', crypto.createHmac('md5', Buffer.alloc(16, 0x0b)).update('Hi There').digest('hex'));
console.log('sha1', crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex'));
const keys = [
  'Jefe', Buffer.from('Jefe'), new Uint8Array(Buffer.from('Jefe')), new Uint8Array(Buffer.from('Jefe')).buffer,
  new DataView(new Uint8Array(Buffer.from('Jefe')).buffer),
];
for (const key of keys) {
  console.log(crypto.createHmac('sha256', key).update('what do ya want for nothing?').digest('base64'));
}
console.log(crypto.createHmac('sha256', '4a656665', { encoding: 'hex' }).update('what do ya want for nothing?').digest('base64'));
console.log('empty key', crypto.createHmac('sha256', '').update('x').digest('hex'));
console.log('empty key buffer', crypto.createHmac('sha1', Buffer.alloc(0)).digest('hex'));
console.log(crypto.createHmac('sha3-256', 'k').update('abc').digest('hex'));
console.log(crypto.createHmac('sha256', 'k').update('6162', 'hex').update('c').digest('base64url'));
