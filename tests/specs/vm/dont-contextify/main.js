// vm.constants.DONT_CONTEXTIFY: a context with an ordinary global object.
const vm = require('vm');
const global = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(vm.isContext(global), vm.runInContext('var v = 1; typeof v', global), global.v);
console.log(Object.keys(global), vm.runInContext('globalThis', global) === global);
console.log(vm.createContext(global) === global);
