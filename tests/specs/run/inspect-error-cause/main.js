// The cause of an error is listed as [cause].
const { inspect } = require('util');
const inner = new Error('inner problem');
inner.stack = 'Error: inner problem\n    at read (/app/io.js:1:1)';
const outer = new Error('outer problem', { cause: inner });
outer.stack = 'Error: outer problem\n    at load (/app/main.js:2:2)';
console.log(inspect(outer));
const primitive = new Error('with string cause', { cause: 'disk full' });
primitive.stack = 'Error: with string cause';
console.log(inspect(primitive));
