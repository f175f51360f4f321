// compact and breakLength control line breaking.
const { inspect } = require('util');
const value = { alpha: [1, 2, 3], beta: { gamma: 'delta', epsilon: { zeta: true } }, eta: 'theta' };
console.log(inspect(value));
console.log(inspect(value, { compact: false }));
console.log(inspect(value, { compact: true }));
console.log(inspect(value, { compact: 1 }));
console.log(inspect(value, { breakLength: 40 }));
console.log(inspect(value, { breakLength: Infinity }));
