'use strict';
// Makes the context a Node.js-like one: the process object, the task queues and timers, and the
// globals. Nothing here may depend on this run (arguments, environment, stdio, time): this is
// what a startup snapshot captures. internal/bootstrap/run does the per-run part.

require('internal/bootstrap/polyfills');

const binding = internalBinding('process_methods');
const EventEmitter = require('events');

// process is an EventEmitter whose prototype chain is process.prototype -> EventEmitter.
Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);

require('internal/bootstrap/process_object').setupStatic(binding);
require('internal/bootstrap/globals');

// Modules nearly every program loads, compiled once here so that a snapshot includes them.
for (const id of [
  'internal/process/execution',
  'internal/process/promises',
  'internal/modules/cjs/loader',
  'internal/modules/run_preloads',
  'internal/options',
  'internal/console/constructor',
  'internal/util/inspect',
  'util',
  'fs',
  'internal/process/stdio',
  'internal/process/stdio_write_stream',
]) {
  require(id);
}
