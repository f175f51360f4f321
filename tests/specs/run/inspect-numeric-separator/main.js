// numericSeparator groups digits with underscores.
const { inspect } = require('util');
console.log(inspect([1234567.891, -1234567, 1000, 123, 0.0001234, 12345678901234567890n],
  { numericSeparator: true }));
