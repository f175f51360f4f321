'use strict';
// node:util — formatting and inspection, promisify/callbackify, deprecation, debuglog,
// parseArgs, styleText and the legacy type predicates.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  ErrnoException,
  ExceptionWithHostPort,
  getSystemErrorMap: internalGetSystemErrorMap,
  getSystemErrorName: internalGetSystemErrorName,
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectValues = Object.values;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

// Builtins that call back with several values (fs.read, dns.lookup…) list the names of those
// values under this symbol so that their promisified form resolves to an object.
let kCustomPromisifyArgsSymbol;
try {
  kCustomPromisifyArgsSymbol = require('internal/util').customPromisifyArgs;
} catch {
  // internal/util is optional.
}
if (typeof kCustomPromisifyArgsSymbol !== 'symbol') {
  kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
}

/**
 * Wraps a callback-last function into one that returns a promise.
 * @param {Function} original
 * @returns {Function}
 */
function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) {
            obj[argumentNames[i]] = values[i];
          }
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn,
    enumerable: false,
    writable: false,
    configurable: true,
  });

  // Copy name, length and any own properties of the original.
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  for (const descriptor of ObjectValues(descriptors)) {
    ObjectSetPrototypeOf(descriptor, null);
  }
  return ObjectDefineProperties(fn, descriptors);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to the callback, so it is wrapped.
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
  }
  return cb(reason);
}

/**
 * Wraps a promise-returning function into one that takes a Node-style callback last.
 * @param {Function} original
 * @returns {Function}
 */
function callbackify(original) {
  validateFunction(original, 'original');

  // The promise is not returned: the callback runs on a later tick, outside of it.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const descriptor of ObjectValues(descriptors)) {
    ObjectSetPrototypeOf(descriptor, null);
  }
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

/**
 * Legacy prototype inheritance: ctor.prototype inherits from superCtor.prototype.
 */
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Deprecation codes that have warned already: one warning per code per process.
const codesWarned = new Set();

/**
 * Wraps `fn` so that its first call emits a DeprecationWarning.
 */
function deprecate(fn, msg, code) {
  if (code !== undefined) {
    validateString(code, 'code');
  }

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) {
      return ReflectConstruct(fn, args, new.target);
    }
    return ReflectApply(fn, this, args);
  }

  // Keep the prototype chain so that statics and instanceof keep working.
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

// NODE_DEBUG=a,b* selects which debuglog sections print.
let debugEnvTest;
const debugImpls = { __proto__: null };

function testDebugEnabled(section) {
  if (debugEnvTest === undefined) {
    const debugEnv = process.env.NODE_DEBUG;
    if (debugEnv) {
      const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      const regexp = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (str) => regexp.exec(str) !== null;
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function shouldColorizeStderr() {
  const stream = process.stderr;
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR);
  }
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.NO_COLOR === undefined && env.NODE_DISABLE_COLORS === undefined &&
    env.TERM !== 'dumb';
}

function noop() {}

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          section.toLowerCase() + '\' can expose sensitive data (such as passwords, tokens ' +
          'and authentication headers) in the resulting log.');
      }
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorizeStderr();
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, coloredPid, msg));
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

/**
 * Returns a logger that writes to stderr when NODE_DEBUG names `section`.
 */
function debuglog(section, cb) {
  let enabled;
  function init() {
    section = section.toUpperCase();
    enabled = testDebugEnabled(section);
  }
  // The environment is only consulted on the first call.
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

/**
 * Wraps text in the ANSI codes of one or more inspect.colors formats.
 */
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (Array.isArray(format)) {
    // Node 20 does not consult the stream for a list of formats.
    let left = '';
    let right = '';
    for (const key of format) {
      const code = inspect.colors[key];
      if (code === undefined) {
        throw new ERR_INVALID_ARG_VALUE('format', key, formatKeysReason());
      }
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const code = inspect.colors[format];
  if (code === undefined) {
    throw new ERR_INVALID_ARG_VALUE('format', format, formatKeysReason());
  }
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.pipe !== 'function' &&
         typeof stream.getReader !== 'function' && typeof stream.getWriter !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE(
        'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!shouldColorizeStream(stream)) return text;
  }
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

function formatKeysReason() {
  return `must be one of: ${Object.keys(inspect.colors).map((key) => `'${key}'`).join(', ')}`;
}

function shouldColorizeStream(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR);
  }
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.NO_COLOR === undefined && env.NODE_DISABLE_COLORS === undefined &&
    env.TERM !== 'dumb';
}

/**
 * Replaces lone surrogates with U+FFFD.
 */
function toUSVString(input) {
  const str = `${input}`;
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    result += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : result + str.slice(last);
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalGetSystemErrorName(err);
}

function getSystemErrorMap() {
  return internalGetSystemErrorMap();
}

function pad(n) {
  return `${n}`.padStart(2, '0');
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timestamp() {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

// Legacy API, documentation-deprecated in Node.js 20.
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) {
    target[keys[i]] = source[keys[i]];
  }
  return target;
}

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isBuffer(arg) {
  const Buffer = globalThis.Buffer;
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' ?
    Buffer.isBuffer(arg) : false;
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isRegExp(arg) {
  return types.isRegExp(arg);
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isDate(arg) {
  return types.isDate(arg);
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// Error helpers some npm packages still call.
function _errnoException(...args) {
  return ErrnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return ExceptionWithHostPort(...args);
}

let lazyAbortController;
function abortController() {
  if (lazyAbortController === undefined) {
    lazyAbortController = require('internal/abort_controller');
  }
  return lazyAbortController;
}

/**
 * Resolves once `signal` aborts (immediately when it already has).
 */
async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { __proto__: null, once: true });
  });
}

function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return abortController().transferableAbortSignal(signal);
}

function transferableAbortController() {
  return abortController().transferableAbortController();
}

let lazyEncoding;
function encoding() {
  if (lazyEncoding === undefined) lazyEncoding = require('internal/encoding');
  return lazyEncoding;
}

let lazyParseArgs;

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  parseEnv(content) { return require('internal/dotenv').parseEnv(content); },
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
};

ObjectDefineProperties(module.exports, {
  parseArgs: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (lazyParseArgs === undefined) lazyParseArgs = require('internal/util/parse_args');
      return lazyParseArgs.parseArgs;
    },
  },
  TextDecoder: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return encoding().TextDecoder;
    },
  },
  TextEncoder: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return encoding().TextEncoder;
    },
  },
});
