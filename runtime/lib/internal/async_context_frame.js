'use strict';
// The async context frame: which AsyncLocalStorage stores the running code sees. Every place
// that defers a callback (nextTick, timers, immediates, queueMicrotask, promise reactions, fs
// callbacks) captures the frame when the callback is scheduled and runs the callback in it.
// A frame is an immutable Map from store owner to value; `undefined` is the empty frame, and
// until the first store is used nothing else is ever captured, so this costs ~nothing.

let current;

function getFrame() {
  return current;
}

function setFrame(frame) {
  current = frame;
}

// The frame with `owner` set to `value` (or removed, when `remove`), leaving `frame` as it was.
function withEntry(frame, owner, value, remove = false) {
  const next = new Map(frame);
  if (remove) next.delete(owner); else next.set(owner, value);
  return next.size === 0 ? undefined : next;
}

function runInFrame(frame, fn, thisArg, args) {
  const previous = current;
  current = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = previous;
  }
}

// `fn` bound to the frame it is bound in; `fn` itself when that frame is empty.
function bindToFrame(fn) {
  const frame = current;
  if (frame === undefined) return fn;
  return function boundToFrame(...args) {
    return runInFrame(frame, fn, this, args);
  };
}

// Promise reactions run in the frame of the code that called then() or await: V8's promise
// hooks record it on each new promise and switch to it around each reaction. Turned on by the
// first store, since they slow every promise down.
const kPromiseFrame = Symbol('kPromiseFrame');
const savedFrames = [];
let trackingPromises = false;

function trackPromises() {
  if (trackingPromises) return;
  trackingPromises = true;
  internalBinding('task_queue').setPromiseHooks(
    (promise) => {
      if (current !== undefined) promise[kPromiseFrame] = current;
    },
    (promise) => {
      savedFrames.push(current);
      current = promise[kPromiseFrame];
    },
    () => {
      current = savedFrames.pop();
    });
}

module.exports = {
  getFrame,
  setFrame,
  withEntry,
  runInFrame,
  bindToFrame,
  trackPromises,
};
