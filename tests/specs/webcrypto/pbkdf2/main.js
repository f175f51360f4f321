// PBKDF2: deriveBits (RFC 6070 vectors), deriveKey to AES and HMAC, and its errors.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const show = (p) => p.then((v) => console.log('ok', v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  const base = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(JSON.stringify(base.algorithm), base.extractable, base.type, base.usages);
  for (const [hash, iterations] of [['SHA-1', 1], ['SHA-1', 2], ['SHA-256', 4096], ['SHA-512', 10]]) {
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash, salt: Buffer.from('salt'), iterations }, base, 160);
    console.log(hash, iterations, hex(bits));
  }
  const aes = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 10 }, base,
    { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(JSON.stringify(aes.algorithm), hex(await subtle.exportKey('raw', aes)));
  const mac = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 10 }, base,
    { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  console.log(JSON.stringify(mac.algorithm), hex(await subtle.exportKey('raw', mac)));
  await show(subtle.importKey('raw', Buffer.from('p'), 'PBKDF2', true, ['deriveBits']));
  await show(subtle.importKey('raw', Buffer.from('p'), 'PBKDF2', false, ['sign']));
  await show(subtle.importKey('jwk', {}, 'PBKDF2', false, ['deriveBits']));
  await show(subtle.generateKey('PBKDF2', false, ['deriveBits']));
  await show(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('s'), iterations: 0 }, base, 160));
  await show(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('s'), iterations: 1 }, base, 7));
  await show(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('s'), iterations: 1 }, base, null));
  await show(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', iterations: 1 }, base, 8));
  await show(subtle.exportKey('raw', base));
  const only = await subtle.importKey('raw', Buffer.from('p'), 'PBKDF2', false, ['deriveKey']);
  await show(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('s'), iterations: 1 }, only, 8));
  await show(subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('s'), iterations: 1 }, base, { name: 'AES-GCM', length: 100 }, true, ['encrypt']));
})();
