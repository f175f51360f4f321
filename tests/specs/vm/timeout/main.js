// A timeout stops a runaway script with ERR_SCRIPT_EXECUTION_TIMEOUT.
const vm = require('vm');
try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 10 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  vm.runInThisContext('for (;;) {}', { timeout: 20 });
} catch (e) {
  console.log(e.code, e.message, e instanceof Error);
}
console.log(vm.runInNewContext('1 + 1', {}, { timeout: 1000 }));
console.log('still running');
