// Sparse arrays show <N empty items>.
const { inspect } = require('util');
console.log(inspect([1, , 3]));
console.log(inspect([, , 1, , ,]));
console.log(inspect(new Array(5)));
const a = [1];
a[10] = 2;
console.log(inspect(a));
