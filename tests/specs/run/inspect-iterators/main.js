// Map and Set iterators preview their remaining entries.
const { inspect } = require('util');
const map = new Map([['a', 1], ['b', 2]]);
const set = new Set(['x', 'y']);
console.log(inspect(map.keys()));
console.log(inspect(map.values()));
console.log(inspect(map.entries()));
console.log(inspect(set.values()));
console.log(inspect(set.entries()));
const it = map.keys();
it.next();
console.log(inspect(it));
