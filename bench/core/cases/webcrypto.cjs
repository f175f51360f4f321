// Web Crypto: 20,000 HMAC-SHA-256 signs of 1 KiB, 20,000 AES-GCM encrypts of 1 KiB, 2,000
// ECDSA P-256 sign+verify pairs, 500 Ed25519 key pairs, PBKDF2 with 100,000 iterations x 8.
// Each phase keeps 64 operations in flight. Prints the time per phase.
const { subtle } = globalThis.crypto;
const data = new Uint8Array(1024).fill(7);

async function phase(name, count, op) {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await op();
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  console.log(`${name}: ${(performance.now() - start).toFixed(0)} ms`);
}

(async () => {
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await phase('hmac sign x20000', 20000, () => subtle.sign('HMAC', hmac, data));
  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = new Uint8Array(12);
  await phase('aes-gcm encrypt x20000', 20000,
              () => subtle.encrypt({ name: 'AES-GCM', iv }, aes, data));
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false,
                                      ['sign', 'verify']);
  const alg = { name: 'ECDSA', hash: 'SHA-256' };
  await phase('ecdsa sign+verify x2000', 2000, async () => {
    const sig = await subtle.sign(alg, ec.privateKey, data);
    await subtle.verify(alg, ec.publicKey, sig, data);
  });
  await phase('ed25519 generateKey x500', 500,
              () => subtle.generateKey('Ed25519', false, ['sign', 'verify']));
  const base = await subtle.importKey('raw', data.subarray(0, 16), 'PBKDF2', false,
                                      ['deriveBits']);
  await phase('pbkdf2 100k iterations x8', 8, () => subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: data.subarray(0, 16), iterations: 100000 },
    base, 256));
})();
