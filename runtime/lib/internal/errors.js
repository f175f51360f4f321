'use strict';

// Node-style errors for the embedded library: the ERR_* classes with Node's exact messages,
// system errors built from libuv codes, AbortError, and hideStackFrames.

const kIsNodeError = Symbol('kIsNodeError');
// An error may carry a function under this key that returns its stack with extra context
// (events.js adds where an unhandled 'error' event was emitted); the printer of uncaught
// exceptions calls it before printing.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const messages = new Map();
// A dictionary-mode object (see the delete after the last E() below): each code's first use
// turns its accessor into a data property, which on a fast-mode object of ~280 properties
// builds a new map with a copy of all their descriptors, ~0.8 M instructions each time
// (node:stream's first load used to pay that for every code it names).
const kDictionaryMode = Symbol('kDictionaryMode');
const codes = { [kDictionaryMode]: true };

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

let bufferModule;
function lazyBuffer() {
  if (bufferModule === undefined) {
    bufferModule = typeof globalThis.Buffer === 'function' ? globalThis.Buffer : null;
  }
  return bufferModule;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  if (Object.prototype.hasOwnProperty.call(desc, 'writable')) return desc.writable;
  return desc.set !== undefined;
}

// Builds an error of class `Base` without collecting frames: the caller captures the stack
// afterwards from the right starting point.
function withoutStack(create) {
  if (!isErrorStackTraceLimitWritable()) return create();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// V8 formats `stack` lazily from `name` and `message`. Node errors show their code in the
// stack header (`TypeError [ERR_X]: …`), so the header is formatted right away while `name`
// temporarily carries the code.
function captureStackWithCode(err, startFn) {
  const code = err.code;
  const ownName = Object.getOwnPropertyDescriptor(err, 'name');
  Object.defineProperty(err, 'name', {
    __proto__: null,
    value: `${err.name} [${code}]`,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  try {
    Error.captureStackTrace(err, startFn);
    // eslint-disable-next-line no-unused-expressions
    err.stack;
  } catch {
    // A message that cannot become a string leaves the stack unformatted.
  }
  if (ownName === undefined) {
    delete err.name;
  } else {
    Object.defineProperty(err, 'name', ownName);
  }
  return err;
}

// Recaptures the stack of an error thrown inside `fn` so that it starts at fn's caller.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && error[kIsNodeError] === true &&
          Error.stackTraceLimit) {
        if (error instanceof SystemError || error.name === undefined) {
          Error.captureStackTrace(error, wrappedFn);
        } else {
          captureStackWithCode(error, wrappedFn);
        }
      }
      throw error;
    }
  }
  Object.defineProperty(wrappedFn, 'name', { __proto__: null, value: fn.name, configurable: true });
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

const kInternalAssertionSuffix =
  '\nThis is caused by either a bug in Kiln or incorrect usage of Kiln internals.\n' +
  'Please open an issue with this stack trace.\n';

function internalAssert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

// %s/%d/%i/%f/%j/%o/%O/%% as util.format treats them, for the string templates below.
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  if (pointer === null) return true;
  const desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    /^[A-Z][a-zA-Z0-9]+$/.test(desc.value.name) && globalThis[desc.value.name] === desc.value;
}

function formatTemplate(template, args) {
  let index = 0;
  return template.replace(/%([sdifjoO%])/g, (match, kind) => {
    if (kind === '%') return '%';
    if (index >= args.length) return match;
    const arg = args[index++];
    switch (kind) {
      case 's':
        if (typeof arg === 'number') return Object.is(arg, -0) ? '-0' : `${arg}`;
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return String(arg);
        if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
        return inspect(arg, { depth: 0, colors: false, compact: 3 });
      case 'd':
      case 'i': {
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        const n = kind === 'i' ? parseInt(arg) : Number(arg);
        return Object.is(n, -0) ? '-0' : `${n}`;
      }
      case 'f':
        return typeof arg === 'symbol' ? 'NaN' : `${parseFloat(arg)}`;
      case 'j':
        try {
          return JSON.stringify(arg);
        } catch {
          return '[Circular]';
        }
      default:
        return inspect(arg, kind === 'o' ? { showHidden: true, showProxy: true, depth: 4 } : {});
    }
  });
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    internalAssert(msg.length <= args.length,
                   `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                   `match the required ones (${msg.length}).`);
    return Reflect.apply(msg, self, args);
  }
  const expectedLength = (msg.match(/%[dfijoOs]/g) || []).length;
  internalAssert(expectedLength === args.length,
                 `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                 `match the required ones (${expectedLength}).`);
  if (args.length === 0) return msg;
  return formatTemplate(msg, args);
}

