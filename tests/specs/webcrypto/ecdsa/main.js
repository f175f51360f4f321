// ECDSA: fixed P-256 jwk key (sign/verify against a fixed signature), generateKey on every curve,
// ieee-p1363 signature sizes, raw/spki/pkcs8/jwk export and re-import.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const jwk = {"kty":"EC","x":"1u4m8Ri55UsTSWQNWb3NCTKKqIzo4KX_Xhb0L-pOAa4","y":"uFc3NG_OS3y-XiVAdf4HeUZl2D42teB788O0xA20Dmw","crv":"P-256","d":"R6--_gj_1PjZve1VZV-AVwuDrjOn0qHxe0LitloH71c"};
(async () => {
  const priv = await subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const { d, ...pubJwk } = jwk;
  const pub = await subtle.importKey('jwk', pubJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  console.log(priv.type, JSON.stringify(priv.algorithm), priv.usages, pub.type, pub.usages);
  const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, priv, Buffer.from('hello'));
  console.log(sig.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, Buffer.from('hello')));
  console.log(await subtle.verify({ name: 'ECDSA', hash: 'SHA-384' }, pub, sig, Buffer.from('hello')));
  const raw = await subtle.exportKey('raw', pub);
  console.log(hex(raw));
  console.log(hex(await subtle.exportKey('spki', pub)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', pub)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', priv)));
  const pk8 = await subtle.exportKey('pkcs8', priv);
  const priv2 = await subtle.importKey('pkcs8', pk8, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  const pub2 = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const pub3 = await subtle.importKey('spki', await subtle.exportKey('spki', pub), { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const sig2 = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, priv2, Buffer.from('x'));
  console.log(await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, pub2, sig2, Buffer.from('x')),
              await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, pub3, sig2, Buffer.from('x')));
  for (const namedCurve of ['P-256', 'P-384', 'P-521']) {
    const { publicKey, privateKey } = await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
    const s = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, Buffer.from('m'));
    console.log(namedCurve, JSON.stringify(publicKey.algorithm), publicKey.usages, privateKey.usages, s.byteLength,
                await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, s, Buffer.from('m')),
                (await subtle.exportKey('raw', publicKey)).byteLength);
  }
})();
