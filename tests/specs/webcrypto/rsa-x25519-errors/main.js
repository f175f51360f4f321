// RSA-OAEP and X25519 error paths; JWK members converted to strings as Web IDL does.
const { subtle } = globalThis.crypto;
const show = (p) => p.then((v) => console.log('ok', v.type ?? v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  await show(subtle.importKey('spki', await subtle.exportKey('spki', rsa.publicKey), { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']));
  await show(subtle.importKey('spki', await subtle.exportKey('spki', rsa.publicKey), { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['decrypt']));
  const x = await subtle.generateKey('X25519', true, ['deriveBits']);
  await show(subtle.importKey('spki', await subtle.exportKey('spki', x.publicKey), 'X25519', true, ['deriveBits']));
  await show(subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, 'X25519', true, []));
  await show(subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519', x: 'AAAA' }, 'X25519', true, []));
  await show(subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, { name: 'ECDH', namedCurve: 'P-256' }, true, []));
  await show(subtle.importKey('jwk', { kty: 'RSA', n: 'AAAA', e: 'AQAB' }, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']));
  await show(subtle.encrypt({ name: 'RSA-OAEP' }, rsa.publicKey, new Uint8Array(200)));
  await show(subtle.decrypt({ name: 'RSA-OAEP' }, rsa.privateKey, new Uint8Array(5)));
  await show(subtle.exportKey('raw', rsa.publicKey));
  await show(subtle.exportKey('spki', rsa.privateKey));
  await show(subtle.deriveBits({ name: 'X25519', public: x.privateKey }, x.privateKey, 8));
  await show(subtle.importKey('jwk', { kty: 'RSA', n: 'AAAA', e: 'AQAB', d: 'AAAA', p: 'AA', q: 'AA', dp: 'AA', dq: 'AA', qi: 'AA' }, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['decrypt']));
  await show(subtle.importKey('jwk', { kty: 'RSA', n: 5, e: 'AQAB' }, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']));
})();
