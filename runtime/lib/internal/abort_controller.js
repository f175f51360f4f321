'use strict';

// AbortController and AbortSignal (with AbortSignal.abort, .timeout and .any).

const {
  defineEventHandler,
  Event,
  EventTarget,
  kResistStopPropagation,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignalArray,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectLazy;
function inspect(value, options) {
  inspectLazy ??= require('internal/util/inspect').inspect;
  return inspectLazy(value, options);
}

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// Timeout signals hold their timer weakly: a pending AbortSignal.timeout() must not keep
// the process alive, and a signal nobody references can be collected with its timer.
const timeoutTimers = new WeakMap();

function setWeakAbortSignalTimeout(weakRef, delay) {
  const timeout = globalThis.setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout',
                                           'TimeoutError'));
    }
  }, delay);
  timeout?.unref?.();
  return timeout;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, options = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = options ?? {};
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    timeoutTimers.set(signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  // A signal that aborts when the first of `signals` does, with its reason.
  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signals.length) return resultSignal;
    resultSignal[kSourceSignals] = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
    }
    for (const signal of signals) {
      // Composite sources are flattened to the signals they depend on.
      const sources = signal[kComposite] ?
        [...signal[kSourceSignals]].map((ref) => ref.deref()).filter(Boolean) : [signal];
      for (const source of sources) {
        if (source[kAborted]) continue;
        resultSignal[kSourceSignals].add(new WeakRef(source));
        // Sources hold their dependants strongly: a dependant must live as long as
        // something can still abort it.
        source[kDependantSignals] ??= new Set();
        source[kDependantSignals].add(resultSignal);
      }
    }
    return resultSignal;
  }

}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
  reason: { __proto__: null, enumerable: true },
  throwIfAborted: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
  },
});

defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    signal[kDependantSignals] = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
  if (signal[kTimeout]) {
    const timer = timeoutTimers.get(signal);
    if (timer !== undefined) {
      globalThis.clearTimeout?.(timer);
      timeoutTimers.delete(signal);
    }
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = undefined;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#signal in self)) {
      throw new ERR_INVALID_THIS('AbortController');
    }
  }

  get signal() {
    AbortController.#check(this);
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    AbortController.#check(this);
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true,
    value: 'AbortController',
  },
});

// Node keeps this name for a signal made by the runtime itself.
function newAbortSignal(options) {
  if (options !== undefined) validateObject(options, 'options');
  return new AbortSignal(kDontThrowSymbol, options);
}

module.exports = {
  AbortController,
  AbortSignal,
  ClonedAbortSignal: AbortSignal,
  aborted: async function aborted(signal, resource) {
    if (signal.aborted) return;
    return new Promise((resolve) => {
      signal.addEventListener('abort', () => resolve(), {
        __proto__: null, once: true, [kResistStopPropagation]: true,
      });
    });
  },
  abortSignal,
  kAborted,
  newAbortSignal,
  transferableAbortSignal: (signal) => signal,
  transferableAbortController: () => new AbortController(),
};
