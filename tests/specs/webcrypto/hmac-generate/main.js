// HMAC generateKey: default lengths per hash, explicit length, exported size.
const { subtle } = globalThis.crypto;
(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const key = await subtle.generateKey({ name: 'HMAC', hash: { name: hash } }, true, ['sign']);
    const raw = await subtle.exportKey('raw', key);
    console.log(hash, JSON.stringify(key.algorithm), raw.byteLength, key.usages);
  }
  const key = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 128 }, false, ['verify', 'sign', 'verify']);
  console.log(JSON.stringify(key.algorithm), key.usages, key.extractable);
})();
