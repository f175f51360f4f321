// copy() forks the state; a finalized hash cannot be copied.
const crypto = require('crypto');
const a = crypto.createHash('sha256').update('hello ');
const b = a.copy();
a.update('world');
b.update('there');
console.log(a.digest('hex'));
console.log(b.digest('hex'));
const c = crypto.createHash('sha512').update('x');
const c2 = c.copy();
console.log(c.digest('hex') === c2.digest('hex'));
try { c.copy(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(c2 instanceof crypto.Hash, typeof crypto.Hash);
