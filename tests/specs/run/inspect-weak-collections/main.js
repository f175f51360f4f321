// WeakMap and WeakSet entries are unknown.
const { inspect } = require('util');
console.log(inspect(new WeakMap()));
console.log(inspect(new WeakSet()));
console.log(inspect({ cache: new WeakMap() }));
