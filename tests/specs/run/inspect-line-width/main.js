// Objects stay on one line until the 80 column limit is reached.
const { inspect } = require('util');
console.log(inspect({ aaaaaaaaaa: 'aaaaaaaaaaaaaaaaaaaaa', bbbbbbbbbbbb: 'bbbbbbbbbbbbbbbbbbbbbbbbb' }));
console.log(inspect({ aaaaaaaaaa: 'aaaaaaaaaaaaaaaaaaaaa', bbbbbbbbbbbb: 'bbbbbbbbbbbbbbbbbbbbbbbbb', cccccc: 'c' }));
console.log(inspect(Object.fromEntries(Array.from({ length: 12 }, (_, i) => ['key' + i, i]))));
