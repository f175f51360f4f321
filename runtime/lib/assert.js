'use strict';

// node:assert — assertion functions throwing AssertionError with Node's messages, including
// the source text of a failing `assert(expr)` read back from the caller's file.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateFunction } = require('internal/validators');

let comparisons;
function isDeepEqual(a, b) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

let inspectLazy;
function inspect(value, options) {
  inspectLazy ??= require('internal/util/inspect').inspect;
  return inspectLazy(value, options);
}

function isRegExp(value) {
  return Object.prototype.toString.call(value) === '[object RegExp]' &&
    value instanceof RegExp;
}

function isPromise(value) {
  return value instanceof Promise;
}

function isError(value) {
  return value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]';
}

let warned = false;

const NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// The module itself is assert.ok.
const assert = module.exports = ok;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;

  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (warned === false) {
      warned = true;
      if (typeof process.emitWarning === 'function') {
        process.emitWarning(
          'assert.fail() with more than one argument is deprecated. ' +
            'Please use assert.strictEqual() instead or only pass a message.',
          'DeprecationWarning',
          'DEP0094',
        );
      }
    }
    if (argsLen === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  const errArgs = {
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;

// Kept for compatibility with old callers.
assert.AssertionError = AssertionError;

// ---------------------------------------------------------------------------------------
// The falsy-value message: the source of the failing call, as written.

const errorCache = new Map();

const kEscapes = {
  __proto__: null, '\b': '\\b', '\f': '\\f',
};
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeFn(ch) {
  return kEscapes[ch] ?? `\\x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

// The call site of `fn`'s caller: { fileName, line (0-based), column (0-based) }.
function getCallSite(fn) {
  const limitWritable = isErrorStackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  if (limitWritable) Error.stackTraceLimit = 1;
  const holder = {};
  let frames;
  try {
    Error.prepareStackTrace = (_, stack) => stack;
    Error.captureStackTrace(holder, fn);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = prepare;
    if (limitWritable) Error.stackTraceLimit = limit;
  }
  if (Array.isArray(frames) && frames.length > 0 && typeof frames[0].getFileName === 'function') {
    const call = frames[0];
    return {
      fileName: call.getFileName(),
      line: call.getLineNumber() - 1,
      column: call.getColumnNumber() - 1,
    };
  }
  // A runtime that formats stacks itself: read the first frame's location from the text.
  if (typeof frames === 'string') {
    const match = /\n\s+at (?:.*\()?(.+?):(\d+):(\d+)\)?\s*(?:\n|$)/.exec(frames);
    if (match !== null) {
      return { fileName: match[1], line: +match[2] - 1, column: +match[3] - 1 };
    }
  }
  return undefined;
}

const kIdentifierChar = /[\p{ID_Continue}$\u200c\u200d]/u;

function isIdentifierChar(ch) {
  return ch !== undefined && kIdentifierChar.test(ch);
}

// Skips a quoted string, template literal, comment or regular expression starting at `i`;
// returns the index after it, or -1 when `i` does not start one.
function skipLiteral(code, i, previousSignificant) {
  const ch = code[i];
  if (ch === '"' || ch === "'") {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') {
        j++;
      } else if (code[j] === ch) {
        return j + 1;
      } else if (code[j] === '\n') {
        return j;
      }
    }
    return code.length;
  }
  if (ch === '`') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') {
        j++;
      } else if (code[j] === '`') {
        return j + 1;
      } else if (code[j] === '$' && code[j + 1] === '{') {
        const end = skipBalanced(code, j + 1);
        if (end === -1) return code.length;
        j = end - 1;
      }
    }
    return code.length;
  }
  if (ch === '/' && code[i + 1] === '/') {
    const end = code.indexOf('\n', i);
    return end === -1 ? code.length : end;
  }
  if (ch === '/' && code[i + 1] === '*') {
    const end = code.indexOf('*/', i + 2);
    return end === -1 ? code.length : end + 2;
  }
  if (ch === '/' && startsRegExp(previousSignificant)) {
    let inClass = false;
    for (let j = i + 1; j < code.length; j++) {
      const c = code[j];
      if (c === '\\') {
        j++;
      } else if (c === '[') {
        inClass = true;
      } else if (c === ']') {
        inClass = false;
      } else if (c === '/' && !inClass) {
        j++;
        while (isIdentifierChar(code[j])) j++;
        return j;
      } else if (c === '\n') {
        return j;
      }
    }
    return code.length;
  }
  return -1;
}

