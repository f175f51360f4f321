// Ed25519: RFC 8032 test vector 1 (jwk import), sign/verify, raw/spki/pkcs8/jwk export and
// re-import, generateKey.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
(async () => {
  const d = b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
  const x = b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x, d }, 'Ed25519', true, ['sign']);
  const pub = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, { name: 'Ed25519' }, true, ['verify']);
  console.log(priv.type, JSON.stringify(priv.algorithm), priv.usages, pub.type, pub.usages);
  const sig = await subtle.sign('Ed25519', priv, new Uint8Array(0));
  console.log(hex(sig));
  console.log(await subtle.verify('Ed25519', pub, sig, new Uint8Array(0)));
  console.log(await subtle.verify('Ed25519', pub, sig, new Uint8Array(1)));
  console.log(hex(await subtle.exportKey('raw', pub)));
  console.log(hex(await subtle.exportKey('spki', pub)));
  console.log(hex(await subtle.exportKey('pkcs8', priv)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', priv)));
  console.log(JSON.stringify(await subtle.exportKey('jwk', pub)));
  const raw = await subtle.importKey('raw', Buffer.from(x, 'base64url'), 'Ed25519', false, ['verify']);
  console.log(await subtle.verify('Ed25519', raw, sig, new Uint8Array(0)));
  const spki = await subtle.importKey('spki', await subtle.exportKey('spki', pub), 'Ed25519', true, ['verify']);
  const pkcs8 = await subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', priv), 'Ed25519', true, ['sign']);
  console.log(hex(await subtle.sign('Ed25519', pkcs8, Buffer.from('abc'))), await subtle.verify('Ed25519', spki, await subtle.sign('Ed25519', pkcs8, Buffer.from('abc')), Buffer.from('abc')));
  const { publicKey, privateKey } = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  console.log(publicKey.usages, privateKey.usages, publicKey.extractable, privateKey.extractable, JSON.stringify(publicKey.algorithm));
  const s2 = await subtle.sign('Ed25519', privateKey, Buffer.from('m'));
  console.log(s2.byteLength, await subtle.verify('Ed25519', publicKey, s2, Buffer.from('m')));
})();
