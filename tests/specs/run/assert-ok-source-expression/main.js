const assert = require('assert');
function check(fn) {
  try { fn(); } catch (err) { console.log(err.message); }
}
check(() => assert.ok(false));
check(() => assert(typeof 123 === 'string'));
check(() => assert(
  [1, 2].includes(3),
));
check(() => assert("a)(" === 'b'));
const { strict } = assert;
check(() => strict.ok(0));
check(() => assert.ok(null, undefined));
