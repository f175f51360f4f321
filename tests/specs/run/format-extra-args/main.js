// Arguments beyond the placeholders are appended: strings raw, others inspected.
const { format } = require('util');
console.log(format('a', 'b', 1, { c: 2 }));
console.log(format(1, 2, 'x'));
console.log(format({ a: 1 }, '%s', 'y'));
console.log(format('%s:%s', 'a'));
console.log(format());
console.log(format('%s'));
