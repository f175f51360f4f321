// util.deprecate warns once per code through process.emitWarning.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const oldFn = util.deprecate((x) => x + 1, 'oldFn() is deprecated', 'DEP_TEST1');
const sameCode = util.deprecate(() => 0, 'another message', 'DEP_TEST1');
const noCode = util.deprecate(() => 0, 'no code here');
console.log(oldFn(1), oldFn(2));
sameCode();
noCode();
noCode();
setTimeout(() => console.log('done'), 10);
