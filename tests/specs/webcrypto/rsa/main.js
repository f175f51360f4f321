// RSASSA-PKCS1-v1_5 (fixed signature), RSA-PSS and RSA-OAEP with a fixed 1024-bit jwk key;
// export formats; generateKey.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const jwk = {"kty":"RSA","n":"vOql2aBCf9DWQXd1_bUoC6XT-SET2OzoXFdyppZTKRnJDAyoFOIGVhJCCbjOHuTEjk7G-exaXXon63uy4Fl91tk_nYS-CpWkgtnHBJgJTk6K2R4I7BSxU8iJSrMdXXLWBvpe3a9D6Nlmmk3DUZPj1PWYgw6M9NunoLkEMIIOoBE","e":"AQAB","d":"aFjXaMBrWrwYTCrW4l74ko5y6g2KL-yTX8XxjvBDWNVkRiKLiJVb2JjXHxWTzF6h7tS2dP9G3pEFkb1OjTsBFQIEmN29mnCFcpqHzsccwQU465c602RrZoX77klu-XLrzP3s7m3x_3zNNfDEtE0-LqFZPGHP2wBZjEOm70AX4m0","p":"8WsIYXPIdwQcRMFy7YrKTRrGhTCUo6tPoDyfN8sOOLcU0M06XYqNVN3HLrV7WDkUDFnR5AaVqD87nQUXkEgGAw","q":"yFPNS1tXzwK1PL0kbNKLX_Sq0Gn_4Y_fGrmelGzjD64QIOKPgRqCg6VBi0BaDk28d1RrUMEpsxUGkbdEg9N_Ww","dp":"bECtWl17t3p9XotMCJ4ihp6KBDE7hYSMyPJGBtOjheT6jYJpOIanRzXHWfeA3peBmOQxzMjzFKV-CrO81DKnlw","dq":"Yn5Ba5GHhLJSJYDhTdfeytjiuwHC20X_bYZh35wBr43nRCPgZpuAG_W-WhbTsECsLweEk_nE5NWrmy0-NIpiDQ","qi":"TyCVdjoI_Tz0UHQF-KhT0E6VGHMoM5r2QKhVj9tZ0ubnmFCiTN37RIoC_ag7j3EFblwBd9UlTbGVx4L-RdjFlA"};
const { d, p, q, dp, dq, qi, ...pubJwk } = jwk;
(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-512']) {
    const alg = { name: 'RSASSA-PKCS1-v1_5', hash };
    const priv = await subtle.importKey('jwk', jwk, alg, true, ['sign']);
    const pub = await subtle.importKey('jwk', pubJwk, alg, true, ['verify']);
    console.log(JSON.stringify(priv.algorithm), priv.algorithm.publicExponent, pub.usages);
    const sig = await subtle.sign('RSASSA-PKCS1-v1_5', priv, Buffer.from('hello'));
    console.log(hex(sig));
    console.log(await subtle.verify('RSASSA-PKCS1-v1_5', pub, sig, Buffer.from('hello')), await subtle.verify('RSASSA-PKCS1-v1_5', pub, sig, Buffer.from('hellO')));
  }
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const priv = await subtle.importKey('jwk', jwk, alg, true, ['sign']);
  const pub = await subtle.importKey('jwk', pubJwk, alg, true, ['verify']);
  console.log(hex(await subtle.exportKey('spki', pub)));
  console.log((await subtle.exportKey('pkcs8', priv)).byteLength);
  console.log(JSON.stringify(await subtle.exportKey('jwk', pub)));
  const priv2 = await subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', priv), alg, true, ['sign']);
  console.log(JSON.stringify(await subtle.exportKey('jwk', priv2)) === JSON.stringify(await subtle.exportKey('jwk', priv)));
  for (const saltLength of [0, 32]) {
    const pss = { name: 'RSA-PSS', hash: 'SHA-256' };
    const pk = await subtle.importKey('jwk', jwk, pss, false, ['sign']);
    const pu = await subtle.importKey('spki', await subtle.exportKey('spki', pub), pss, false, ['verify']);
    const s = await subtle.sign({ name: 'RSA-PSS', saltLength }, pk, Buffer.from('m'));
    console.log(saltLength, s.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, pu, s, Buffer.from('m')));
    if (saltLength === 0) console.log(hex(s));
  }
  const oaep = { name: 'RSA-OAEP', hash: 'SHA-256' };
  const ek = await subtle.importKey('jwk', pubJwk, oaep, true, ['encrypt', 'wrapKey']);
  const dk = await subtle.importKey('jwk', jwk, oaep, true, ['decrypt', 'unwrapKey']);
  console.log(JSON.stringify(await subtle.exportKey('jwk', ek)));
  const c = await subtle.encrypt({ name: 'RSA-OAEP' }, ek, Buffer.from('secret'));
  console.log(c.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP' }, dk, c)).toString());
  const cl = await subtle.encrypt({ name: 'RSA-OAEP', label: Buffer.from('L') }, ek, Buffer.from('secret'));
  console.log(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('L') }, dk, cl)).toString());
  await subtle.decrypt({ name: 'RSA-OAEP' }, dk, cl).catch((e) => console.log(e.name, e.message));
  const aes = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', true, ['encrypt']);
  const w = await subtle.wrapKey('raw', aes, ek, { name: 'RSA-OAEP' });
  const u = await subtle.unwrapKey('raw', w, dk, { name: 'RSA-OAEP' }, 'AES-GCM', true, ['encrypt']);
  console.log(hex(await subtle.exportKey('raw', u)));
  const g = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' }, true, ['encrypt', 'decrypt']);
  console.log(JSON.stringify(g.publicKey.algorithm), g.publicKey.usages, g.privateKey.usages);
  const g2 = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-384' }, false, ['sign', 'verify']);
  console.log(JSON.stringify(g2.privateKey.algorithm), g2.publicKey.extractable, g2.privateKey.extractable);
})();
