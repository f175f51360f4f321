'use strict';

// AssertionError: the error node:assert throws, whose generated message shows the two
// values side by side or as a line diff (`+ actual - expected`).

const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return lazyInspect().inspect(value, options);
}

let blue = '';
let green = '';
let red = '';
let white = '';

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Below this combined length, two primitives are shown as `a !== b`.
const kMaxShortLength = 12;

// Errors are compared by a copy: inspecting the copy shows `[Error: message]` instead of a
// stack trace.
function copyError(source) {
  const target = { __proto__: Object.getPrototypeOf(source) };
  for (const key of Object.keys(source)) target[key] = source[key];
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

function inspectValue(val) {
  // Sorted keys and no line packing make the two sides line up for the diff.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function removeColors(str) {
  const strip = lazyInspect().stripVTControlCharacters;
  if (typeof strip === 'function') return strip(str);
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

function defaultColorsEnabled() {
  return lazyInspect().inspect.defaultOptions?.colors === true;
}

// Lines of the identical run before a change: up to two are shown before a change, a run
// of more than five is cut down to `...` plus the last two.
function identicalContext(lines, i, identical) {
  let out = '';
  let printed = 0;
  let skipped = false;
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out += `\n  ${lines[i - 3]}`;
          printed++;
        } else {
          out += `\n${blue}...${white}`;
          skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    printed++;
  }
  return { out, printed, skipped };
}

// `customMessage` replaces the operator's heading (not the "same structure" one).
function heading(operator, customMessage) {
  return customMessage ? `${customMessage}` : kReadableOperator[operator];
}

function createErrDiff(actual, expected, operator, customMessage) {
  let other = '';
  let res = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  let i = 0;
  let indicator = '';

  // Two objects (or two functions) that print the same are simply different references.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Single-line values: short primitives as `a !== b`, otherwise possibly a caret under
  // the first differing character.
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colors = defaultColorsEnabled();
    const actualRaw = colors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) { // -0 === +0
        return `${heading(operator, customMessage)}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const maxLength = process.stderr?.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        // A caret after the first two characters only.
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are left out of the diff; the last three are kept as context.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  // Everything matched: the values print the same but are not equal.
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      while (lines.length > 47) lines.pop();
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  // More than four identical trailing lines: mark the cut.
  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let printedLines = 0;
  let identical = 0;
  const msg = heading(operator, customMessage) +
    `\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // The longer side's extra lines are printed as additions or removals at the end.
  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      const context = identicalContext(lines, i, identical);
      res += context.out;
      printedLines += context.printed;
      skipped ||= context.skipped;
      identical = 0;
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma counts as the same line.
      let divergingLines = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        const context = identicalContext(actualLines, i, identical);
        res += context.out;
        printedLines += context.printed;
        skipped ||= context.skipped;
        identical = 0;
        // Consecutive changed lines print as +++--- rather than +-+-.
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // Show about 50 lines at most.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n` +
             `${blue}...${white}`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    // Node 20 keeps the text after the first 512 characters here.
    return `${string.slice(512)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Compatibility with older versions.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;

    const diffOperator = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message != null && !diffOperator) {
      super(String(message));
    } else {
      if (process.stderr?.isTTY) {
        // Checked on every error: the environment may change colour support at run time.
        if (typeof process.stderr.hasColors === 'function' && process.stderr.hasColors()) {
          blue = '\u001b[34m';
          green = '\u001b[32m';
          white = '\u001b[39m';
          red = '\u001b[31m';
        } else {
          blue = '';
          green = '';
          white = '';
          red = '';
        }
      }
      // Two errors are shown as `[Error: message]` rather than with their stacks.
      if (typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }

      if (diffOperator) {
        // A custom message replaces the heading; the diff still follows.
        super(createErrDiff(actual, expected, operator, message));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        // The values are equal: show one of them.
        let base = kReadableOperator[operator];
        const res = inspectValue(actual).split('\n');

        if (operator === 'notStrictEqual' &&
            ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }

        if (res.length > 50) {
          res[46] = `${blue}...${white}`;
          while (res.length > 47) res.pop();
        }

        if (res.length === 1) {
          super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
        } else {
          super(`${base}\n\n${res.join('\n')}\n`);
        }
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${knownOperator}\n\n${res}`;
          if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
          super(res);
        } else {
          if (res.length > 512) res = `${res.slice(0, 509)}...`;
          if (other.length > 512) other = `${other.slice(0, 509)}...`;
          if (operator === 'deepEqual') {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const newOp = kReadableOperator[`${operator}Unequal`];
            if (newOp) {
              res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            } else {
              other = ` ${operator} ${other}`;
            }
          }
          super(`${res}${other}`);
        }
      }
    }

    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Format the stack now, while the name still carries the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    // Long strings are cut: the message already shows both values.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;

    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);

    // Only one level of `actual` and `expected`, for the same reason.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });

    this.actual = tmpActual;
    this.expected = tmpExpected;

    return result;
  }
}

module.exports = AssertionError;
