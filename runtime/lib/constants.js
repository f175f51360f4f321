'use strict';
// node:constants (deprecated): os errno, signals and priority constants, fs constants in one
// flat object, as old packages (graceful-fs) still read them.

const { os, fs } = internalBinding('constants');

module.exports = Object.freeze({
  ...os.dlopen,
  ...os.errno,
  ...os.priority,
  ...os.signals,
  ...fs,
});
