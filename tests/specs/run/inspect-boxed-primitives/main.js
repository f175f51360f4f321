// Boxed primitives show their type and value.
const { inspect } = require('util');
console.log(inspect(new Number(3)));
console.log(inspect(new Number(-0)));
console.log(inspect(new String('abc')));
console.log(inspect(new Boolean(false)));
console.log(inspect(Object(1n)));
console.log(inspect(Object(Symbol('s'))));
const s = new String('ab');
s.extra = true;
console.log(inspect(s));
