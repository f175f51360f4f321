'use strict';
// What import() does in code compiled by node:vm, as Node without --experimental-vm-modules:
// the mode is stored in the script's host-defined options and comes back through V8's
// dynamic import hook (internal/bootstrap/run.js).

const {
  codes: { ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG },
} = require('internal/errors');

const kImportMissing = 0;  // no importModuleDynamically option
const kImportCallback = 1;  // a function: needs vm modules, which Kiln does not have
const kImportMainLoader = 2;  // vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER

function importModuleDynamicallyFromVm(mode) {
  if (mode === kImportCallback) {
    return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG());
  }
  return Promise.reject(new ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING());
}

module.exports = {
  kImportMissing,
  kImportCallback,
  kImportMainLoader,
  importModuleDynamicallyFromVm,
};
