// codeGeneration: { strings: false } forbids eval and new Function in the context.
const vm = require('vm');
const ctx = vm.createContext({}, { codeGeneration: { strings: false } });
for (const code of ['eval("1")', 'new Function("return 1")']) {
  try {
    vm.runInContext(code, ctx);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log(vm.runInContext('1 + 1', ctx));
const open = vm.createContext({}, { codeGeneration: { strings: true } });
console.log(vm.runInContext('eval("2 + 2")', open));
console.log(vm.runInNewContext('eval("3")', {}, { contextCodeGeneration: { strings: true } }));
