const assert = require('assert');
const a = Array.from({ length: 80 }, (_, i) => i);
const b = Array.from({ length: 80 }, (_, i) => -i);
try { assert.deepStrictEqual(a, b); } catch (err) { console.log(err.message); }
