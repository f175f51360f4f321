'use strict';
// process.on('SIGINT', ...): a native signal watcher per signal with listeners. Watchers do not
// keep the loop alive (as in Node); removing the last listener restores the default action.

const { signals } = internalBinding('constants').os;
const signalWrap = internalBinding('signal_wrap');

const watchers = new Map();

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || watchers.has(type)) return;
  const watcher = signalWrap.start(signals[type], (signum) => process.emit(type, type, signum));
  if (typeof watcher === 'number') {
    const { ErrnoException } = require('internal/errors');
    throw new ErrnoException(watcher, 'uv_signal_start');
  }
  watcher.unref();
  watchers.set(type, watcher);
}

function stopListeningIfSignal(type) {
  const watcher = watchers.get(type);
  if (watcher !== undefined && process.listenerCount(type) === 0) {
    watcher.close();
    watchers.delete(type);
  }
}

function setup() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setup };
