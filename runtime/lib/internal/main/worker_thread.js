'use strict';
// Entry of a worker thread (runtime/src/worker_thread.cc): its ports, workerData and
// environment data, uncaught errors reported to the parent, then the worker's script (a file,
// CommonJS or ES module or TypeScript, or `eval` code).

const path = require('path');
const binding = internalBinding('worker');
const { environmentData } = require('internal/worker');
const state = require('internal/worker/state');
const { serializeError } = require('internal/worker/error_serdes');
const {
  codes: { ERR_WORKER_UNSUPPORTED_OPERATION },
} = require('internal/errors');

const { port, internalPort, init, resourceLimits } = binding.workerInit();
state.parentPort = port;
state.workerData = init.workerData;
const [old, young, code, stack] = resourceLimits;
state.resourceLimits = {
  maxYoungGenerationSizeMb: young,
  maxOldGenerationSizeMb: old,
  codeRangeSizeMb: code,
  stackSizeMb: stack,
};
for (const [key, value] of init.environmentData) environmentData.set(key, value);

binding.setErrorHandler((error) => {
  try {
    serializeError(error, (record) => {
      internalPort.postMessage({ type: 'error', error: record });
      return record;
    });
  } catch {
    internalPort.postMessage({ type: 'could-not-serialize' });
  }
});

for (const name of ['chdir', 'abort', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups',
                    'initgroups']) {
  if (typeof process[name] !== 'function') continue;
  process[name] = function() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
  };
}

internalPort.postMessage({ type: 'online' });

const options = internalBinding('process_methods').getRunOptions();

// As in Node, the process's preloads (-r, --import) run in every worker first.
function runEntry() {
  if (options.mode === 'eval') {
    const { isModuleSource, runEvalScript } = require('internal/modules/eval_script');
    const name = '[worker eval]';
    if (isModuleSource(options.entry, name)) {
      require('internal/modules/esm/loader').runEvalModule(options.entry, name);
    } else {
      runEvalScript(options.entry, name);
    }
  } else {
    const { Module } = require('internal/modules/cjs/loader');
    const packageJson = require('internal/modules/package_json');
    const main = options.entry;
    if (main.startsWith('data:')) {
      require('internal/modules/esm/loader').runMain(main);
    } else {
      let mainPath;
      try {
        mainPath = Module._findPath(path.resolve(main), null, true) || undefined;
      } catch {
        mainPath = undefined;
      }
      const useESM = mainPath !== undefined && !mainPath.endsWith('.cjs') &&
        (mainPath.endsWith('.mjs') || mainPath.endsWith('.mts') ||
         packageJson.getPackageScopeConfig(mainPath).type === 'module');
      if (useESM) {
        require('internal/modules/esm/loader').runMain(mainPath);
      } else {
        Module.runMain(main);
      }
    }
  }
}

require('internal/modules/run_preloads').runPreloads(runEntry);
