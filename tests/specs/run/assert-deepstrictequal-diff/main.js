const assert = require('assert');
try {
  assert.deepStrictEqual({ a: 1, b: { c: [1, 2, 3], d: 'x' } }, { a: 1, b: { c: [1, 2, 4], d: 'x' } });
} catch (err) {
  console.log(err.message);
}
try { assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2, c: 3 }); } catch (err) { console.log(err.message); }
try { assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])); } catch (err) { console.log(err.message); }
