'use strict';
// -r/--require and --import: the modules a run loads before its entry, as Node does: the
// CommonJS ones first, synchronously, resolved from the working directory; then the ES modules
// in order, each awaited; then the entry.

const { getOptionValue } = require('internal/options');

function runPreloads(runEntry) {
  const requires = getOptionValue('--require');
  if (requires.length !== 0) {
    process._preload_modules = requires.slice();
    require('internal/modules/cjs/loader').Module._preloadModules(requires);
  }
  const imports = getOptionValue('--import');
  if (imports.length === 0) return runEntry();
  require('internal/modules/esm/loader').importPreloads(imports).then(runEntry, (error) => {
    internalBinding('errors').triggerUncaughtException(error, false);
  });
}

module.exports = { runPreloads };
