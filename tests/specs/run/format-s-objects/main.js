// %s inspects plain objects shallowly but uses a user-defined toString.
const { format } = require('util');
class WithToString { toString() { return 'custom!'; } }
class Plain { constructor() { this.x = { y: { z: 1 } }; } }
console.log(format('%s', { a: { b: 1 } }));
console.log(format('%s', [1, [2, [3]]]));
console.log(format('%s', new WithToString()));
console.log(format('%s', new Plain()));
console.log(format('%s', new Date(0)));
console.log(format('%s %s %s %s', null, undefined, -0, 5n));
console.log(format('%s', Symbol('sym')));
console.log(format('%s', () => 1));
