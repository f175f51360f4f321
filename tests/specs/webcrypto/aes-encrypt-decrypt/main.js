// AES-CBC/CTR/GCM with fixed keys and IVs: ciphertexts, round trips, GCM AAD and tag lengths.
const { subtle } = globalThis.crypto;
const hex = (b) => Buffer.from(b).toString('hex');
(async () => {
  const pt = Buffer.from('The quick brown fox jumps over the lazy dog');
  for (const bytes of [16, 24, 32]) {
    const raw = Buffer.alloc(bytes).map((_, i) => i);
    const iv = Buffer.alloc(16).map((_, i) => 255 - i);
    const cbc = await subtle.importKey('raw', raw, 'AES-CBC', true, ['encrypt', 'decrypt']);
    const c1 = await subtle.encrypt({ name: 'AES-CBC', iv }, cbc, pt);
    console.log('cbc', bytes, JSON.stringify(cbc.algorithm), hex(c1));
    console.log(Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv }, cbc, c1)).toString());
    const ctr = await subtle.importKey('raw', raw, { name: 'AES-CTR' }, true, ['encrypt', 'decrypt']);
    const c2 = await subtle.encrypt({ name: 'AES-CTR', counter: iv, length: 64 }, ctr, pt);
    console.log('ctr', hex(c2));
    console.log(Buffer.from(await subtle.decrypt({ name: 'AES-CTR', counter: iv, length: 64 }, ctr, c2)).toString());
    const gcm = await subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const c3 = await subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, pt);
    console.log('gcm', c3.byteLength, hex(c3));
    console.log(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12) }, gcm, c3)).toString());
    for (const tagLength of [32, 64, 96, 104, 112, 120, 128]) {
      const c = await subtle.encrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12), additionalData: Buffer.from('aad'), tagLength }, gcm, pt);
      const d = await subtle.decrypt({ name: 'AES-GCM', iv: iv.subarray(0, 12), additionalData: Buffer.from('aad'), tagLength }, gcm, c);
      console.log(tagLength, hex(c).slice(-40), Buffer.from(d).equals(pt));
    }
  }
})();
