// inspect.defaultOptions changes the defaults of later calls.
const util = require('util');
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
util.inspect.defaultOptions = { depth: 2, breakLength: 20 };
console.log(util.inspect({ a: { b: 1 }, c: 'long enough to wrap' }));
