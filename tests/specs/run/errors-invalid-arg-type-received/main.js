const path = require('path');
class Foo {}
const values = [5, 'a string that is longer than twenty-eight chars', "it's", null, undefined, true, Symbol('s'), 10n,
  {}, [], new Foo(), Object.create(null), function named() {}, () => {}, -0, NaN];
for (const value of values) {
  try { path.basename(value); } catch (err) { console.log(err.message); }
}
