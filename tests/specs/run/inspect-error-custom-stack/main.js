// Errors print their stack; extra own properties follow in braces.
const { inspect } = require('util');
const err = new Error('boom');
err.stack = 'Error: boom\n    at handler (/app/server.js:10:5)\n    at main (/app/index.js:3:1)';
console.log(inspect(err));
err.code = 'E_BOOM';
err.details = { retry: false };
console.log(inspect(err));
console.log(inspect({ wrapped: err }));
