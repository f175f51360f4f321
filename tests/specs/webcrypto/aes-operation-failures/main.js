// AES failures inside OpenSSL (empty GCM IV, AES-KW input not a multiple of 8) are OperationErrors.
const { subtle } = globalThis.crypto;
(async () => {
  const gcm = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt']);
  await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(0) }, gcm, new Uint8Array(4)).then((v) => console.log('ok', v.byteLength), (e) => console.log(e.name, e.message));
  const kw = await subtle.importKey('raw', new Uint8Array(16), 'AES-KW', true, ['wrapKey']);
  const k = await subtle.importKey('raw', Buffer.alloc(5), { name: 'HMAC', hash: 'SHA-1' }, true, ['sign']);
  await subtle.wrapKey('raw', k, kw, 'AES-KW').then((v) => console.log('ok', v.byteLength), (e) => console.log(e.name, e.message));
})();
