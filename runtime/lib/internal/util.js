'use strict';
// Small helpers shared by the builtins, as Node's internal/util provides them.

// Builtins that call back with several values (fs.read, fs.write…) name those values under
// this symbol; util.promisify then resolves to an object with those keys.
const customPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = { customPromisifyArgs };
