// A context has its own builtins, and errors thrown inside come from its constructors.
const vm = require('vm');
console.log(vm.runInNewContext('[]') instanceof Array, Array.isArray(vm.runInNewContext('[]')));
console.log(vm.runInNewContext('Array') === Array, vm.runInNewContext('typeof JSON + typeof Math'));
console.log(vm.runInNewContext('typeof console + typeof require + typeof process + typeof setTimeout'));
const ctx = vm.createContext({});
try {
  vm.runInContext('null.x', ctx);
} catch (e) {
  console.log(e instanceof TypeError, e.constructor === vm.runInContext('TypeError', ctx), e.message);
}
try {
  vm.runInContext('nope', ctx);
} catch (e) {
  console.log(e.name, e.message, e instanceof ReferenceError);
}
console.log(vm.runInNewContext('Promise.resolve(1)') instanceof Promise);
console.log(vm.runInNewContext('this.constructor.name'));
