const assert = require('assert');
try { assert.strictEqual({ a: 1 }, { a: 1 }); } catch (err) { console.log(err.message); }
try { assert.strictEqual({ a: 1 }, { a: 2 }); } catch (err) { console.log(err.message); }
try { assert.strictEqual([1, 2], [1, 2]); } catch (err) { console.log(err.message); }
