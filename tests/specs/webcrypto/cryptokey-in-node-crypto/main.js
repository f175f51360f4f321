// node:crypto functions take a CryptoKey wherever they take a KeyObject.
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;
(async () => {
  const hmac = await subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(crypto.createHmac('sha256', hmac).update('x').digest('hex'));
  const aes = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-CBC', true, ['encrypt']);
  const c = crypto.createCipheriv('aes-128-cbc', aes, Buffer.alloc(16));
  console.log(Buffer.concat([c.update('hello'), c.final()]).toString('hex'));
  const ed = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A' }, 'Ed25519', true, ['sign']);
  const sig = crypto.sign(null, Buffer.from('abc'), ed);
  console.log(sig.toString('hex'));
  console.log(crypto.verify(null, Buffer.from('abc'), crypto.createPublicKey(ed), sig));
  try { crypto.createHmac('sha256', ed); } catch (e) { console.log(e.name, e.code, e.message); }
})();
