'use strict';
// node:timers

const {
  Timeout, Immediate, insert, clearTimeoutInternal, clearImmediateInternal, active, unenroll,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

function collectArgs(args, start) {
  return args.length > start ? Array.prototype.slice.call(args, start) : undefined;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, collectArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  clearTimeoutInternal(timer);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, collectArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // Intervals and timeouts are the same objects, as in Node.
  clearTimeoutInternal(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, collectArgs(arguments, 1));
}

function clearImmediate(immediate) {
  clearImmediateInternal(immediate);
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  // Deprecated in Node, kept for old packages.
  _unrefActive(item) { require('internal/timers').unrefActive(item); },
  active(item) { active(item); },
  unenroll(item) { unenroll(item); },
  enroll(item, msecs) {
    if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
    item._idleTimeout = msecs;
    item._idleNext = item._idlePrev = null;
  },
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
