const assert = require('assert');
const calls = [() => assert.match('abc', /x/), () => assert.match(5, /x/), () => assert.match('abc', 'x'),
  () => assert.doesNotMatch('abc', /b/), () => assert.match('abc', /x/, 'custom'), () => assert.doesNotMatch('abc', /z/)];
for (const call of calls) {
  try { call(); console.log('passed'); } catch (err) { console.log(`${err.code} ${err.generatedMessage}`, err.message); }
}
