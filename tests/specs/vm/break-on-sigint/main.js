// breakOnSigint: SIGINT stops the script with ERR_SCRIPT_EXECUTION_INTERRUPTED; the process's
// SIGINT listeners are set aside during the run and work again afterwards.
const vm = require('vm');
process.on('SIGINT', () => console.log('listener ran'));
try {
  vm.runInThisContext('process.kill(process.pid, "SIGINT"); while (true) {}', { breakOnSigint: true });
} catch (e) {
  console.log(e.code, e.message, e instanceof Error);
}
try {
  vm.runInNewContext('kill(); while (true) {}', { kill: () => process.kill(process.pid, 'SIGINT') },
                     { breakOnSigint: true });
} catch (e) {
  console.log(e.code, e.message, e instanceof Error);
}
setTimeout(() => {
  process.kill(process.pid, 'SIGINT');
  setTimeout(() => process.exit(0), 100);
}, 10);
