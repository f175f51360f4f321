'use strict';

// The DOM's Event, CustomEvent and EventTarget, with Node's extensions: AbortSignal-driven
// listener removal, the MaxListeners warning, and errors from listeners reported as uncaught
// exceptions.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateAbortSignal,
  validateObject,
} = require('internal/validators');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kWeakHandler = Symbol('kWeak');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kHybridDispatch = Symbol('kHybridDispatch');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

let eventsLazy;
function lazyEvents() {
  eventsLazy ??= require('events');
  return eventsLazy;
}

let inspectLazy;
function inspect(value, options) {
  inspectLazy ??= require('internal/util/inspect').inspect;
  return inspectLazy(value, options);
}

function now() {
  const performance = globalThis.performance;
  if (performance !== undefined && typeof performance.now === 'function') return performance.now();
  return Date.now();
}

function emitWarning(warning) {
  if (typeof process.emitWarning === 'function') {
    process.emitWarning(warning);
  } else if (process.stderr && typeof process.stderr.write === 'function') {
    process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
  }
}

// An error thrown by a listener does not stop the dispatch; it surfaces as an uncaught
// exception on the next tick, as it would in a browser's event loop.
function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

const isTrustedSet = new WeakSet();

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;
  #type;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const { bubbles, cancelable, composed } = { ...options };
    this.#cancelable = !!cancelable;
    this.#bubbles = !!bubbles;
    this.#composed = !!composed;
    this.#type = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  static #check(event) {
    if (event === null || typeof event !== 'object' || !(#type in event)) {
      throw new ERR_INVALID_THIS('Event');
    }
  }

  // The legacy initializer; ignored once the event is being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    Event.#check(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    Event.#check(this);
    this.#defaultPrevented = true;
  }

  get target() {
    Event.#check(this);
    return this[kTarget];
  }

  get currentTarget() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    Event.#check(this);
    return this[kTarget];
  }

  get type() {
    Event.#check(this);
    return this.#type;
  }

  get cancelable() {
    Event.#check(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    Event.#check(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    Event.#check(this);
    return this.#timestamp;
  }

  composedPath() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    Event.#check(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    Event.#check(this);
    return this.#bubbles;
  }

  get composed() {
    Event.#check(this);
    return this.#composed;
  }

  get eventPhase() {
    Event.#check(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    Event.#check(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    Event.#check(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    Event.#check(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    Event.#check(this);
    return isTrustedSet.has(this);
  }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

const kEnumerable = { __proto__: null, enumerable: true };
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
  },
  stopImmediatePropagation: kEnumerable,
  preventDefault: kEnumerable,
  target: kEnumerable,
  currentTarget: kEnumerable,
  srcElement: kEnumerable,
  type: kEnumerable,
  cancelable: kEnumerable,
  defaultPrevented: kEnumerable,
  timeStamp: kEnumerable,
  composedPath: kEnumerable,
  returnValue: kEnumerable,
  bubbles: kEnumerable,
  composed: kEnumerable,
  eventPhase: kEnumerable,
  cancelBubble: kEnumerable,
  stopPropagation: kEnumerable,
  isTrusted: kEnumerable,
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (this === null || typeof this !== 'object' || !(#detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerable,
});

const weakListenerHolders = new WeakMap();

// One registered listener, in a doubly linked list per event type whose head is the
// type's root record ({ size, next }).
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, weak,
              resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);

    if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // An object with handleEvent, looked up at dispatch time.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
    if (weak) {
      // Held strongly by the `weak` object only, so that the registration does not keep
      // that object alive.
      let held = weakListenerHolders.get(weak);
      if (held === undefined) weakListenerHolders.set(weak, held = []);
      held.push(this.callback, this.listener);
      this.callback = new WeakRef(this.callback);
      this.listener = new WeakRef(this.listener);
    }
  }

  get rawListener() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.rawListener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners()] = lazyEvents().defaultMaxListeners;
  self[kMaxEventTargetListenersWarned()] = false;
  self[kHandlers] = new Map();
}

function kMaxEventTargetListeners() {
  return lazyEvents().kMaxEventTargetListeners;
}

function kMaxEventTargetListenersWarned() {
  return lazyEvents().kMaxEventTargetListenersWarned;
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] === true;
}

