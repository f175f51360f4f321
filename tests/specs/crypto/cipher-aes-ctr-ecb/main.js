// AES-CTR and AES-ECB: NIST SP 800-38A vectors and round trips.
const crypto = require('crypto');
const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const pt = Buffer.from('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex');
const ctr = crypto.createCipheriv('aes-128-ctr', key, Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex'));
console.log(ctr.update(pt.subarray(0, 5)).toString('hex'), ctr.update(pt.subarray(5)).toString('hex'), ctr.final().length);
const ecb = crypto.createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
console.log(ecb.update(pt).toString('hex'), ecb.final().length);
const ecbPad = crypto.createCipheriv('aes-128-ecb', key, Buffer.alloc(0));
console.log(Buffer.concat([ecbPad.update('hello'), ecbPad.final()]).toString('hex'));
for (const name of ['aes-192-ctr', 'aes-256-ctr', 'aes-192-ecb', 'aes-256-ecb']) {
  const len = name.includes('192') ? 24 : 32;
  const k = Buffer.alloc(len, 3);
  const iv = name.endsWith('ctr') ? Buffer.alloc(16, 9) : null;
  const e = crypto.createCipheriv(name, k, iv);
  const ct = Buffer.concat([e.update('counter mode text of odd length!!'), e.final()]);
  const d = crypto.createDecipheriv(name, k, iv);
  console.log(name, ct.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString());
}
