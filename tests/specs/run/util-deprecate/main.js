// util.deprecate warns through process.emitWarning on the first call, once per code.
const util = require('util');
process.emitWarning = (message, type, code) => console.log('warning:', type, code, message);
const oldFn = util.deprecate((x) => x + 1, 'oldFn() is deprecated', 'DEP_TEST1');
const sameCode = util.deprecate(() => 0, 'another message', 'DEP_TEST1');
const noCode = util.deprecate(() => 0, 'no code here');
console.log(oldFn(1), oldFn(2));
sameCode();
noCode();
noCode();
class Old { constructor(v) { this.v = v; } }
const Wrapped = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST2');
const instance = new Wrapped(3);
console.log(instance instanceof Wrapped, instance instanceof Old, instance.v, Wrapped.name);
try { util.deprecate(() => {}, 'msg', 42); } catch (e) { console.log(e.code); }
