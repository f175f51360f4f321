const assert = require('assert');
class Point { constructor() { this.x = 1; } }
try { assert.deepStrictEqual(new Point(), { x: 1 }); } catch (err) { console.log(err.message); }
try { assert.deepStrictEqual({ s: Symbol('a') }, { s: Symbol('a') }); } catch (err) { console.log(err.message); }
try { assert.deepStrictEqual(new Error('a'), new Error('b')); } catch (err) { console.log(err.message); }
assert.deepEqual(new Point(), { x: 1 });
console.log('deepEqual ignores prototypes');
