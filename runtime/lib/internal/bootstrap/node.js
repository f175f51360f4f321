'use strict';
// Makes the context a Node.js-like one: the process object, the task queues and timers, the
// native callbacks, and the globals. Everything a program may never touch is loaded lazily.

const binding = internalBinding('process_methods');
const EventEmitter = require('events');

// process is an EventEmitter whose prototype chain is process.prototype -> EventEmitter.
Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);

require('internal/bootstrap/process_object').setup(binding);

// The task queues and timers, and the callbacks native code calls.
const taskQueues = require('internal/process/task_queues');
const { promiseRejectHandler } = require('internal/process/promises');
const execution = require('internal/process/execution');
require('internal/timers').setupTimers(taskQueues.runNextTicks);
binding.setCallbacks({
  tick: taskQueues.processTicksAndRejections,
  uncaught: execution.onGlobalUncaughtException,
  promiseReject: promiseRejectHandler,
  fatalFormatter: execution.formatFatalException,
  beforeExit: execution.emitBeforeExit,
  exit: execution.emitExit,
});

require('internal/bootstrap/globals');
