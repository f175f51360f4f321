// randomBytes: sizes, the async form, and Node's range and type checks.
const crypto = require('crypto');
for (const n of [0, 1, 16, 1000, 70000]) {
  const b = crypto.randomBytes(n);
  console.log(n, Buffer.isBuffer(b), b.length);
}
console.log(crypto.randomBytes(1.7).length);
console.log(crypto.randomBytes(64).equals(crypto.randomBytes(64)));
crypto.randomBytes(32, function(err, buf) {
  console.log('async', err, buf.length, Buffer.isBuffer(buf));
});
crypto.randomBytes(0, (err, buf) => console.log('async empty', err, buf.length));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.randomBytes(-1));
t(() => crypto.randomBytes('1'));
t(() => crypto.randomBytes(2 ** 31));
t(() => crypto.randomBytes(NaN));
t(() => crypto.randomBytes());
t(() => crypto.randomBytes(1, 'cb'));
console.log('sync done');
