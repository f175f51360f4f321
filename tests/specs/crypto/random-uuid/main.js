// randomUUID: version 4 format, uniqueness, options.
const crypto = require('crypto');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
let ok = true;
for (let i = 0; i < 500; i++) {
  const u = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined);
  if (!re.test(u)) ok = false;
  seen.add(u);
}
console.log(ok, seen.size);
console.log(re.test(crypto.randomUUID({})), re.test(globalThis.crypto.randomUUID()));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.randomUUID(1));
t(() => crypto.randomUUID(null));
t(() => crypto.randomUUID({ disableEntropyCache: 1 }));
t(() => globalThis.crypto.randomUUID.call({}));
