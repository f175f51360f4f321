// console.dir takes inspect options and ignores custom inspect functions.
const util = require('util');
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ [util.inspect.custom]() { return 'custom'; }, plain: true });
console.dir('string');
