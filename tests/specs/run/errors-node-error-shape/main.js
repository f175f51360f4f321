const path = require('path');
try {
  path.join('a', 5);
} catch (err) {
  console.log(err.name, err.code, err instanceof TypeError);
  console.log(err.toString());
  console.log(err.stack.split('\n')[0]);
  console.log(Object.keys(err), Object.getOwnPropertyNames(err).sort());
  console.log(Object.prototype.hasOwnProperty.call(err, 'message'), Object.getOwnPropertyDescriptor(err, 'message').enumerable);
}
