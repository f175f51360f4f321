'use strict';
// process.emitWarning and the default 'warning' printer, as in Node's
// lib/internal/process/warning.js. Kiln prints "(kiln:PID)" where Node prints "(node:PID)" and
// leaves out Node's "(Use `node --trace-warnings ...`)" hint.

function writeOut(message) {
  try {
    process.stderr.write(`${message}\n`);
  } catch {
    // Nowhere left to report a failure to report a warning.
  }
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

// The default listener of 'warning', installed when the process object is set up.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const disabled = require('internal/options').getOptionValue('--disable-warning');
  if (disabled.length !== 0 && (disabled.includes(warning.code) || disabled.includes(warning.name))) {
    return;
  }
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(kiln:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function'
      ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  writeOut(msg);
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

// process.emitWarning(warning[, type[, code]][, ctor]) or (warning[, options]).
function emitWarning(warning, type, code, ctor) {
  if (process.noDeprecation && type === 'DeprecationWarning') return;
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown later, so that the warnings emitted before it are printed first.
      return process.nextTick(() => {
        throw warning;
      });
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function emitWarningSync(warning, type, code, ctor) {
  process.emit('warning', createWarningObject(warning, type, code, ctor));
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Only the stack captured below counts: none for the Error constructor itself.
  const tmpStackLimit = Error.stackTraceLimit;
  const writable = isStackTraceLimitWritable();
  if (writable) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  if (writable) Error.stackTraceLimit = tmpStackLimit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function isStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

module.exports = { emitWarning, emitWarningSync, onWarning };
