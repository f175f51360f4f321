const assert = require('assert');
const calls = [
  () => assert.throws(() => {}),
  () => assert.throws(() => {}, TypeError, 'must throw'),
  () => assert.throws(() => { throw new RangeError('r'); }, TypeError),
  () => assert.throws(() => { throw new Error('abc'); }, /xyz/),
  () => assert.throws(() => { throw new Error('abc'); }, (e) => false),
  () => assert.throws(() => { throw new Error('foo'); }, 'foo'),
  () => assert.throws(() => { throw new Error('foo'); }, {}),
  () => assert.throws('not a function'),
];
for (const call of calls) {
  try { call(); console.log('passed'); } catch (err) { console.log(`${err.code} [${err.operator}]`, err.message); }
}
assert.throws(() => { throw new TypeError('ok'); }, TypeError);
assert.throws(() => { throw new Error('ok'); }, /ok/);
console.log('matching errors pass');
