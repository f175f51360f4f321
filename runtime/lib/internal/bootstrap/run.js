'use strict';
// The per-run part of the bootstrap: this process's arguments, and the callbacks and shared
// memory the native loop uses. Runs after internal/bootstrap/node, or after a startup
// snapshot of it is deserialized.

const binding = internalBinding('process_methods');
const taskQueues = require('internal/process/task_queues');
const { promiseRejectHandler } = require('internal/process/promises');
const execution = require('internal/process/execution');

require('internal/bootstrap/process_object').setupRun(binding);
require('internal/timers').setupTimers(taskQueues.runNextTicks);
binding.setCallbacks({
  tick: taskQueues.processTicksAndRejections,
  uncaught: execution.onGlobalUncaughtException,
  promiseReject: promiseRejectHandler,
  fatalFormatter: execution.formatFatalException,
  beforeExit: execution.emitBeforeExit,
  exit: execution.emitExit,
  tickInfo: taskQueues.tickInfo,
});
const cjsLoader = require('internal/modules/cjs/loader');
cjsLoader.Module._initPaths();
cjsLoader.initializeConditions(require('internal/options').getOptionValue('--conditions'));
// V8's hooks for import() and import.meta (per run: they are not in the snapshot). The ES
// module loader itself loads on first use, so that CommonJS programs never compile it.
// Code compiled by node:vm passes its import() mode (internal/vm.js) as `vmMode`.
internalBinding('module_wrap').setCallbacks(
  (specifier, referrer, type, otherKey, otherValue, vmMode) => (
    vmMode === undefined || vmMode === 2 ?
      require('internal/modules/esm/loader')
        .importModuleDynamically(specifier, referrer, type, otherKey, otherValue) :
      require('internal/vm').importModuleDynamicallyFromVm(vmMode)),
  (meta, id) => require('internal/modules/esm/loader').initializeImportMeta(meta, id));
// A child started by child_process.fork() (of Kiln or Node) finds its IPC channel's fd here.
if (process.env.NODE_CHANNEL_FD) {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  const serializationMode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) require('child_process')._forkChild(fd, serializationMode);
}
