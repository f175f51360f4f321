const assert = require('assert');
for (const [a, b] of [[1, 2], ['a', 'b'], [NaN, 'NaN'], [true, false], [123456, 123457]]) {
  try { assert.strictEqual(a, b); } catch (err) { console.log(err.message); }
}
