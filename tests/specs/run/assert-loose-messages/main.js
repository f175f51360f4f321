const assert = require('assert');
const calls = [() => assert.equal(1, 2), () => assert.equal({ a: 1 }, { a: 1 }), () => assert.notEqual(1, '1'),
  () => assert.deepEqual({ a: 1 }, { a: 2 }), () => assert.notDeepEqual({ a: 1 }, { a: 1 }),
  () => assert.notDeepEqual([1], ['1']), () => assert.equal(NaN, NaN)];
for (const call of calls) {
  try { call(); console.log('passed'); } catch (err) { console.log(`[${err.operator}]`, err.message); }
}
