const assert = require('assert');
try { assert.ok(); } catch (err) { console.log(err.message, err.generatedMessage); }
try { assert(); } catch (err) { console.log(err.message); }
try { assert.ok(0, 'custom'); } catch (err) { console.log(err.message, err.generatedMessage, err.actual, err.expected, err.operator); }
try { assert.ok(false, new RangeError('own error')); } catch (err) { console.log(err.name, err.message); }
try { eval('assert(false)'); } catch (err) { console.log(err.message); }
assert(1);
assert.ok('non-empty');
console.log('truthy values pass');
