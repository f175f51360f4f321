'use strict';
// node:async_hooks: AsyncLocalStorage and AsyncResource on the async context frame
// (internal/async_context_frame), which follows callbacks through nextTick, timers,
// immediates, queueMicrotask, promise reactions and fs callbacks. Kiln does not track every
// native resource with ids as Node's async_wrap does: createHook() hooks see only
// AsyncResource instances (see docs/compat.md).

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const {
  getFrame, setFrame, withEntry, runInFrame, trackPromises,
} = require('internal/async_context_frame');

// --- async ids -------------------------------------------------------------------------------
// The top level of the main script runs as resource 1 triggered by 0, as in Node; each
// AsyncResource gets the next id.
let nextAsyncId = 2;
let currentAsyncId = 1;
let currentTriggerId = 0;
let currentResource = {};

function executionAsyncId() { return currentAsyncId; }
function triggerAsyncId() { return currentTriggerId; }
function executionAsyncResource() { return currentResource; }

// --- createHook ------------------------------------------------------------------------------
const enabledHooks = new Set();

function emitHook(name, ...args) {
  for (const hook of enabledHooks) {
    const fn = hook.callbacks[name];
    if (typeof fn === 'function') Reflect.apply(fn, hook.callbacks, args);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of Object.entries({ init, before, after, destroy, promiseResolve })) {
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    this.callbacks = { init, before, after, destroy, promiseResolve };
  }

  enable() {
    enabledHooks.add(this);
    return this;
  }

  disable() {
    enabledHooks.delete(this);
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks', { allowFunction: true });
  return new AsyncHook(callbacks);
}

let warnedAsyncResourceProperty = false;
function warnAsyncResourceProperty() {
  if (warnedAsyncResourceProperty) return;
  warnedAsyncResourceProperty = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
                      'DeprecationWarning', 'DEP0172');
}

// --- AsyncResource ---------------------------------------------------------------------------
class AsyncResource {
  #frame;
  #asyncId;
  #triggerAsyncId;
  #destroyed = false;

  constructor(type, options = {}) {
    validateString(type, 'type');
    const { triggerAsyncId: trigger = currentAsyncId } =
      typeof options === 'number' ? { triggerAsyncId: options } : options;
    if (!Number.isSafeInteger(trigger) || trigger < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    this.#frame = getFrame();
    this.#asyncId = nextAsyncId++;
    this.#triggerAsyncId = trigger;
    if (enabledHooks.size > 0) emitHook('init', this.#asyncId, type, trigger, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = [currentAsyncId, currentTriggerId, currentResource];
    currentAsyncId = this.#asyncId;
    currentTriggerId = this.#triggerAsyncId;
    currentResource = this;
    if (enabledHooks.size > 0) emitHook('before', this.#asyncId);
    try {
      return runInFrame(this.#frame, fn, thisArg, args);
    } finally {
      if (enabledHooks.size > 0) emitHook('after', this.#asyncId);
      [currentAsyncId, currentTriggerId, currentResource] = saved;
    }
  }

  emitDestroy() {
    if (!this.#destroyed) {
      this.#destroyed = true;
      if (enabledHooks.size > 0) emitHook('destroy', this.#asyncId);
    }
    return this;
  }

  asyncId() { return this.#asyncId; }
  triggerAsyncId() { return this.#triggerAsyncId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, writable: false, value: fn.length },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get: () => {
          warnAsyncResourceProperty();
          return this;
        },
        set(value) {
          Object.defineProperty(this, 'asyncResource', {
            __proto__: null, configurable: true, enumerable: true, writable: true, value,
          });
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage -----------------------------------------------------------------------
class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = getFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  #enable() {
    if (!this.#enabled) {
      this.#enabled = true;
      trackPromises();
    }
  }

  disable() {
    if (this.#enabled) {
      this.#enabled = false;
      const frame = getFrame();
      if (frame !== undefined && frame.has(this)) setFrame(withEntry(frame, this, undefined, true));
    }
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return getFrame()?.get(this);
  }

  enterWith(store) {
    this.#enable();
    setFrame(withEntry(getFrame(), this, store));
  }

  run(store, callback, ...args) {
    this.#enable();
    return runInFrame(withEntry(getFrame(), this, store), callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    return runInFrame(withEntry(getFrame(), this, undefined, true), callback, null, args);
  }
}

// The provider names of Node's async_wrap, which code checks against for resource types.
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19,
  JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24,
  PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, SHUTDOWNWRAP: 28, SIGNALWRAP: 29,
  STATWATCHER: 30, STREAMPIPE: 31, TCPCONNECTWRAP: 32, TCPSERVERWRAP: 33, TCPWRAP: 34,
  TTYWRAP: 35, UDPSENDWRAP: 36, UDPWRAP: 37, SIGINTWATCHDOG: 38, WORKER: 39,
  WORKERHEAPSNAPSHOT: 40, WRITEWRAP: 41, ZLIB: 42,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
