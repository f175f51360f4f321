// ECDH (fixed P-256 jwk keys) and X25519 (RFC 7748 vector): deriveBits, truncation, deriveKey,
// generateKey usages.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const a = {"kty":"EC","x":"1u4m8Ri55UsTSWQNWb3NCTKKqIzo4KX_Xhb0L-pOAa4","y":"uFc3NG_OS3y-XiVAdf4HeUZl2D42teB788O0xA20Dmw","crv":"P-256","d":"R6--_gj_1PjZve1VZV-AVwuDrjOn0qHxe0LitloH71c"};
const b = {"kty":"EC","x":"vpxQ7p2onflb8JBz4gOnr48HXW5qru_l3-YXI3aQ_uI","y":"wdh03JT4XNU0QZIYrP5UvE8H6mJ_rKyAXAUKRnJvSl8","crv":"P-256","d":"PoGHu9JENtwz87A2cUTVqa_4WT20hISLJS65bR4K-7Y"};
const show = (p) => p.then((v) => console.log('ok', v instanceof ArrayBuffer ? hex(v) : v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  const alg = { name: 'ECDH', namedCurve: 'P-256' };
  const aPriv = await subtle.importKey('jwk', a, alg, false, ['deriveBits', 'deriveKey']);
  const { d, ...bPub } = b;
  const bPubKey = await subtle.importKey('jwk', bPub, alg, true, []);
  console.log(JSON.stringify(aPriv.algorithm), aPriv.usages, bPubKey.usages);
  console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPubKey }, aPriv, 256)));
  console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPubKey }, aPriv, 128)));
  console.log(hex(await subtle.deriveBits({ name: 'ECDH', public: bPubKey }, aPriv, null)));
  const k = await subtle.deriveKey({ name: 'ECDH', public: bPubKey }, aPriv, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(hex(await subtle.exportKey('raw', k)));
  await show(subtle.deriveBits({ name: 'ECDH', public: bPubKey }, aPriv, 264));
  const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
  const xa = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X25519',
    d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') }, 'X25519', true, ['deriveBits']);
  const xb = await subtle.importKey('raw', Buffer.from('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f', 'hex'), { name: 'X25519' }, true, []);
  console.log(JSON.stringify(xa.algorithm), xb.type);
  console.log(hex(await subtle.deriveBits({ name: 'X25519', public: xb }, xa, 256)));
  console.log(hex(await subtle.exportKey('raw', xb)), JSON.stringify(await subtle.exportKey('jwk', xa)));
  const g = await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits']);
  console.log(g.publicKey.usages, g.privateKey.usages, g.publicKey.extractable);
  const e = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveKey', 'deriveBits']);
  console.log(JSON.stringify(e.publicKey.algorithm), e.privateKey.usages);
  const s1 = await subtle.deriveBits({ name: 'ECDH', public: e.publicKey }, e.privateKey, 384);
  console.log(s1.byteLength);
  await show(subtle.deriveBits({ name: 'ECDH', public: xb }, aPriv, 256));
  await show(subtle.deriveBits({ name: 'ECDH', public: aPriv }, aPriv, 256));
  await show(subtle.deriveBits({ name: 'ECDH', public: e.publicKey }, aPriv, 256));
})();
