// Arrays longer than maxArrayLength (100) end with "... N more items".
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 120 }, (_, i) => i)));
console.log(inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
console.log(inspect([1, 2], { maxArrayLength: 0 }));
