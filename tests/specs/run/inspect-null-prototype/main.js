// Objects without a prototype say so.
const { inspect } = require('util');
const bare = Object.create(null);
console.log(inspect(bare));
bare.key = 'value';
console.log(inspect(bare));
console.log(inspect(Object.setPrototypeOf([1, 2], null)));
console.log(inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)));
console.log(inspect(Object.create(Object.create(null))));
