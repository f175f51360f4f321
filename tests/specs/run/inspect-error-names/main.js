// Error subclasses and renamed errors show the class and the name.
const { inspect } = require('util');
class ValidationError extends Error {}
const v = new ValidationError('invalid');
v.stack = 'Error: invalid\n    at check (/v.js:1:1)';
console.log(inspect(v));
const renamed = new Error('renamed');
renamed.name = 'CustomName';
renamed.stack = 'CustomName: renamed\n    at x (/x.js:1:1)';
console.log(inspect(renamed));
class HttpError extends Error {
  constructor(status) { super(`status ${status}`); this.name = 'HttpError'; this.status = status; }
}
const h = new HttpError(404);
h.stack = 'HttpError: status 404\n    at fetch (/f.js:1:1)';
console.log(inspect(h));
