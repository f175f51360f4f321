const assert = require('assert');
try { assert.strictEqual(1, 2, 'numbers differ'); } catch (err) { console.log(JSON.stringify(err.message), err.generatedMessage); }
try { assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'objects differ'); } catch (err) { console.log(JSON.stringify(err.message)); }
try { assert.notStrictEqual(1, 1, 'same'); } catch (err) { console.log(JSON.stringify(err.message)); }
try { assert.strictEqual(1, 2, new TypeError('thrown as is')); } catch (err) { console.log(err.name, err.message); }
