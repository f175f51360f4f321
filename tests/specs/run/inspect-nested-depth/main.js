// Objects nested deeper than 2 levels are shown as [Object] / [Array].
const { inspect } = require('util');
const value = { a: { b: { c: { d: 1 } } }, list: [[[[1]]]], map: new Map([['k', { deep: { deeper: 1 } }]]) };
console.log(inspect(value));
console.log(inspect(value, { depth: 0 }));
console.log(inspect(value, { depth: Infinity }));
console.log(inspect(value, { depth: null }));
console.log(inspect(value, false, 1));
