// Symbol.toStringTag is shown next to the class name.
const { inspect } = require('util');
class Tagged { get [Symbol.toStringTag]() { return 'Special'; } }
console.log(inspect(new Tagged()));
const t = new Tagged();
t.x = 1;
console.log(inspect(t));
console.log(inspect({ [Symbol.toStringTag]: 'Own' }));
console.log(inspect(Object.defineProperty({}, Symbol.toStringTag, { value: 'Hidden' })));
