// AggregateError lists its errors as [errors].
const { inspect } = require('util');
const first = new Error('first');
first.stack = 'Error: first\n    at a (/a.js:1:1)';
const agg = new AggregateError([first, 'second'], 'several failures');
agg.stack = 'AggregateError: several failures\n    at b (/b.js:1:1)';
console.log(inspect(agg));
