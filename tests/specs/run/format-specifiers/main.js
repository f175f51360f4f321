// util.format placeholders.
const { format } = require('util');
console.log(format('%s|%d|%i|%f', 'str', '42.5', '42.9', '3.5x'));
console.log(format('%j', { a: [1, 'x'] }));
console.log(format('%o', { a: [1, 2], f() {} }));
console.log(format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(format('%c%s', 'color: red', 'styled'));
console.log(format('100%% done, %s', 'ok'));
console.log(format('%d %i', 10n, 20n));
console.log(format('%d %i %f', Symbol('x'), Symbol('y'), Symbol('z')));
console.log(format('%x %s', 'unknown placeholder'));
console.log(format('%s %s', 'only one'));
