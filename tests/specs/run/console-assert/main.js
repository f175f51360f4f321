// console.assert writes "Assertion failed" to stderr only when the assertion fails.
const { Console } = require('console');
const out = new Console({ stdout: process.stdout, stderr: process.stdout });
out.assert(true, 'never printed');
out.assert(false, 'failed with %s', 'format');
out.assert(false);
out.assert(0, { detail: 1 });
