const strictAssert = require('assert/strict');
const assert = require('assert');
console.log(strictAssert === assert.strict, strictAssert.strict === strictAssert);
console.log(strictAssert.equal === assert.strictEqual, strictAssert.deepEqual === assert.deepStrictEqual);
try { strictAssert.equal(1, '1'); } catch (err) { console.log(err.message); }
try { strictAssert.deepEqual([1], ['1']); } catch (err) { console.log(err.message); }
try { require('node:assert/strict').notEqual(1, 1); } catch (err) { console.log(err.message); }
