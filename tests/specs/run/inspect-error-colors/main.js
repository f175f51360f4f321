// With colors, builtin module frames are dimmed and package names underlined.
const { inspect } = require('util');
const err = new Error('colored');
err.stack = 'Error: colored\n    at f (/app/node_modules/pkg/index.js:1:1)\n' +
  '    at g (/app/node_modules/@scope/name/lib/x.js:2:2)\n    at read (node:fs:1:1)\n' +
  '    at h (/elsewhere/y.js:1:1)';
console.log(JSON.stringify(inspect(err, { colors: true })));