function makeNodeErrorWithCode(Base, key) {
  const NodeError = class NodeError extends Base {
    code = key;

    constructor(...args) {
      const writable = isErrorStackTraceLimitWritable();
      const limit = Error.stackTraceLimit;
      if (writable) Error.stackTraceLimit = 0;
      super();
      if (writable) Error.stackTraceLimit = limit;
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: getMessage(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      if (Error.stackTraceLimit) captureStackWithCode(this, new.target);
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  };
  Object.defineProperty(NodeError.prototype, kIsNodeError, {
    __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
  });
  return NodeError;
}

// A libuv/OS failure described by a context object ({ code, message, syscall, errno, path,
// dest }), with Node's `SystemError` shape.
class SystemError extends Error {
  constructor(key, context) {
    const writable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (writable) Error.stackTraceLimit = 0;
    super();
    if (writable) Error.stackTraceLimit = limit;
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperties(this, {
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true,
        configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    for (const prop of ['path', 'dest']) {
      if (context[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        __proto__: null,
        get() { return context[prop] != null ? context[prop].toString() : context[prop]; },
        set(value) {
          const Buffer = lazyBuffer();
          if (!value) {
            context[prop] = undefined;
          } else {
            context[prop] = Buffer ? Buffer.from(value.toString()) : value.toString();
          }
        },
        enumerable: true,
        configurable: true,
      });
    }
    if (Error.stackTraceLimit) captureStackWithCode(this, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}
Object.defineProperty(SystemError.prototype, kIsNodeError, {
  __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
});

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

// Registers code `sym` with message `val` (a util.format template or a function called with
// the error as `this`); extra classes become `codes[sym].<ClassName>`. The class is made on
// first use: most of the ~280 codes are never thrown by a given program, and classes made
// eagerly would all sit in the startup snapshot.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  Object.defineProperty(codes, sym, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const made = makeCodeClass(sym, def, otherClasses);
      Object.defineProperty(codes, sym, {
        __proto__: null, value: made, writable: true, configurable: true, enumerable: true,
      });
      return made;
    },
    set(value) {
      Object.defineProperty(codes, sym, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}

function makeCodeClass(sym, def, otherClasses) {
  if (def === SystemError) {
    def = makeSystemErrorWithCode(sym);
  } else {
    def = makeNodeErrorWithCode(def, sym);
  }
  for (const clazz of otherClasses) {
    def[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  }
  def.HideStackFramesError = def;
  return def;
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the messages.

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
                'bigint', 'symbol'];

function formatList(array, type = 'and') {
  if (array.length < 3) return array.join(` ${type} `);
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function addNumericalSeparator(value) {
  let res = '';
  let i = value.length;
  const start = value[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${value.slice(i - 3, i)}${res}`;
  return `${value.slice(0, i)}${res}`;
}

// The "Received …" part of type errors: the class of objects, the name of functions, the
// type and a short rendering of primitives.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    if (value.constructor && 'name' in value.constructor) {
      return `an instance of ${value.constructor.name}`;
    }
    return inspect(value, { depth: -1 });
  }
  if (type === 'string') {
    let shown = value;
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    if (shown.includes("'")) return `type string (${JSON.stringify(shown)})`;
    return `type string ('${shown}')`;
  }
  if (type === 'number') {
    return `type number (${Object.is(value, -0) ? '-0' : String(value)})`;
  }
  if (type === 'bigint') return `type bigint (${value}n)`;
  if (type === 'boolean' || type === 'symbol') return `type ${type} (${String(value)})`;
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${type} (${shown})`;
}

function describeExpected(expected) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // With classes in the list, a plain `object` reads better as `an instance of Object`.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(types.length > 1 ? `one of type ${formatList(types, 'or')}` : `of type ${types[0]}`);
  }
  if (instances.length > 0) parts.push(`an instance of ${formatList(instances, 'or')}`);
  if (other.length > 0) {
    if (other.length > 1) {
      parts.push(`one of ${formatList(other, 'or')}`);
    } else {
      parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
    }
  }
  return parts.join(' or ');
}

// ---------------------------------------------------------------------------------------
// Codes whose message is computed.

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
}, Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = kInternalAssertionSuffix;
  return message === undefined ? suffix.slice(1) : `${message}${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  internalAssert(typeof name === 'string', "'name' must be a string");
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += `must be ${describeExpected(expected)}`;
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = relatedError ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package ` +
      `config ${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} ` +
    `defined for '${key}' in the package config ${pkgPath}package.json${from}${hint}`;
}, Error);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the` +
    ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the` +
    ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ` +
    `${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_MANIFEST_ASSERT_INTEGRITY', (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities.size) {
    const sri = [...realIntegrities.entries()].map(([alg, dgs]) => `${alg}-${dgs}`).join(' ');
    msg += ` Integrities found are: ${sri}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
}, Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  msg += formatList(names);
  msg += ` ${args.length > 1 ? 'arguments' : 'argument'} must be specified`;
  return msg;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    `. To specify a positional argument starting with a '-', place it at the end of the ` +
      `command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
  return 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.' +
    `${parentFilename ? `\n  From ${parentFilename} ` : ''}\n  Requiring ${filename} `;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}` +
    `${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  const dynamicImport = 'a dynamic import() which is available in all CommonJS modules';
  if (packageJsonPath) {
    const path = require('path');
    const basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
      filename : path.basename(filename);
    if (hasEsmSyntax) {
      msg += `\nInstead change the require of ${basename} in ${parentPath} to ${dynamicImport}.`;
      return msg;
    }
    msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest ` +
      'parent package.json contains "type": "module" which declares all .js files in that ' +
      `package scope as ES modules.\nInstead either rename ${basename} to end in .cjs, change ` +
      'the requiring code to use dynamic import() which is available in all CommonJS modules, ' +
      `or change "type": "module" to "type": "commonjs" in ${packageJsonPath} to treat all .js ` +
      'files as CommonJS (using .mjs for all ES modules instead).\n';
    return msg;
  }
  if (String(filename).endsWith('.mjs')) {
    msg += `\nInstead change the require of ${filename} to ${dynamicImport}.`;
  }
  return msg;
}, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  if (typeof allowZero !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('allowZero', 'boolean', allowZero);
  }
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d',
  SyntaxError);
E('ERR_TEST_FAILURE', function(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return error !== null && typeof error === 'object' && typeof error.message === 'string' ?
    error.message : String(error);
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's ` +
    `offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(Array.from(supported))} are ` +
    'supported by the default ESM loader';
  if (process.platform === 'win32' && url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') => {
  return `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`;
}, Error);
E('ERR_WORKER_PATH', (filename) => {
  return 'The worker script or module filename must be an absolute path or a relative path ' +
    "starting with './' or '../'." +
    (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (String(filename).startsWith('data:text/javascript') ?
      ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);

// System errors: `new codes.ERR_X({ code, message, syscall, errno, path, dest })`.
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self',
  SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);

// ---------------------------------------------------------------------------------------
// Codes with fixed messages or util.format templates (Node 20's texts).

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  'Forked processes must have an IPC channel, missing value \'ipc\' in %s',
  Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED',
  'Cannot set FIPS mode, it was forced with --force-fips at startup.',
  Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DEBUGGER_STARTUP_ERROR', '%s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is ' +
  'mutually exclusive with using the `domain` module',
  Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()',
  Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION',
  'Deserialize main function is already configured.',
  Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"',
  Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND',
  'Cannot specify additional headers after response initiated',
  Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"',
  TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  'Packed settings length must be a multiple of six',
  RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER',
  '"%s" is an invalid pseudoheader or is used incorrectly',
  TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK',
  'Maximum number of pending settings acknowledgements',
  Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS',
  'No stream ID is available because maximum stream ID has been reached',
  Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101',
  'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2',
  Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
  'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS',
  Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted',
  Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.',
  Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s ' +
  'byte(s) set in header',
  Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING',
  'Module "%s" needs an import attribute of type "%s"',
  TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  'Import attribute "%s" with value "%s" is not supported',
  TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"',
  TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN',
  Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED',
  'Inspector is already activated. Close it with inspector.close() before activating it again.',
  Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL',
  TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. ' +
  'If this is intentional, include `shortCircuit: true` in the hook\'s return.',
  Error);
E('ERR_MANIFEST_DEPENDENCY_MISSING',
  'Manifest resource %s does not list %s as a dependency specifier for conditions: %s',
  Error);
E('ERR_MANIFEST_INTEGRITY_MISMATCH',
  'Manifest resource %s has multiple entries but integrity lists do not match',
  SyntaxError);
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD',
  'Manifest resource %s has invalid property value for %s',
  TypeError);
E('ERR_MANIFEST_INVALID_SPECIFIER',
  'Manifest resource %s has invalid dependency mapping %s',
  TypeError);
E('ERR_MANIFEST_TDZ', 'Manifest initialization has not yet run', Error);
E('ERR_MANIFEST_UNKNOWN_ONERROR', 'Manifest specified unknown error behavior "%s".', SyntaxError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS',
  'byte_offset + byte_length should be less than or equal to the size in bytes of the array ' +
  'passed in',
  RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
  'start offset of %s should be a multiple of %s',
  RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', 'import \'%s\' received a bad response: %s', Error);
E('ERR_NETWORK_IMPORT_DISALLOWED', 'import of \'%s\' by %s is not supported: %s', Error);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot',
  Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
  'Operation cannot be invoked when not in a single-executable application',
  Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  'Unexpected argument \'%s\'. This command does not take positional arguments',
  TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.',
  Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
  'Cannot find asset %s for the single executable application',
  Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established',
  Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
  TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_METHOD', '%s', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION',
  '%j is not a valid %s TLS protocol version',
  TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j',
  TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext',
  Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already ' +
  'active',
  Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is ' +
  'not hierarchical.',
  TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE',
  'At least one valid performance entry type is required',
  Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.',
  TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules',
  TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated',
  Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED',
  'The destination thread threw an error while processing the message',
  Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
delete codes[kDictionaryMode];  // deleting a property other than the last normalizes the object

// ---------------------------------------------------------------------------------------
// Errors that are not ERR_* classes.

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// What V8 would print for a value without calling user code.
function noSideEffectsToString(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return String(value);
  }
  if (value instanceof Error) {
    try {
      return Error.prototype.toString.call(value);
    } catch {
      // Fall through.
    }
  }
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  const ctor = Object.getPrototypeOf(value)?.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

// The error thrown for an unhandled promise rejection whose reason is not an Error.
class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';

  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
          'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
          `promise rejected with the reason "${noSideEffectsToString(reason)}".`);
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(new Map(errors.map((e) => [e, e])).values(), message);
    this.code = errors[0]?.code;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// libuv's error names and descriptions (Linux numbering), used when the runtime has no
// `uv` binding to ask.
const kUvErrors = [
84
  [-1, 'EPERM', 'operation not permitted'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-3, 'ESRCH', 'no such process'],
  [-4, 'EINTR', 'interrupted system call'],
  [-5, 'EIO', 'i/o error'],
  [-6, 'ENXIO', 'no such device or address'],
  [-7, 'E2BIG', 'argument list too long'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-13, 'EACCES', 'permission denied'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-17, 'EEXIST', 'file already exists'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-19, 'ENODEV', 'no such device'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-22, 'EINVAL', 'invalid argument'],
  [-23, 'ENFILE', 'file table overflow'],
  [-24, 'EMFILE', 'too many open files'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-27, 'EFBIG', 'file too large'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-30, 'EROFS', 'read-only file system'],
  [-31, 'EMLINK', 'too many links'],
  [-32, 'EPIPE', 'broken pipe'],
  [-34, 'ERANGE', 'result too large'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-61, 'ENODATA', 'no data available'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-71, 'EPROTO', 'protocol error'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
];

let uvErrmap;
function lazyUvErrmap() {
  if (uvErrmap === undefined) {
    uvErrmap = new Map();
    let binding;
    try {
      binding = internalBinding('uv');
    } catch {
      binding = undefined;
    }
    if (binding && typeof binding.getErrorMap === 'function') {
      for (const [errno, entry] of binding.getErrorMap()) uvErrmap.set(errno, entry);
    } else {
      for (const [errno, name, message] of kUvErrors) uvErrmap.set(errno, [name, message]);
    }
  }
  return uvErrmap;
}

function uvErrmapGet(errno) {
  return lazyUvErrmap().get(errno);
}

function getSystemErrorMap() {
  return new Map(lazyUvErrmap());
}

function getSystemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function captureLargerStackTrace(err, startFn) {
  if (Error.stackTraceLimit) Error.captureStackTrace(err, startFn);
  return err;
}

// `ENOENT: no such file or directory, open '/x'` from a binding's failure context
// ({ errno, syscall, path, dest, message, code }).
function UVException(ctx) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = withoutStack(() => new Error(message));
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return captureLargerStackTrace(err, UVException);
}

function UVExceptionWithHostPort(err, syscall, address, port) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
  const message = `${syscall} ${code}: ${uvmsg}`;
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  const ex = withoutStack(() => new Error(`${message}${details}`));
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return captureLargerStackTrace(ex, UVExceptionWithHostPort);
}

// `open ENOENT extra` from a negative errno.
function ErrnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = withoutStack(() => new Error(message));
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return captureLargerStackTrace(ex, ErrnoException);
}

function ExceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) details += ` - Local (${additional})`;
  const ex = withoutStack(() => new Error(`${syscall} ${code}${details}`));
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return captureLargerStackTrace(ex, ExceptionWithHostPort);
}

