'use strict';
// What node:worker_threads exports about the current thread. A worker's bootstrap
// (internal/main/worker_thread) sets the worker-only values before user code runs.

const { isMainThread, threadId } = internalBinding('worker').threadInfo();

module.exports = {
  isMainThread,
  threadId,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
};
