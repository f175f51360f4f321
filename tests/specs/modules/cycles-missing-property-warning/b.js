const a = require('./a');
console.log(a.early, a.late, a.__esModule);
console.log(Object.getPrototypeOf(a) === Object.prototype);
setImmediate(() => console.log('after load:', Object.getPrototypeOf(a) === Object.prototype, a.late));
