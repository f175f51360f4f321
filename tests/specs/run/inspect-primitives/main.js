// util.inspect of primitive values.
const { inspect } = require('util');
for (const v of [0, -0, 1.5, -42, NaN, Infinity, -Infinity, 1e21, 123n, -7n, true, false,
  undefined, null, Symbol('desc'), Symbol(), Symbol.iterator, 'text']) {
  console.log(inspect(v));
}
