// randomInt: bounds, the async form and Node's checks.
const crypto = require('crypto');
let ok = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(10);
  if (n < 0 || n >= 10 || !Number.isInteger(n)) ok = false;
  seen.add(n);
  const m = crypto.randomInt(-5, -2);
  if (m < -5 || m >= -2) ok = false;
}
console.log(ok, seen.size);
console.log(crypto.randomInt(0, 1), crypto.randomInt(7, 8));
const big = crypto.randomInt(2 ** 48 - 1);
console.log(big >= 0 && big < 2 ** 48 - 1);
const wide = crypto.randomInt(-(2 ** 47), 2 ** 47 - 1);
console.log(wide >= -(2 ** 47) && wide < 2 ** 47 - 1);
crypto.randomInt(5, (err, n) => console.log('async', err, n >= 0 && n < 5));
crypto.randomInt(5, 6, (err, n) => console.log('async2', err, n));
function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(`${e.name} ${e.code} ${e.message}`); }
}
t(() => crypto.randomInt(10, 5));
t(() => crypto.randomInt(5, 5));
t(() => crypto.randomInt(0));
t(() => crypto.randomInt(2 ** 48));
t(() => crypto.randomInt(-1, 2 ** 48));
t(() => crypto.randomInt(1.5));
t(() => crypto.randomInt('10'));
t(() => crypto.randomInt(1, 'x'));
t(() => crypto.randomInt(-(2 ** 53), 0));
t(() => crypto.randomInt(1, 10, 'cb'));
t(() => crypto.randomInt());
console.log('sync done');
