'use strict';
// process.nextTick and queueMicrotask. The native side calls processTicksAndRejections after
// every callback into JS while tickInfo says ticks or rejections are pending.

const { runMicrotasks, enqueueMicrotask } = internalBinding('task_queue');
const tickInfo = require('internal/process/tick_info');
const { triggerUncaughtException } = internalBinding('errors');
const { validateFunction } = require('internal/validators');
const { processPromiseRejections, setHasRejectionToWarn } = require('internal/process/promises');
const { getFrame, setFrame, runInFrame } = require('internal/async_context_frame');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A growable ring buffer: nextTick is hot, and Array#shift is O(n).
class TickQueue {
  #items = new Array(2048);
  #head = 0;
  #tail = 0;
  #mask = 2047;

  isEmpty() { return this.#head === this.#tail; }

  push(item) {
    this.#items[this.#tail] = item;
    this.#tail = (this.#tail + 1) & this.#mask;
    if (this.#tail === this.#head) this.#grow();
  }

  shift() {
    if (this.#head === this.#tail) return null;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) & this.#mask;
    return item;
  }

  #grow() {
    const old = this.#items;
    const size = old.length;
    const items = new Array(size * 2);
    // The buffer is full: head === tail. Copy it out in order.
    for (let i = 0; i < size; i++) items[i] = old[(this.#head + i) & this.#mask];
    this.#items = items;
    this.#head = 0;
    this.#tail = size;
    this.#mask = size * 2 - 1;
  }
}

const queue = new TickQueue();

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  queue.push({ callback, args: args.length === 0 ? undefined : args, frame: getFrame() });
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      setFrame(tock.frame);
      if (args === undefined) callback(); else callback(...args);
    }
    setFrame(undefined);
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// Between two timers or immediates, Node drains ticks and microtasks.
function runNextTicks() {
  if (!hasTickScheduled() && tickInfo[kHasRejectionToWarn] === 0) runMicrotasks();
  if (!hasTickScheduled() && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const frame = getFrame();
  enqueueMicrotask(() => {
    try {
      runInFrame(frame, callback, undefined, []);
    } catch (error) {
      triggerUncaughtException(error, false);
    }
  });
}

module.exports = {
  tickInfo,
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runNextTicks,
  hasTickScheduled,
};
