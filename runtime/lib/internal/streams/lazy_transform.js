'use strict';
// The base of crypto's Hash, Hmac, Cipher and Decipher: a Transform stream whose stream state
// is created on first use, as in Node. Unlike Node, node:stream itself is loaded only then:
// most programs only call update() and digest(), and loading the stream modules costs far more
// than hashing. Until that first use LazyTransform.prototype carries stubs for every stream
// member; the first one touched links the prototype to Transform.prototype and removes them.

function LazyTransform(options) {
  this._options = options;
}

const methodNames = [
  '_final', '_write', '_read', 'write', 'cork', 'uncork', 'setDefaultEncoding', '_writev', 'end',
  'destroy', '_undestroy', '_destroy', 'push', 'unshift', 'isPaused', 'setEncoding', 'read',
  'pipe', 'unpipe', 'on', 'addListener', 'removeListener', 'off', 'removeAllListeners', 'resume',
  'pause', 'wrap', 'iterator', 'asIndexedPairs', 'drop', 'filter', 'flatMap', 'map', 'take',
  'compose', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find', 'eventNames',
  'setMaxListeners', 'getMaxListeners', 'emit', 'prependListener', 'once', 'prependOnceListener',
  'listeners', 'rawListeners', 'listenerCount', Symbol.asyncIterator,
  Symbol.for('nodejs.rejection'),
];
const accessorNames = [
  'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
  'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain', 'destroyed',
  'readable', 'readableDidRead', 'readableAborted', 'readableHighWaterMark', 'readableBuffer',
  'readableFlowing', 'readableLength', 'readableObjectMode', 'readableEncoding', 'errored',
  'closed', 'readableEnded',
];
// The per-instance state Transform's constructor creates, created on first access.
const stateNames = ['_readableState', '_writableState', '_transformState'];

let Transform;
function link() {
  if (Transform !== undefined) return;
  Transform = require('stream').Transform;
  for (const name of [...methodNames, ...accessorNames]) delete LazyTransform.prototype[name];
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
}

for (const name of methodNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    writable: true,
    value: function(...args) {
      link();
      return this[name](...args);
    },
  });
}
for (const name of accessorNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    get() {
      link();
      return this[name];
    },
    set(value) {
      link();
      this[name] = value;
    },
  });
}
for (const name of stateNames) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      link();
      Transform.call(this, this._options);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        value, configurable: true, enumerable: true, writable: true,
      });
    },
  });
}

// A program that already loaded node:stream pays nothing for linking now, and gets
// `hash instanceof stream.Transform` right from the start.
if (require.isLoaded('stream')) link();

module.exports = LazyTransform;