// A '/' after these starts a regular expression rather than a division.
function startsRegExp(previous) {
  if (previous === undefined) return true;
  if (/^[(,=:[!&|?{};+\-*%<>~^]$/.test(previous)) return true;
  return /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/
    .test(previous);
}

// `code[open]` is an opening bracket; returns the index after its match, or -1.
function skipBalanced(code, open) {
  const closing = { '(': ')', '[': ']', '{': '}' };
  const stack = [closing[code[open]]];
  let previous = code[open];
  for (let i = open + 1; i < code.length;) {
    const ch = code[i];
    const literalEnd = skipLiteral(code, i, previous);
    if (literalEnd !== -1) {
      if (ch !== '/' || (code[i + 1] !== '/' && code[i + 1] !== '*')) previous = 'x';
      i = literalEnd;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(closing[ch]);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i + 1;
    }
    if (!/\s/.test(ch)) {
      if (isIdentifierChar(ch)) {
        let j = i;
        while (isIdentifierChar(code[j])) j++;
        previous = code.slice(i, j);
        i = j;
        continue;
      }
      previous = ch;
    }
    i++;
  }
  return -1;
}

// Index of the bracket matching the closing one at `close`, scanning backwards on one
// line (strings are not expected in a callee chain).
function matchBackwards(code, close) {
  const opening = { ')': '(', ']': '[' };
  const stack = [opening[code[close]]];
  for (let i = close - 1; i >= 0; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']') {
      stack.push(opening[ch]);
    } else if (ch === '(' || ch === '[') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

// The call expression whose callee ends at `offset` (where V8 puts a call's position):
// [start, source text]. Throws when there is none.
function parseCode(code, offset) {
  // Back over the callee chain: `a.b?.c[0]().ok`. `offset` is at the callee's last name,
  // or at the argument list of a computed call (`a['ok'](x)`).
  let start = offset;
  for (;;) {
    let i = start - 1;
    while (i >= 0 && (code[i] === ' ' || code[i] === '\t')) i--;
    if (code[i] === ']') {
      // A computed member: its object is whatever is right before the '['.
      const open = matchBackwards(code, i);
      if (open === -1) break;
      start = open;
      i = open - 1;
      if (code[i] === ']' || code[i] === ')') continue;
      if (!isIdentifierChar(code[i])) break;
      while (i >= 0 && isIdentifierChar(code[i])) i--;
      start = i + 1;
      continue;
    }
    if (code[i] !== '.') break;
    i--;
    if (code[i] === '?') i--;
    while (i >= 0 && (code[i] === ' ' || code[i] === '\t')) i--;
    if (code[i] === ')' || code[i] === ']') {
      const open = matchBackwards(code, i);
      if (open === -1) break;
      start = open;
      i = open - 1;
      if (!isIdentifierChar(code[i])) continue;
    } else if (!isIdentifierChar(code[i])) {
      break;
    }
    while (i >= 0 && isIdentifierChar(code[i])) i--;
    start = i + 1;
  }

  // Forward over the callee's last name to the argument list.
  let i = offset;
  while (isIdentifierChar(code[i])) i++;
  while (/\s/.test(code[i] ?? '')) i++;
  if (code[i] === '?' && code[i + 1] === '.') {
    i += 2;
    while (/\s/.test(code[i] ?? '')) i++;
  }
  if (code[i] !== '(') throw null; // eslint-disable-line no-throw-literal
  const end = skipBalanced(code, i);
  if (end === -1) throw null; // eslint-disable-line no-throw-literal
  return [start, code.slice(start, end).replace(escapeSequencesRegExp, escapeFn)];
}

function fileURLToPathLazy(url) {
  try {
    return require('url').fileURLToPath(url);
  } catch {
    return decodeURIComponent(new URL(url).pathname);
  }
}

function getErrMessage(message, fn) {
  const call = getCallSite(fn);
  if (call === undefined) return message;
  let { fileName: filename, line, column } = call;

  let identifier;
  if (filename) {
    identifier = `${filename}${line}${column}`;
    // The library's own modules are not user code.
    if (filename.startsWith('node:') || filename.startsWith('kiln:')) {
      errorCache.set(identifier, undefined);
      return;
    }
  } else {
    // eval() and new Function() code: Node 20 gives up here too.
    return message;
  }

  if (errorCache.has(identifier)) return errorCache.get(identifier);

  try {
    if (filename.startsWith('file:')) filename = fileURLToPathLazy(filename);
    const source = require('fs').readFileSync(filename, 'utf8');
    let lineStart = 0;
    for (let i = 0; i < line; i++) lineStart = source.indexOf('\n', lineStart) + 1;
    ({ 0: column, 1: message } = parseCode(source.slice(lineStart), column));
    // A multi-line call is re-indented under the first line.
    if (message.includes('\n')) {
      message = message.replace(/\r\n/g, '\n');
      const frames = message.split('\n');
      message = frames.shift();
      for (const frame of frames) {
        let pos = 0;
        while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
        message += `\n  ${frame.slice(pos)}`;
      }
    }
    message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
    errorCache.set(identifier, message);
    return message;
  } catch {
    errorCache.set(identifier, undefined);
  }
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;

    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(message, fn);
    } else if (message instanceof Error) {
      throw message;
    }

    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}
assert.ok = ok;

// ---------------------------------------------------------------------------------------
// Comparisons.

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = notDeepStrictEqual;
function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// ---------------------------------------------------------------------------------------
// Exceptions and rejections.

// The keys of an expected-error object, for a readable diff of only those keys.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);

      const err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;

      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
                  `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      // A primitive was thrown: compare it with the expectation as a whole.
      const err = new AssertionError({
        actual,
        expected,
        message,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      // An object of expected properties (an Error also checks name and message).
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // An error class the thrown value is an instance of (arrow functions have no prototype).
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function must return exactly true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;

        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual,
      expected,
      message,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Promises and thenables that also have catch().
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }

  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }

    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message',
          `The error message "${actual.message}" is identical to the message.`,
        );
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message',
        `The error "${actual}" is identical to the message.`,
      );
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;

  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      return expected.exec(str) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;

  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }

  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
               `Actual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }

    const newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message,
      stackStartFn: ifError,
    });

    // The stack shows where ifError was called, followed by where `err` came from.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const origStackStart = origStack.indexOf('\n    at');
      if (origStackStart !== -1) {
        const originalFrames = origStack.slice(origStackStart + 1).split('\n');
        let newFrames = newErr.stack.split('\n');
        for (const errFrame of originalFrames) {
          const pos = newFrames.indexOf(errFrame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        const stackStart = newFrames.join('\n');
        const stackEnd = originalFrames.join('\n');
        newErr.stack = `${stackStart}\n${stackEnd}`;
      }
    }

    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;

    const generatedMessage = !message;

    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({
      actual: string,
      expected: regexp,
      message,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------------------
// CallTracker (deprecated in Node 20, kept for old tests).

class CallTracker {
  #calls = [];

  calls(fn, exact = 1) {
    if (typeof fn === 'number') {
      exact = fn;
      fn = () => {};
    } else if (fn === undefined) {
      fn = () => {};
    }
    validateFunction(fn, 'fn');
    const context = {
      exact, actual: 0, name: fn.name || 'calls', stackTrace: new Error(), calls: [],
    };
    this.#calls.push(context);
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.actual++;
        context.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    trackedFunctions.set(tracked, context);
    return tracked;
  }

  getCalls(fn) {
    const context = trackedFunctions.get(fn);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('fn', fn, 'is not a tracked function');
    }
    return context.calls.map((call) => ({ ...call }));
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#calls) {
        context.actual = 0;
        context.calls = [];
      }
      return;
    }
    const context = trackedFunctions.get(fn);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('fn', fn, 'is not a tracked function');
    }
    context.actual = 0;
    context.calls = [];
  }

  report() {
    const errors = [];
    for (const context of this.#calls) {
      if (context.actual !== context.exact) {
        const message = `Expected the ${context.name} function to be executed ${context.exact} ` +
          `time(s) but was executed ${context.actual} time(s).`;
        errors.push({
          message,
          actual: context.actual,
          expected: context.exact,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

const trackedFunctions = new WeakMap();

assert.CallTracker = CallTracker;

// ---------------------------------------------------------------------------------------
// Strict mode: the loose comparisons become the strict ones.

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
