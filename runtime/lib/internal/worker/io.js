'use strict';
// MessagePort, MessageChannel, BroadcastChannel and receiveMessageOnPort over
// internalBinding('messaging'). A port is a native object (so that V8's serializer can find it
// in a message to transfer it) whose prototype is MessagePort.prototype, an EventTarget with
// Node's EventEmitter-style methods: on('message') listeners get the data itself, EventTarget
// listeners a MessageEvent. A port keeps its thread alive only while it has 'message'
// listeners, as in Node.

const binding = internalBinding('messaging');
const {
  Event,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const kName = Symbol('kName');
const kHandle = Symbol('kHandle');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let lazyDOMExceptionClass;
function lazyDOMException() {
  lazyDOMExceptionClass ??= require('internal/per_context/domexception').DOMException;
  return lazyDOMExceptionClass;
}

// Errors the native serializer throws as plain Errors named DataCloneError become DOMExceptions.
function rethrowCloneError(error) {
  if (error !== null && typeof error === 'object' && error.name === 'DataCloneError' &&
      !(error instanceof lazyDOMException())) {
    throw new (lazyDOMException())(error.message, 'DataCloneError');
  }
  throw error;
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } =
      options ?? {};
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = Object.freeze([...ports]);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
Object.defineProperties(MessageEvent.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'MessageEvent' },
  data: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  lastEventId: { __proto__: null, enumerable: true },
  source: { __proto__: null, enumerable: true },
  ports: { __proto__: null, enumerable: true },
});

// Errors Node throws from C++: plain TypeErrors with a code.
function codedTypeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

function checkPort(port) {
  if (!binding.isPort(port)) throw new ERR_INVALID_THIS('MessagePort');
}

// The transfer list of postMessage(value, transferList | { transfer }), checked as Node does.
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  let list = transfer;
  if (typeof transfer === 'object' && !(Symbol.iterator in transfer)) {
    list = transfer.transfer;
    if (list === undefined || list === null) return undefined;
  }
  if ((typeof list !== 'object' && typeof list !== 'function') ||
      typeof list[Symbol.iterator] !== 'function') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE',
                         'Optional transferList argument must be an iterable');
  }
  const items = [];
  const types = internalBinding('types');
  for (const item of list) {
    if (!types.isArrayBuffer(item) && !binding.isPort(item)) {
      throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    items.push(item);
  }
  return items;
}

class MessagePort extends EventTarget {
  constructor() {
    throw codedTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  }

