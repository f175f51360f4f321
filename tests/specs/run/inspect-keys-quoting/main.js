// Non-identifier keys are quoted; symbol keys are bracketed.
const { inspect } = require('util');
console.log(inspect({ valid_id: 1, 'with-dash': 2, 'with space': 3, 42: 4, "it's": 5, '': 6 }));
console.log(inspect({ [Symbol('sym')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 }));
console.log(inspect(JSON.parse('{"__proto__": 1}')));
