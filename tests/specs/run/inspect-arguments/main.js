// The arguments object is labelled [Arguments].
const { inspect } = require('util');
function f() { return arguments; }
console.log(inspect(f(1, 'a')));
console.log(inspect(f()));