  postMessage(value, transfer) {
    checkPort(this);
    if (arguments.length === 0) {
      throw codedTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const list = transferListOf(transfer);
    try {
      binding.postMessage(this, value, list);
    } catch (error) {
      rethrowCloneError(error);
    }
  }

  start() {
    checkPort(this);
    binding.start(this);
  }

  close() {
    checkPort(this);
    binding.close(this);
  }

  ref() {
    checkPort(this);
    binding.ref(this);
    return this;
  }

  unref() {
    checkPort(this);
    binding.unref(this);
    return this;
  }

  hasRef() {
    checkPort(this);
    return binding.hasRef(this);
  }

  // Node's NodeEventTarget methods.
  on(type, listener, options) {
    this.addEventListener(type, listener, { __proto__: null, ...options, [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener, options) {
    return this.on(type, listener, options);
  }

  once(type, listener, options) {
    this.addEventListener(type, listener,
                          { __proto__: null, ...options, once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    return this.off(type, listener, options);
  }

  emit(type, arg) {
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type, undefined, () => new Event(type));
    return hadListeners;
  }

  removeAllListeners(type) {
    if (type === undefined) {
      for (const name of [...this[kEvents].keys()]) this.removeAllListeners(name);
      return this;
    }
    const root = this[kEvents].get(type);
    if (root === undefined) return this;
    const listeners = [];
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      listeners.push([handler.rawListener ?? handler.listener, handler.capture]);
    }
    for (const [listener, capture] of listeners) this.removeEventListener(type, listener, { capture });
    return this;
  }

  listenerCount(type) {
    return this[kEvents].get(type)?.size ?? 0;
  }

  eventNames() {
    return [...this[kEvents].keys()];
  }

  setMaxListeners(n) {
    require('events').setMaxListeners(n, this);
    return this;
  }

  getMaxListeners() {
    return this[require('events').kMaxEventTargetListeners];
  }

  [customInspectSymbol](depth, options) {
    if (!binding.isPort(this)) return this;
    const { inspect } = require('internal/util/inspect');
    const state = { active: binding.isOpen(this), refed: binding.hasRef(this) };
    if (depth < 0) return 'MessagePort [EventTarget]';
    return `MessagePort [EventTarget] ${inspect(state, { ...options, depth: options.depth })}`;
  }
}

// A port keeps the loop alive while it has 'message' listeners; the first one starts it.
MessagePort.prototype[kNewListener] = function(size, type, ...rest) {
  if (type === 'message' && size === 1) {
    binding.ref(this);
    binding.start(this);
  }
  return EventTarget.prototype[kNewListener].call(this, size, type, ...rest);
};
MessagePort.prototype[kRemoveListener] = function(size, type, ...rest) {
  if (type === 'message' && size === 0) binding.unref(this);
  return EventTarget.prototype[kRemoveListener].call(this, size, type, ...rest);
};
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
defineEventHandler(MessagePort.prototype, 'close');
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'MessagePort',
});

function initPort(port) {
  Object.setPrototypeOf(port, MessagePort.prototype);
  initEventTarget(port);
}

function emit(port, kind, value) {
  if (kind === 0) {
    port[kHybridDispatch](value, 'message', undefined,
                          () => new MessageEvent('message', { data: value }));
  } else if (kind === 1) {
    port[kHybridDispatch](value, 'messageerror', undefined,
                          () => new MessageEvent('messageerror', { data: value }));
  } else {
    port[kHybridDispatch](undefined, 'close', undefined, () => new Event('close'));
  }
}

binding.setup(initPort, emit);

class MessageChannel {
  constructor() {
    const [port1, port2] = binding.createChannel();
    this.port1 = port1;
    this.port2 = port2;
  }
}

function receiveMessageOnPort(port) {
  if (!binding.isPort(port)) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  const none = {};
  const message = binding.receiveMessage(port, none);
  if (message === none) return undefined;
  return { message };
}

function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  const types = internalBinding('types');
  if (types.isArrayBuffer(object)) {
    binding.markAsUntransferable(object);
  } else if (types.isArrayBufferView(object)) {
    binding.markAsUntransferable(object.buffer);
  }
}

function isMarkedAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) {
    return false;
  }
  const types = internalBinding('types');
  if (types.isArrayBufferView(object)) return binding.isMarkedUntransferable(object.buffer);
  return binding.isMarkedUntransferable(object);
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const handle = binding.createBroadcastPort(this[kName]);
    this[kHandle] = handle;
    handle.on('message', (data) => {
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
    handle.on('messageerror', (error) => {
      this.dispatchEvent(new MessageEvent('messageerror', { data: error }));
    });
  }

  get name() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (this[kHandle] === undefined) return;
    binding.close(this[kHandle]);
    this[kHandle] = undefined;
  }

  postMessage(message) {
    if (!(kName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) {
      throw new (lazyDOMException())('BroadcastChannel is closed.', 'InvalidStateError');
    }
    try {
      binding.postMessage(this[kHandle], message, undefined);
    } catch (error) {
      rethrowCloneError(error);
    }
  }

  ref() {
    if (this[kHandle] !== undefined) binding.ref(this[kHandle]);
    return this;
  }

  unref() {
    if (this[kHandle] !== undefined) binding.unref(this[kHandle]);
    return this;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    const state = { name: this[kName], active: this[kHandle] !== undefined };
    return `BroadcastChannel ${inspect(state, { ...options, depth: options.depth })}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'BroadcastChannel',
});

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMarkedAsUntransferable,
  markAsUntransferable,
  receiveMessageOnPort,
  rethrowCloneError,
};
