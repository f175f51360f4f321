// Errors whose stack has no frames are wrapped in brackets.
const { inspect } = require('util');
const err = new TypeError('bad input');
err.stack = 'TypeError: bad input';
console.log(inspect(err));
err.code = 'ERR_BAD';
console.log(inspect(err));
console.log(inspect([err]));
const empty = new RangeError('gone');
empty.stack = '';
console.log(inspect(empty));
