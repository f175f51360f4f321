// crypto.subtle.digest for SHA-1/256/384/512 and its errors.
const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const r = await crypto.subtle.digest(alg, new TextEncoder().encode('abc'));
    console.log(JSON.stringify(alg), r instanceof ArrayBuffer, hex(r));
  }
  console.log(hex(await crypto.subtle.digest('SHA-256', new ArrayBuffer(0))));
  console.log(hex(await crypto.subtle.digest('SHA-1', new DataView(new ArrayBuffer(3)))));
  console.log(hex(await require('crypto').webcrypto.subtle.digest('SHA-1', Buffer.from('x'))));
  for (const f of [
    () => crypto.subtle.digest('MD5', new Uint8Array(1)),
    () => crypto.subtle.digest('SHA3-256', new Uint8Array(1)),
    () => crypto.subtle.digest({}, new Uint8Array(1)),
    () => crypto.subtle.digest(1, new Uint8Array(1)),
    () => crypto.subtle.digest('SHA-256', 'abc'),
    () => crypto.subtle.digest('SHA-256'),
    () => crypto.subtle.digest(),
    () => crypto.subtle.digest.call({}, 'SHA-1', new Uint8Array(1)),
  ]) {
    const p = f();
    console.log(p instanceof Promise);
    await p.then(() => console.log('resolved'), (e) => console.log(e.name, e.code, e.message));
  }
})();
