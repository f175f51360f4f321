const assert = require('assert');
const calls = [
  () => assert.doesNotThrow(() => { throw new Error('boom'); }),
  () => assert.doesNotThrow(() => { throw new Error('boom'); }, 'custom'),
  () => assert.doesNotThrow(() => { throw new TypeError('boom'); }, TypeError),
  () => assert.doesNotThrow(() => { throw new TypeError('passes through'); }, RangeError),
];
for (const call of calls) {
  try { call(); } catch (err) { console.log(err.name, `[${err.operator}]`, err.message); }
}
assert.doesNotThrow(() => {});
console.log('done');
