'use strict';
// Unhandled promise rejections, in Node's default mode ("throw"): after the microtasks of a
// turn have run, a rejection still without a handler is emitted as 'unhandledRejection'; if
// nothing listens, it is raised as an uncaught exception.

const {
  promiseRejectEvents: { kPromiseRejectWithNoHandler, kPromiseHandlerAddedAfterReject },
} = internalBinding('task_queue');
const tickInfo = require('internal/process/tick_info');
const { triggerUncaughtException } = internalBinding('errors');

const kHasRejectionToWarn = 1;

const maybeUnhandledPromises = new WeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;

function setHasRejectionToWarn(value) { tickInfo[kHasRejectionToWarn] = value ? 1 : 0; }
function hasRejectionToWarn() { return tickInfo[kHasRejectionToWarn] === 1; }

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandledRejections.push(promise);
    setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) return;
    maybeUnhandledPromises.delete(promise);
    if (info.warned) {
      asyncHandledRejections.push(promise);
      setHasRejectionToWarn(true);
    }
  }
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
         Object.prototype.hasOwnProperty.call(value, 'stack');
}

function unhandledRejectionError(reason) {
  const { inspect } = require('internal/util/inspect');
  const message = 'This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch().' +
    ` The promise rejected with the reason "${inspect(reason)}".`;
  const error = new Error(message);
  error.name = 'UnhandledPromiseRejection';
  error.code = 'ERR_UNHANDLED_REJECTION';
  return error;
}

// Returns true if it may have scheduled more ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const promise = asyncHandledRejections.shift();
    process.emit('rejectionHandled', promise);
  }
  let remaining = pendingUnhandledRejections.length;
  while (remaining-- > 0) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason } = info;
    if (!process.emit('unhandledRejection', reason, promise)) {
      const error = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
      triggerUncaughtException(error, true);
    }
    maybeScheduled = true;
  }
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

module.exports = {
  promiseRejectHandler,
  processPromiseRejections,
  setHasRejectionToWarn,
  hasRejectionToWarn,
};
