'use strict';
// What happens when an exception is not caught, and how the process says goodbye.

let captureCallback = null;

// Returns true when a listener (or the capture callback) handled the error. Otherwise emits
// 'exit' with code 1, as Node does before printing the error, and returns false.
function onGlobalUncaughtException(error, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, type);
  if (captureCallback !== null) {
    captureCallback(error);
    return true;
  }
  if (process.emit('uncaughtException', error, type)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws must not hide the original error.
  }
  return false;
}

function formatFatalException(error) {
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return String(error);
  }
  const { inspect } = require('internal/util/inspect');
  // An unhandled 'error' event adds where it was emitted ("Emitted 'error' event at:").
  const { kEnhanceStackBeforeInspector } = require('internal/errors');
  const enhance = error[kEnhanceStackBeforeInspector];
  if (typeof enhance === 'function') {
    try {
      const enhanced = enhance();
      if (typeof enhanced === 'string') error.stack = enhanced;
    } catch {
      // Fall back to the plain report.
    }
  }
  return inspect(error, { colors: false });
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode | 0);
}

// Returns the exit code.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode | 0);
  }
  return process.exitCode === undefined ? 0 : process.exitCode | 0;
}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const error = new Error('`process.setupUncaughtExceptionCapture()` was called while a ' +
                            'capture callback was already active');
    error.code = 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET';
    throw error;
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

module.exports = {
  onGlobalUncaughtException,
  formatFatalException,
  emitBeforeExit,
  emitExit,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
