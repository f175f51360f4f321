const assert = require('assert');
for (const value of [new Error('boom'), 'boom', new TypeError(''), { message: 'obj' }, 0, false]) {
  try { assert.ifError(value); console.log('passed'); } catch (err) { console.log(err.message, err.operator, err.actual === value); }
}
assert.ifError(null);
assert.ifError(undefined);
console.log('null and undefined pass');
