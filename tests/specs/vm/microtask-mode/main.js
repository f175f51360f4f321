// microtaskMode 'afterEvaluate' runs the context's microtasks before the run returns.
const vm = require('vm');
const shared = vm.createContext({ log: console.log });
vm.runInContext('Promise.resolve().then(() => log("shared queue"))', shared);
const own = vm.createContext({ log: console.log }, { microtaskMode: 'afterEvaluate' });
vm.runInContext('Promise.resolve().then(() => log("own queue"))', own);
console.log('sync end');
