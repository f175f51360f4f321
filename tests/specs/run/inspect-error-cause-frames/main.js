// Frames an error shares with its cause are collapsed into one line.
const { inspect } = require('util');
const inner = new Error('inner');
inner.stack = 'Error: inner\n    at a (/a.js:1:1)\n    at b (/b.js:1:1)\n    at c (/c.js:1:1)\n' +
  '    at d (/d.js:1:1)\n    at e (/e.js:1:1)';
const outer = new Error('outer', { cause: inner });
outer.stack = 'Error: outer\n    at z (/z.js:1:1)\n    at b (/b.js:1:1)\n    at c (/c.js:1:1)\n' +
  '    at d (/d.js:1:1)\n    at e (/e.js:1:1)';
console.log(inspect(outer));
