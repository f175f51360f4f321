// showHidden lists non-enumerable properties in brackets.
const { inspect } = require('util');
console.log(inspect([1, 2], { showHidden: true }));
console.log(inspect(Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 }), { showHidden: true }));
function f() {}
console.log(inspect(f, { showHidden: true }));
