'use strict';
// Unhandled promise rejections: after the microtasks of a turn have run, a rejection still
// without a handler is handled by the --unhandled-rejections mode, as in Node. The default,
// "throw": emitted as 'unhandledRejection', and if nothing listens, raised as an uncaught
// exception. A handler attached later is reported as 'rejectionHandled' (or a warning).

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
      asyncHandledRejections.push({ promise, uid: info.uid });
      setHasRejectionToWarn(true);
    }
  }
}

function createWarning(name, message) {
  const warning = new Error(message);
  warning.name = name;
  return warning;
}

// The two warnings of the "warn" modes: the reason, then what it means.
function emitUnhandledRejectionWarning(uid, reason) {
  const name = 'UnhandledPromiseRejectionWarning';
  const warning = createWarning(name, 'Unhandled promise rejection. This error originated ' +
    'either by throwing inside of an async function without a catch block, or by rejecting ' +
    'a promise which was not handled with .catch(). To terminate the node process on ' +
    'unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, name);
    } else {
      process.emitWarning(describeReason(reason), name);
    }
  } catch {
    // A reason whose stack or inspection throws still gets the second warning.
  }
  process.emitWarning(warning);
}

function unhandledRejectionsMode() {
  return require('internal/options').getOptionValue('--unhandled-rejections') || 'throw';
}

// What V8's side-effect-free conversion gives for a reason that is not an error.
function describeReason(reason) {
  if (typeof reason === 'symbol') return reason.toString();
  if ((typeof reason !== 'object' && typeof reason !== 'function') || reason === null) {
    return `${reason}`;
  }
  const name = Object.getPrototypeOf(reason)?.constructor?.name;
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

function raise(reason) {
  triggerUncaughtException(isErrorLike(reason) ? reason : unhandledRejectionError(reason), true);
}

function handleUnhandledRejection(uid, reason, promise) {
  switch (unhandledRejectionsMode()) {
    case 'strict':
      raise(reason);
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledRejectionWarning(uid, reason);
      }
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitUnhandledRejectionWarning(uid, reason);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledRejectionWarning(uid, reason);
        process.exitCode = 1;
      }
      break;
    default:
      if (!process.emit('unhandledRejection', reason, promise)) raise(reason);
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
    const { promise, uid } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) {
      process.emitWarning(createWarning('PromiseRejectionHandledWarning',
                                        `Promise rejection was handled asynchronously (rejection id: ${uid})`));
    }
  }
  let remaining = pendingUnhandledRejections.length;
  while (remaining-- > 0) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    handleUnhandledRejection(info.uid, info.reason, promise);
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
