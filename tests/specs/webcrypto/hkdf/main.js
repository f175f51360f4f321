// HKDF: deriveBits (RFC 5869 vectors), deriveKey, zero length, errors.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
const show = (p) => p.then((v) => console.log('ok', v instanceof ArrayBuffer ? hex(v) : v), (e) => console.log(e.name, e.code, e.message));
(async () => {
  const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
  const base = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits', 'deriveKey']);
  console.log(JSON.stringify(base.algorithm), base.usages);
  const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex') }, base, 42 * 8);
  console.log(hex(bits));
  console.log(hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-1', salt: new Uint8Array(0), info: new Uint8Array(0) }, base, 256)));
  await show(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) }, base, 0));
  const key = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-384', salt: Buffer.from('s'), info: Buffer.from('i') }, base, { name: 'AES-CTR', length: 128 }, true, ['encrypt']);
  console.log(JSON.stringify(key.algorithm), hex(await subtle.exportKey('raw', key)));
  await show(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) }, base, 255 * 32 * 8 + 8));
  await show(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0) }, base, 8));
  await show(subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) }, base, 12));
  await show(subtle.importKey('raw', ikm, 'HKDF', true, ['deriveBits']));
  await show(subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new Uint8Array(0) }, base, 'HKDF', false, ['deriveBits']));
})();
