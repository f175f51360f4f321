// runInThisContext runs in the main context, without the module scope.
const vm = require('vm');
const local = 'module scope';
console.log(vm.runInThisContext('var globalVar = 3; globalVar'), globalThis.globalVar);
console.log(vm.runInThisContext('typeof require + " " + typeof local + " " + typeof console'));
console.log(vm.runInThisContext('[]') instanceof Array);
console.log(vm.runInThisContext('1 + 1', 'file.js'), vm.runInThisContext('this') === globalThis);
