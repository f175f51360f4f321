const vm = require('vm');
console.log(Object.keys(vm));
console.log(vm.constants);
console.log(require('node:vm') === vm, typeof vm.Script, typeof vm.Script.prototype.runInNewContext);