const UV_EAI_MEMORY = -3006;
const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === UV_EAI_MEMORY || code === UV_EAI_NODATA || code === UV_EAI_NONAME) {
      code = 'ENOTFOUND';
    } else {
      code = getSystemErrorName(code);
    }
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const ex = withoutStack(() => new Error(message));
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return captureLargerStackTrace(ex, DNSException);
}

function ConnResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' && err instanceof RangeError &&
    err.message === 'Maximum call stack size exceeded';
}

// For a runtime that installs V8's PrepareStackTrace callback: honour a user-set
// Error.prepareStackTrace, otherwise format like V8.
function prepareStackTraceCallback(globalThisArg, error, trace) {
  const userPrepare = Error.prepareStackTrace;
  if (typeof userPrepare === 'function') return userPrepare(error, trace);
  let header;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = '<error>';
  }
  if (trace.length === 0) return header;
  return `${header}\n    at ${trace.join('\n    at ')}`;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  captureLargerStackTrace,
  captureStackWithCode,
  codes,
  ConnResetException,
  determineSpecificType,
  DNSException,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorMap,
  getSystemErrorName,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  NodeAggregateError,
  noSideEffectsToString,
  prepareStackTraceCallback,
  SystemError,
  UnhandledPromiseRejection,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
};
