// Globals made by code in a context land on the sandbox, which keeps its identity.
const vm = require('vm');
const sandbox = { a: 1 };
const ctx = vm.createContext(sandbox);
console.log(ctx === sandbox, vm.isContext(sandbox), vm.isContext({}));
vm.runInContext('x = 1; var y = 2; globalThis.z = 3; this.w = 4; function fn() { return 42 }', ctx);
console.log(sandbox.x, sandbox.y, sandbox.z, sandbox.w, sandbox.fn());
vm.runInContext('let l = 5; const c = 6', ctx);
console.log('l' in sandbox, vm.runInContext('l + c', ctx));
sandbox.b = 10;
console.log(vm.runInContext('a + b + x + y + z', ctx));
console.log(vm.runInContext('this', ctx) === sandbox, vm.runInContext('globalThis === this', ctx));
const proxy = vm.runInContext('this', ctx);
proxy.viaProxy = 5;
console.log(sandbox.viaProxy);
