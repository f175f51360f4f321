// HMAC: sign/verify with a fixed key (RFC 4231 case 2), all hashes, import/export raw and jwk.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
(async () => {
  const raw = Buffer.from('Jefe');
  const data = Buffer.from('what do ya want for nothing?');
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const key = await subtle.importKey('raw', raw, { name: 'HMAC', hash }, true, ['sign', 'verify']);
    const sig = await subtle.sign('HMAC', key, data);
    console.log(hash, key.algorithm.length, sig instanceof ArrayBuffer, hex(sig));
    console.log(await subtle.verify({ name: 'HMAC' }, key, sig, data));
    console.log(await subtle.verify('HMAC', key, new Uint8Array(sig).fill(1), data));
    console.log(await subtle.verify('HMAC', key, sig.slice(1), data));
    console.log(JSON.stringify(await subtle.exportKey('jwk', key)));
  }
  const key2 = await subtle.importKey('jwk', { kty: 'oct', k: 'SmVmZQ', alg: 'HS256' },
    { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  console.log(key2.extractable, key2.usages, key2.algorithm.length);
  const k3 = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256', length: 32 }, true, ['sign']);
  console.log(k3.algorithm.length);
  await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256', length: 30 }, true, ['sign'])
    .catch((e) => console.log(e.name, e.message));
  const p = subtle.sign('HMAC', k3, data);
  console.log(p instanceof Promise);
})();