function checkThis(self) {
  if (!isEventTarget(self) || self[kEvents] === undefined) {
    throw new ERR_INVALID_THIS('EventTarget');
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object may get its handleEvent method later.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function toEventType(type) {
  if (typeof type === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  }
  return `${type}`;
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners()];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned()]) {
      this[kMaxEventTargetListenersWarned()] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
                          `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = validateEventListenerOptions(options);

    validateAbortSignal(signal, 'options.signal');

    if (!validateEventListener(listener)) {
      // The DOM silently ignores a null listener; Node points it out.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }
    type = toEventType(type);

    if (signal) {
      if (signal.aborted) return;
      // The signal must not keep this target alive, hence the weak listener.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(root, listener, once, capture, passive, isNodeStyleListener, weak,
                   resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    // The same listener with the same capture flag is registered only once.
    if (handler !== undefined) return;

    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, weak,
                 resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toEventType(type);
    const capture = options?.capture === true || options === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](undefined, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatches `event`, or one made by createEvent() on first need: Node-style listeners
  // (added by a NodeEventTarget's on()/once(), such as MessagePort's) get `nodeValue` instead.
  // A symbol-keyed method, not a private one, so that native objects (message ports) whose
  // prototype chain reaches EventTarget.prototype can use it.
  [kHybridDispatch](nodeValue, type, event, createEvent) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) {
        event[kTarget] = this;
        event[kIsBeingDispatched] = false;
      }
      return;
    }
    const makeEvent = () => {
      event ??= createEvent();
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
      return event;
    };
    if (event !== undefined) makeEvent();

    let handler = root.next;
    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
      // The current listener may remove itself or others while it runs.
      const next = handler.next;
      if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        if (root.size === 0 && this[kEvents].get(type) === root) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, handler.rawListener, handler.capture);
      }

      try {
        const callback = handler.weak ? handler.callback.deref() : handler.callback;
        if (callback) {
          const nodeStyle = handler.isNodeStyleListener && createEvent !== undefined;
          const arg = nodeStyle ? nodeValue : makeEvent();
          const result = Reflect.apply(callback, this, [arg]);
          // Node 20 marks the event as no longer dispatching after the first listener
          // (eventPhase and currentTarget reset); kept for compatibility.
          if (event !== undefined) event[kIsBeingDispatched] = false;
          if (result !== undefined && result !== null) addCatch(result);
        }
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [customInspectSymbol](depth, options) {
    checkThis(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({}, opts)}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerable,
  removeEventListener: kEnumerable,
  dispatchEvent: kEnumerable,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, function(err) {
      emitUncaughtException(err);
    });
  }
}

// The listeners registered for `type`, in order (for events.getEventListeners()).
function getListeners(target, type) {
  const root = target[kEvents].get(type);
  const listeners = [];
  let handler = root?.next;
  while (handler !== undefined) {
    const listener = handler.rawListener;
    if (listener !== undefined) listeners.push(listener);
    handler = handler.next;
  }
  return listeners;
}

// Defines the `on<event>` attribute of a prototype: one registered wrapper per target that
// forwards to the current handler; assigning a non-object removes it.
function defineEventHandler(emitter, name, event = name) {
  const propertyName = `on${name}`;
  function get() {
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propertyName}` });

  function set(value) {
    if (!this[kHandlers]) this[kHandlers] = new Map();
    const wrapper = this[kHandlers].get(event);
    if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) {
      if (wrapper !== undefined) {
        this.removeEventListener(event, wrapper);
        this[kHandlers].delete(event);
      }
      return;
    }
    if (wrapper !== undefined) {
      wrapper.handler = value;
      return;
    }
    const eventHandler = makeEventHandler(value);
    this.addEventListener(event, eventHandler);
    this[kHandlers].set(event, eventHandler);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propertyName}` });

  Object.defineProperty(emitter, propertyName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

function makeEventHandler(handler) {
  function eventHandler(...args) {
    const current = eventHandler.handler;
    if (typeof current === 'function') return Reflect.apply(current, this, args);
    if (typeof current?.handleEvent === 'function') {
      return Reflect.apply(current.handleEvent, current, args);
    }
  }
  eventHandler.handler = handler;
  return eventHandler;
}

module.exports = {
  kHybridDispatch,
  kIsNodeStyleListener,
  CustomEvent,
  defineEventHandler,
  Event,
  EventTarget,
  getListeners,
  initEventTarget,
  isEventTarget,
  kEvents,
  kIsEventTarget,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
