// Ed448 (RFC 8032 blank-message vector) and X448 (RFC 7748 vector): import, sign/verify,
// deriveBits, exports, generateKey, context and raw-size errors.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const show = (p) => p.then((v) => console.log('ok', v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  const d = b64u('6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b');
  const x = b64u('5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180');
  const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x, d }, 'Ed448', true, ['sign']);
  const pub = await subtle.importKey('raw', Buffer.from(x, 'base64url'), { name: 'Ed448' }, true, ['verify']);
  console.log(JSON.stringify(priv.algorithm), priv.usages, pub.usages);
  const sig = await subtle.sign('Ed448', priv, new Uint8Array(0));
  console.log(hex(sig));
  console.log(await subtle.verify({ name: 'Ed448' }, pub, sig, new Uint8Array(0)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', pub)));
  console.log(hex(await subtle.exportKey('spki', pub)));
  await show(subtle.sign({ name: 'Ed448', context: Buffer.from('ctx') }, priv, new Uint8Array(0)));
  await show(subtle.importKey('raw', new Uint8Array(32), 'Ed448', true, ['verify']));
  const xa = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X448',
    d: b64u('9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b'),
    x: b64u('9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0') }, 'X448', false, ['deriveBits']);
  const xb = await subtle.importKey('raw', Buffer.from('3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609', 'hex'), 'X448', true, []);
  console.log(hex(await subtle.deriveBits({ name: 'X448', public: xb }, xa, 448)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', xb)));
  const g = await subtle.generateKey('Ed448', true, ['sign', 'verify']);
  const s = await subtle.sign('Ed448', g.privateKey, Buffer.from('m'));
  console.log(s.byteLength, await subtle.verify('Ed448', g.publicKey, s, Buffer.from('m')));
  const gx = await subtle.generateKey({ name: 'X448' }, true, ['deriveBits']);
  console.log(gx.publicKey.usages, gx.privateKey.usages, (await subtle.exportKey('raw', gx.publicKey)).byteLength);
  await show(subtle.generateKey('X448', true, ['sign']));
})();
