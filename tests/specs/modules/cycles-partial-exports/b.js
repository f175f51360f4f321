console.log('b starting');
exports.done = false;
const a = require('./a.js');
console.log('in b, a.done = %j', a.done);
console.log('in b, a is loaded:', require.cache[require.resolve('./a.js')].loaded);
exports.done = true;
console.log('b done');
