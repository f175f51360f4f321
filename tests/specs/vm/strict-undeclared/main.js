// Strict code assigning an undeclared global in a context is a ReferenceError of the context.
const vm = require('vm');
const ctx = vm.createContext({});
try {
  vm.runInContext('"use strict"; undeclared = 1', ctx);
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError);
}
console.log('undeclared' in ctx);
vm.runInContext('"use strict"; globalThis.declared = 1', ctx);
console.log(ctx.declared);
