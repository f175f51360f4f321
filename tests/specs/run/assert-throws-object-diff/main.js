const assert = require('assert');
try {
  assert.throws(() => { throw new Error('abc'); }, { message: 'abd' });
} catch (err) {
  console.log(err.message);
  console.log(err.actual instanceof Error, err.operator);
}
try {
  assert.throws(() => { const e = new TypeError('abc'); e.code = 'X'; throw e; }, { name: 'TypeError', message: /ab/, code: 'Y' });
} catch (err) {
  console.log(err.message);
}
try {
  assert.throws(() => { throw 'a string'; }, { message: 'x' });
} catch (err) {
  console.log(err.message);
}
