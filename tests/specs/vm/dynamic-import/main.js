// import() in vm code: rejected without importModuleDynamically; the main loader on request.
const vm = require('vm');
vm.runInNewContext('import("fs")').catch((e) => console.log('missing:', e.code, e.message));
const script = new vm.Script('import("fs")', { importModuleDynamically() { return import('fs'); } });
script.runInThisContext().catch((e) => console.log('callback:', e.code, e.message));
vm.runInThisContext('import("fs")', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER })
  .then((m) => console.log('main loader:', typeof m.readFileSync));
const fn = vm.compileFunction('return import("path")', []);
fn().catch((e) => console.log('compileFunction:', e.code));
try {
  new vm.Script('1', { importModuleDynamically: 5 });
} catch (e) {
  console.log(e.code, e.message);
}
