// Typed arrays show their length and elements.
const { inspect } = require('util');
console.log(inspect(new Uint8Array([1, 2, 3])));
console.log(inspect(new Float64Array([1.5, -0, NaN])));
console.log(inspect(new BigInt64Array([1n, -2n])));
console.log(inspect(new Int16Array(0)));
console.log(inspect(new Uint8Array(120)));
console.log(inspect(new Uint8Array(2), { showHidden: true }));
