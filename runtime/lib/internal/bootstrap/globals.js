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
// Object.prototype.toString.call(globalThis) is '[object global]', as in Node.
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});
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
// Errors thrown where Node throws from C++: a plain TypeError with a code.
function codedTypeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

function dataCloneError(message) {
  return new (lazyDOMException())(message, 'DataCloneError');
}

// structuredClone(value[, { transfer }]), with the checks and messages of Node's native one.
function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw codedTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  let transfer;
  let hasPorts = false;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
                           'The options argument must be either an object or undefined');
    }
    const list = options.transfer;
    if (list !== undefined && list !== null) {
      if ((typeof list !== 'object' && typeof list !== 'function') ||
          typeof list[Symbol.iterator] !== 'function') {
        throw codedTypeError('ERR_INVALID_ARG_TYPE',
                             'Optional transferList argument must be an iterable');
      }
      transfer = [];
      for (const item of list) {
        if (isMessagePort(item)) {
          hasPorts = true;
        } else if (!isArrayBuffer(item)) {
          throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT',
                               'Found invalid object in transferList');
        }
        if (transfer.includes(item)) {
          throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        }
        transfer.push(item);
      }
    }
  }
  try {
    if (hasPorts) return internalBinding('messaging').structuredClone(value, transfer);
    return internalBinding('serdes').structuredClone(value, transfer);
  } catch (error) {
    if (error !== null && typeof error === 'object' && error.name === 'DataCloneError' &&
        !(error instanceof lazyDOMException())) {
      throw dataCloneError(error.message);
    }
    throw error;
  }
}
Object.defineProperty(structuredClone, 'length', { value: 0 });
defineValue('structuredClone', structuredClone, true);

// Only a program that loaded node:worker_threads (or a MessageChannel global) has ports.
function isMessagePort(value) {
  return value !== null && typeof value === 'object' &&
    internalBinding('messaging').isPort(value);
}

function isArrayBuffer(value) {
  return internalBinding('types').isArrayBuffer(value);
}

function lazyDOMException() { return require('internal/per_context/domexception').DOMException; }

defineLazy('atob', () => require('internal/base64').atob, true);
defineLazy('btoa', () => require('internal/base64').btoa, true);
defineLazy('performance', () => require('internal/perf/performance').performance, true);

// A data property, as in Node; it binds process.stdout and stderr only when it first writes.
defineValue('console', require('internal/console/constructor').createGlobalConsole());
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('DOMException', lazyDOMException);
defineLazy('MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
{
  const { EventTarget, Event, CustomEvent } = require('internal/event_target');
  defineValue('EventTarget', EventTarget);
  defineValue('Event', Event);
  defineValue('CustomEvent', CustomEvent);
}
defineLazy('Performance', () => require('internal/perf/performance').Performance);
defineLazy('PerformanceEntry', () => require('internal/perf/performance').PerformanceEntry);
defineLazy('PerformanceMark', () => require('internal/perf/performance').PerformanceMark);
defineLazy('PerformanceMeasure', () => require('internal/perf/performance').PerformanceMeasure);

// URL and URLSearchParams are plain values in Node (the module is in its snapshot, and so in
// Kiln's).
{
  const { URL, URLSearchParams } = require('internal/url');
  defineValue('URL', URL);
  defineValue('URLSearchParams', URLSearchParams);
}

// globalThis.crypto is an accessor without a setter, as in Node; Web Crypto loads on first use.
Object.defineProperty(globalThis, 'crypto', {
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({
    get crypto() { return require('internal/crypto/webcrypto').crypto; },
  }, 'crypto').get,
});
defineLazy('Crypto', () => require('internal/crypto/webcrypto').Crypto);
defineLazy('SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);
defineLazy('CryptoKey', () => require('internal/crypto/cryptokey').CryptoKey);

// fetch and its classes (undici's in Node) load on first use.
// `fetch` is a data property in Node: a small function that loads the real one on first call.
let lazyFetch;
function fetch(input, init = undefined) {
  lazyFetch ??= require('internal/fetch/fetch').fetch;
  return lazyFetch(input, init);
}
defineValue('fetch', fetch, true);
defineLazy('Headers', () => require('internal/fetch/headers').Headers);
defineLazy('Request', () => require('internal/fetch/request').Request);
defineLazy('Response', () => require('internal/fetch/response').Response);
defineLazy('FormData', () => require('internal/fetch/formdata').FormData);

// Modules that later work adds; defined only when the module exists in this build.
const requireBuiltin = require;
const optional = [
  ['Buffer', 'buffer', 'Buffer'],
  ['Blob', 'buffer', 'Blob'],
  ['File', 'buffer', 'File'],
  ['BroadcastChannel', 'worker_threads', 'BroadcastChannel'],
  ['MessageChannel', 'worker_threads', 'MessageChannel'],
  ['MessagePort', 'worker_threads', 'MessagePort'],
  ...['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController',
    'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream'].map((name) => [name, 'stream/web', name]),
];
for (const [name, id, key] of optional) {
  if (requireBuiltin.has !== undefined ? requireBuiltin.has(id) : true) {
    defineLazy(name, () => requireBuiltin(id)[key]);
  }
}
