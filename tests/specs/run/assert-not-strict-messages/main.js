const assert = require('assert');
const o = { a: 1, b: [1, 2] };
const calls = [() => assert.notStrictEqual(1, 1), () => assert.notStrictEqual('abcdef', 'abcdef'),
  () => assert.notStrictEqual(o, o), () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })];
for (const call of calls) {
  try { call(); } catch (err) { console.log(err.message); console.log('--'); }
}
