// sorted: true orders object keys and Map/Set entries.
const { inspect } = require('util');
console.log(inspect({ c: 1, a: 2, b: 3 }, { sorted: true }));
console.log(inspect(new Map([['z', 1], ['a', 2]]), { sorted: true }));
console.log(inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
