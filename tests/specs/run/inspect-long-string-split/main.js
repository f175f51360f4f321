// Long strings with line breaks are split into concatenated pieces inside objects.
const { inspect } = require('util');
const text = 'first line of a long text that goes on\nsecond line of the same long text\nthird';
console.log(inspect({ text }));
console.log(inspect([text]));
console.log(inspect('short\nlines'));
console.log(inspect('x'.repeat(30), { maxStringLength: 10 }));
