// The timeout covers the microtasks an 'afterEvaluate' context runs after the script.
const vm = require('vm');
const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
try { vm.runInContext('Promise.resolve().then(() => { while (true) {} })', ctx, { timeout: 20 }) } catch (e) { console.log(e.code) }
console.log(vm.runInContext('1 + 1', ctx));
