'use strict';
// The timer machinery. Timers with the same duration share a list (new timers go to its end,
// so each list stays sorted by expiry); the lists sit in a priority queue ordered by their
// earliest expiry, and one native uv_timer_t is armed for the earliest of all.
// setImmediate callbacks wait in a queue run by a native uv_check_t.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, getLibuvNow } = binding;
// [count, refCount, hasOutstanding] of pending immediates, shared with the native check handle.
const immediateInfo = new Uint32Array(3);
const L = require('internal/linkedlist');
const PriorityQueue = require('internal/priority_queue');
const { getFrame, setFrame } = require('internal/async_context_frame');

// The async context frame each timer and immediate was created in, restored while it runs.
const kAsyncFrame = Symbol('kAsyncFrame');

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let nextAsyncId = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;

const timerListMap = Object.create(null);
const timerListQueue = new PriorityQueue(
  (a, b) => a.expiry - b.expiry || a.id - b.id,
  (list, position) => { list.priorityQueuePosition = position; });
// Timers converted to a number with +timeout, so that clearTimeout(number) finds them.
const knownTimersById = Object.create(null);

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

let warnedOverflow = false;
function emitOverflowWarning(after, kind) {
  process.emitWarning(`${after} does not fit into a 32-bit signed integer.\n` +
                      `${kind} duration was set to 1.`, 'TimeoutOverflowWarning');
  warnedOverflow = true;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) emitOverflowWarning(after, isRepeat ? 'Interval' : 'Timeout');
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kAsyncFrame] = getFrame();
  }

  refresh() {
    if (this[kRefed]) active(this); else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeoutInternal(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

function insert(item, msecs, start = getLibuvNow()) {
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount(); else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  const list = timerListMap[item._idleTimeout];
  L.remove(item);
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  if (item[kRefed]) decRefCount();
  item._idleTimeout = -1;
}

function clearTimeoutInternal(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

let runNextTicks;  // set by setupTimers: drains ticks and microtasks between callbacks

// Called by the native timer with the loop's time. Returns the next expiry (negative when only
// unreferenced timers remain) or 0 when there are no timers.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks(); else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = L.peek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // The rest of this list is not due yet: move the list to its new place in the queue.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(list.priorityQueuePosition);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks(); else ranAtLeastOneTimer = true;
    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    setFrame(timer[kAsyncFrame]);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout(); else timer._onTimeout(...args);
    } finally {
      setFrame(undefined);
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) refCount--;
      }
    }
  }
  // The list may have been replaced while its callbacks ran (a timer of the same duration was
  // added after this one emptied): remove only our own list.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

// Immediates: a singly linked FIFO.
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// What is left of a batch when one of its callbacks threw; run first on the next turn.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kAsyncFrame] = getFrame();
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Immediates scheduled by these callbacks wait for the next turn of the loop.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let previous;
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = previous === undefined ? immediate._idleNext
                                                                  : previous._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;
    previous = immediate;
    setFrame(immediate[kAsyncFrame]);
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate(); else immediate._onImmediate(...argv);
    } finally {
      setFrame(undefined);
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

function clearImmediateInternal(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

function setupTimers(drainTicks) {
  runNextTicks = drainTicks;
  binding.setupTimers(processImmediate, processTimers, immediateInfo);
}

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  kRefed,
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeoutInternal,
  clearImmediateInternal,
  setupTimers,
  getLibuvNow,
};
