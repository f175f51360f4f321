const assert = require('assert');
try {
  assert.strictEqual(1, 2);
} catch (err) {
  console.log(err instanceof assert.AssertionError, err instanceof Error);
  console.log(err.name, err.code, err.generatedMessage, err.actual, err.expected, err.operator);
  console.log(Object.keys(err));
  console.log(err.toString().split('\n')[0]);
  console.log(err.stack.split('\n')[0]);
}
const custom = new assert.AssertionError({ actual: 'a', expected: 'b', operator: 'strictEqual' });
console.log(custom.message);
console.log(new assert.AssertionError({ message: 'plain' }).message);
try { new assert.AssertionError(5); } catch (err) { console.log(err.code, err.message); }
