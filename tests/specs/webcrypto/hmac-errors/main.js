// HMAC error paths: usages, algorithms, arguments, extractability.
const { subtle } = globalThis.crypto;
const show = (p) => p.then((v) => console.log('ok', v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  await show(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, []));
  await show(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']));
  await show(subtle.generateKey({ name: 'HMAC' }, true, ['sign']));
  await show(subtle.generateKey({ name: 'HMAC', hash: 'MD5' }, true, ['sign']));
  await show(subtle.generateKey({ name: 'NOPE' }, true, ['sign']));
  await show(subtle.generateKey({ hash: 'SHA-256' }, true, ['sign']));
  await show(subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await show(subtle.importKey('spki', new Uint8Array(4), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await show(subtle.importKey('raw', 'abc', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await show(subtle.importKey('jwk', { kty: 'RSA' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await show(subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: 'HS512' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  const key = await subtle.importKey('raw', Buffer.from('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  await show(subtle.sign('HMAC', key, Buffer.from('x')));
  await show(subtle.exportKey('raw', key));
  await show(subtle.exportKey('pkcs8', key));
  await show(subtle.sign('HMAC', {}, Buffer.from('x')));
  await show(subtle.sign('HMAC', key));
  await show(subtle.verify('HMAC', key, 'sig', Buffer.from('x')));
  await show(subtle.sign('AES-GCM', key, Buffer.from('x')));
})();
