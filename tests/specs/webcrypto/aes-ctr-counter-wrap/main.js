// AES-CTR counter blocks whose low length bits wrap around; JWK wrapped with AES-KW (padded).
const { subtle } = globalThis.crypto;
(async () => {
  const kek = await subtle.importKey('raw', Buffer.alloc(16), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const hmac = await subtle.importKey('raw', Buffer.alloc(5, 3), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const w = await subtle.wrapKey('jwk', hmac, kek, 'AES-KW');
  console.log(Buffer.from(w).toString('hex'));
  const u = await subtle.unwrapKey('jwk', w, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(u.algorithm.length);
  const ctr = await subtle.importKey('raw', Buffer.alloc(16), 'AES-CTR', true, ['encrypt']);
  const c = await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.from('fffffffffffffffffffffffffffffffe', 'hex'), length: 4 }, ctr, Buffer.alloc(64, 1));
  console.log(Buffer.from(c).toString('hex'));
  const c2 = await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.from('0000000000000000000000000000000e', 'hex'), length: 2 }, ctr, Buffer.alloc(64, 1)).catch(e => console.log(e.name, e.message));
  const c3 = await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.from('0000000000000000000000000000000e', 'hex'), length: 2 }, ctr, Buffer.alloc(80, 1)).catch(e => console.log(e.name, e.message));
  console.log(c2 && Buffer.from(c2).toString('hex'));
})();
