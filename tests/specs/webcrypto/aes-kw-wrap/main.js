// wrapKey/unwrapKey: AES-KW (RFC 3394 vector), raw and jwk formats, AES-GCM wrapping.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
(async () => {
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const key = await subtle.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'), 'AES-CBC', true, ['encrypt', 'decrypt']);
  const wrapped = await subtle.wrapKey('raw', key, kek, 'AES-KW');
  console.log(hex(wrapped));
  const un = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', false, ['decrypt']);
  console.log(un.extractable, un.usages, JSON.stringify(un.algorithm));
  const hmac = await subtle.importKey('raw', Buffer.alloc(24, 3), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const w2 = await subtle.wrapKey('raw', hmac, kek, { name: 'AES-KW' });
  console.log(hex(w2));
  const u2 = await subtle.unwrapKey('raw', w2, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(hex(await subtle.exportKey('raw', u2)));
  const gcm = await subtle.importKey('raw', Buffer.alloc(16, 9), 'AES-GCM', true, ['wrapKey', 'unwrapKey']);
  const iv = Buffer.alloc(12, 1);
  const w3 = await subtle.wrapKey('jwk', hmac, gcm, { name: 'AES-GCM', iv });
  console.log(w3.byteLength);
  const u3 = await subtle.unwrapKey('jwk', w3, gcm, { name: 'AES-GCM', iv }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(JSON.stringify(await subtle.exportKey('jwk', u3)));
  const show = (p) => p.then((v) => console.log('ok', v), (e) => console.log(e.name, e.code, e.message));
  await show(subtle.unwrapKey('raw', new Uint8Array(24), kek, 'AES-KW', 'AES-CBC', true, ['decrypt']));
  await show(subtle.wrapKey('raw', key, key, 'AES-KW'));
  const nx = await subtle.importKey('raw', Buffer.alloc(16), 'AES-CBC', false, ['encrypt']);
  await show(subtle.wrapKey('raw', nx, kek, 'AES-KW'));
})();
