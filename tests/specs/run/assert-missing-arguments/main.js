const assert = require('assert');
for (const name of ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual']) {
  try { assert[name](1); } catch (err) { console.log(name, err.code, err.message); }
}
