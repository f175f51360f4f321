'use strict';
// The globals of a Node.js program. Those a program may never use are defined as lazy
// accessors that load their module on first access and then become plain data properties.

function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

function defineValue(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

defineValue('global', globalThis, true);
Object.defineProperty(globalThis, 'process', {
  configurable: true,
  enumerable: false,
  get() { return process; },
  set(value) {
    Object.defineProperty(globalThis, 'process', { value, writable: true, configurable: true, enumerable: true });
  },
});

const timers = require('timers');
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout']) {
  defineValue(name, timers[name], true);
}

const { queueMicrotask } = require('internal/process/task_queues');
defineValue('queueMicrotask', queueMicrotask, true);
defineValue('structuredClone', function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    throw new ERR_MISSING_ARGS('The value');
  }
  const transfer = options != null && typeof options === 'object' ? options.transfer : undefined;
  try {
    return internalBinding('serdes').structuredClone(value, transfer);
  } catch (error) {
    if (error !== null && typeof error === 'object' && error.name === 'DataCloneError' &&
        !(error instanceof lazyDOMException())) {
      throw new (lazyDOMException())(error.message, 'DataCloneError');
    }
    throw error;
  }
}, true);

function lazyDOMException() { return require('internal/per_context/domexception').DOMException; }

defineLazy('atob', () => require('internal/base64').atob, true);
defineLazy('btoa', () => require('internal/base64').btoa, true);
defineLazy('performance', () => require('internal/perf/performance').performance, true);

defineLazy('console', () => require('internal/console/constructor').createGlobalConsole());
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('DOMException', lazyDOMException);
defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
defineLazy('Event', () => require('internal/event_target').Event);

// Modules that later work adds; defined only when the module exists in this build.
const requireBuiltin = require;
const optional = [
  ['Buffer', 'buffer', 'Buffer'],
  ['Blob', 'buffer', 'Blob'],
  ['File', 'buffer', 'File'],
  ['URL', 'internal/url', 'URL'],
  ['URLSearchParams', 'internal/url', 'URLSearchParams'],
  ['BroadcastChannel', 'worker_threads', 'BroadcastChannel'],
  ['MessageChannel', 'worker_threads', 'MessageChannel'],
  ['MessagePort', 'worker_threads', 'MessagePort'],
];
for (const [name, id, key] of optional) {
  if (requireBuiltin.has !== undefined ? requireBuiltin.has(id) : true) {
    defineLazy(name, () => requireBuiltin(id)[key]);
  }
}
