// util.promisify turns callback APIs into promise APIs.
const util = require('util');
function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fail(cb) { cb(new Error('failed')); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom result');
const pAdd = util.promisify(add);
console.log(pAdd.name, typeof pAdd);
console.log(util.promisify(custom) === custom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
(async () => {
  console.log(await pAdd(2, 3));
  try { await util.promisify(fail)(); } catch (e) { console.log('rejected:', e.message); }
  console.log(await util.promisify(custom)());
  try { util.promisify(42); } catch (e) { console.log(e.code); }
})();
