// AES error paths: key lengths, IV sizes, tag lengths, authentication failure, usages.
const { subtle } = globalThis.crypto;
const show = (p) => p.then((v) => console.log('ok', v instanceof ArrayBuffer ? Buffer.from(v).toString('hex') : v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  await show(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']));
  await show(subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']));
  await show(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']));
  await show(subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['encrypt']));
  await show(subtle.importKey('raw', new Uint8Array(15), 'AES-CBC', true, ['encrypt']));
  await show(subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']));
  await show(subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, []));
  const key = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['encrypt']);
  await show(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, key, new Uint8Array(4)));
  await show(subtle.encrypt({ name: 'AES-CBC' }, key, new Uint8Array(4)));
  await show(subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, key, new Uint8Array(16)));
  await show(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, new Uint8Array(4)));
  const gcm = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt', 'decrypt']);
  await show(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 100 }, gcm, new Uint8Array(4)));
  await show(subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(20)));
  await show(subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(8)));
  const cbc = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['decrypt']);
  await show(subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new Uint8Array(16)));
  const ctr = await subtle.importKey('raw', new Uint8Array(16), 'AES-CTR', true, ['encrypt']);
  await show(subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 0 }, ctr, new Uint8Array(4)));
  await show(subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(15), length: 64 }, ctr, new Uint8Array(4)));
})();
