const assert = require('assert');
const a = Array.from({ length: 30 }, (_, i) => i);
const b = a.slice();
b[15] = -1;
try { assert.deepStrictEqual(a, b); } catch (err) { console.log(err.message); }
try { assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]); } catch (err) { console.log(err.message); }
