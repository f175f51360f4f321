// Script methods called on something that is not a Script throw, as in Node.
const vm = require('vm');
for (const f of [() => vm.Script.prototype.runInThisContext.call({}), () => vm.Script.prototype.createCachedData.call({}), () => vm.Script.prototype.runInContext.call({}, vm.createContext()), () => vm.Script.prototype.runInThisContext.call(null)]) {
  try { f(); console.log('no error') } catch (e) { console.log(e.name, e.message) }
}
class MyScript extends vm.Script { constructor(c) { super(c); this.extra = 1; } }
console.log(new MyScript('7 * 6').runInThisContext());
