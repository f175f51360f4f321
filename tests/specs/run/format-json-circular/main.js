// %j prints [Circular] for circular structures.
const { format } = require('util');
const a = { name: 'a' };
a.self = a;
console.log(format('%j', a));
console.log(format('%j', undefined));
console.log(format('%j', { toJSON() { return 'from toJSON'; } }));
