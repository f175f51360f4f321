// Circular references are marked <ref *N> and [Circular *N].
const { inspect } = require('util');
const a = { name: 'a' };
a.self = a;
const b = { name: 'b', a };
a.b = b;
b.list = [a, b];
console.log(inspect(a));
const arr = [1];
arr.push(arr);
console.log(inspect(arr));
const m = new Map();
m.set('me', m);
console.log(inspect(m));
