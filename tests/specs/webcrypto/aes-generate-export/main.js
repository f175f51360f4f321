// AES generateKey for every mode and length; raw and jwk export and re-import.
const { subtle } = globalThis.crypto;
(async () => {
  for (const name of ['AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW']) {
    for (const length of [128, 192, 256]) {
      const usages = name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] : ['encrypt', 'decrypt'];
      const key = await subtle.generateKey({ name, length }, true, usages);
      const raw = await subtle.exportKey('raw', key);
      const jwk = await subtle.exportKey('jwk', key);
      console.log(name, JSON.stringify(key.algorithm), raw.byteLength, jwk.kty, jwk.alg, jwk.ext, jwk.key_ops, Object.keys(jwk).sort().join());
      const again = await subtle.importKey('jwk', jwk, name, true, usages);
      console.log(Buffer.from(await subtle.exportKey('raw', again)).equals(Buffer.from(raw)));
    }
  }
  const fixed = await subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-GCM', true, ['encrypt']);
  console.log(JSON.stringify(await subtle.exportKey('jwk', fixed)));
})();
