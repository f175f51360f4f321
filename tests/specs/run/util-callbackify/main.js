// util.callbackify turns async functions into callback APIs.
const util = require('util');
async function double(x) { return x * 2; }
async function rejectNull() { throw null; }
const cb = util.callbackify(double);
console.log(cb.name, cb.length);
cb(21, (err, value) => console.log('result', err, value));
util.callbackify(rejectNull)((err) => {
  console.log(err.code, err.message, err.reason);
});
