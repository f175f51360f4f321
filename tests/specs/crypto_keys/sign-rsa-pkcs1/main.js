// RSA PKCS#1 v1.5 signatures of a fixed key are deterministic: Sign/Verify objects, streams,
// encodings and one-shot sign/verify give the same bytes.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8');
const privatePem = read('rsa_private.pem');
const publicPem = read('rsa_public.pem');
for (const algorithm of ['sha256', 'SHA512', 'sha1', 'RSA-SHA256', 'sha3-256']) {
  const sign = crypto.createSign(algorithm);
  sign.update('hello ');
  sign.update(Buffer.from('world'));
  const signature = sign.sign(privatePem, 'hex');
  console.log(algorithm, signature);
  const verify = crypto.createVerify(algorithm);
  verify.update('hello world');
  console.log(verify.verify(publicPem, signature, 'hex'));
}
const key = crypto.createPrivateKey(privatePem);
const oneShot = crypto.sign('sha256', Buffer.from('hello world'), key);
console.log(oneShot.toString('base64'));
console.log(crypto.verify('sha256', Buffer.from('hello world'), crypto.createPublicKey(publicPem), oneShot));
console.log(crypto.verify('sha256', Buffer.from('hello world!'), publicPem, oneShot));
console.log(crypto.verify('sha256', Buffer.from('hello world'), key, oneShot));
const s = crypto.createSign('sha256');
s.update('68656c6c6f', 'hex');
console.log(s.sign({ key: privatePem, padding: crypto.constants?.RSA_PKCS1_PADDING ?? 1 }, 'base64'));
const streamed = crypto.createSign('sha256');
streamed.write('hello ');
streamed.end('world', () => {
  console.log('stream', streamed.sign(key).equals(oneShot));
  crypto.sign('sha256', Buffer.from('hello world'), privatePem, (err, sig) => {
    console.log('async sign', err, sig.equals(oneShot));
    crypto.verify('sha256', Buffer.from('hello world'), publicPem, sig, (err, ok) => {
      console.log('async verify', err, ok);
    });
  });
});
