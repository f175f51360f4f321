const assert = require('assert');
const pairs = [['hello world foo bar', 'hello world foo baz'], ['abXdefghijklmnop', 'abYdefghijklmnop'],
  ['Xbcdefghijklmnop', 'Ybcdefghijklmnop'], [12345678901234, 12345678901235], ['a'.repeat(38), 'a'.repeat(37) + 'b'], [0, -0]];
for (const [a, b] of pairs) {
  try { assert.strictEqual(a, b); } catch (err) { console.log(err.message); console.log('--'); }
}
