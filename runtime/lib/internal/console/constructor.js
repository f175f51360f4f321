'use strict';
// The Console class of node:console and the global console, which writes to process.stdout
// and process.stderr with Node's formatting, grouping, counters, timers and tables.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
  isStackOverflowError,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const {
  inspect,
  formatWithOptions,
  getStringWidth,
} = require('internal/util/inspect');
const {
  isMap,
  isMapIterator,
  isSet,
  isSetIterator,
} = require('internal/util/types');
const { previewEntries } = internalBinding('util');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;
const ObjectKeys = Object.keys;
const ObjectValues = Object.values;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ReflectOwnKeys = Reflect.ownKeys;
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const kCounts = Symbol('counts');
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kFormatForStderr = Symbol('kFormatForStderr');
const kFormatForStdout = Symbol('kFormatForStdout');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

// Per-instance inspect options given to the constructor.
const optionsMap = new WeakMap();

// Internal properties are hidden from Object.keys and inspection.
const consolePropAttributes = {
  writable: true,
  enumerable: false,
  configurable: true,
};

function noop() {}

// The number of colors a stream supports, following Node's environment rules.
function getColorDepth(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return 4;
      case '2':
        return 8;
      case '3':
        return 24;
      default:
        return 1;
    }
  }
  if (stream && typeof stream.getColorDepth === 'function') {
    return stream.getColorDepth();
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.TMUX) return 24;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI',
         'TRAVIS'].some((name) => name in env) || env.CI_NAME === 'codeship') {
      return 8;
    }
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return 24;
    if (/^xterm-256/.test(env.TERM)) return 8;
    const term = env.TERM.toLowerCase();
    if (/^(?:ansi|cygwin|linux|eterm|kterm|rxvt|screen|tmux|putty|mosh|xterm|vt100|vt220|con[0-9]*x[0-9]*)/.test(term) ||
        /color/.test(term)) {
      return 4;
    }
  }
  if (env.COLORTERM) return 4;
  return 1;
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return getColorDepth(undefined) > 2;
  }
  return Boolean(stream && stream.isTTY) && getColorDepth(stream) > 2;
}

// A write error on a console stream must not become an uncaught exception.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && stream &&
        !(stream._writableState && stream._writableState.errorEmitted)) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
          typeof stream.once === 'function') {
        stream.once('error', noop);
      }
    }
  };
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Console may be called without `new`.
  if (new.target === undefined) {
    return ReflectConstruct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }

  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);

  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }

  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind every method to this instance, taking them from the instance (not the prototype)
  // so that subclasses can override them.
  for (const key of ObjectKeys(Console.prototype)) {
    this[key] = this[key].bind(this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consoleInternals = {
  [kBindStreamsEager]: {
    ...consolePropAttributes,
    value: function(stdout, stderr) {
      ObjectDefineProperties(this, {
        '_stdout': { __proto__: null, ...consolePropAttributes, value: stdout },
        '_stderr': { __proto__: null, ...consolePropAttributes, value: stderr },
      });
    },
  },

  // The global console reads process.stdout/stderr only when it first writes.
  [kBindStreamsLazy]: {
    ...consolePropAttributes,
    value: function(object) {
      let stdout;
      let stderr;
      ObjectDefineProperties(this, {
        '_stdout': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            if (!stdout) stdout = object.stdout;
            return stdout;
          },
          set(value) {
            stdout = value;
          },
        },
        '_stderr': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            if (!stderr) stderr = object.stderr;
            return stderr;
          },
          set(value) {
            stderr = value;
          },
        },
      });
    },
  },

  [kBindProperties]: {
    ...consolePropAttributes,
    value: function(ignoreErrors, colorMode, groupIndentation = 2) {
      ObjectDefineProperties(this, {
        '_stdoutErrorHandler': {
          __proto__: null,
          ...consolePropAttributes,
          value: createWriteErrorHandler(this, kUseStdout),
        },
        '_stderrErrorHandler': {
          __proto__: null,
          ...consolePropAttributes,
          value: createWriteErrorHandler(this, kUseStderr),
        },
        '_ignoreErrors': {
          __proto__: null,
          ...consolePropAttributes,
          value: Boolean(ignoreErrors),
        },
        '_times': { __proto__: null, ...consolePropAttributes, value: new Map() },
        [kIsConsole]: { __proto__: null, ...consolePropAttributes, value: true },
        [kCounts]: { __proto__: null, ...consolePropAttributes, value: new Map() },
        [kColorMode]: { __proto__: null, ...consolePropAttributes, value: colorMode },
        [kGroupIndent]: { __proto__: null, ...consolePropAttributes, value: '' },
        [kGroupIndentationWidth]: {
          __proto__: null,
          ...consolePropAttributes,
          value: groupIndentation,
        },
        [Symbol.toStringTag]: {
          __proto__: null,
          writable: false,
          enumerable: false,
          configurable: true,
          value: 'console',
        },
      });
    },
  },

  [kWriteToConsole]: {
    ...consolePropAttributes,
    value: function(streamSymbol, string) {
      const ignoreErrors = this._ignoreErrors;
      const groupIndent = this[kGroupIndent];
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

      if (groupIndent.length !== 0) {
        if (string.includes('\n')) {
          string = string.replace(/\n/g, `\n${groupIndent}`);
        }
        string = groupIndent + string;
      }
      string += '\n';

      if (ignoreErrors === false) return stream.write(string);

      // Errors may surface synchronously (files, TTYs) or later (pipes); swallow both.
      let addedListener = false;
      try {
        if (typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
            stream.listenerCount('error') === 0) {
          stream.once('error', noop);
          addedListener = true;
        }
        stream.write(string, errorHandler);
      } catch (e) {
        if (isStackOverflowError(e)) throw e;
      } finally {
        if (addedListener && typeof stream.removeListener === 'function') {
          stream.removeListener('error', noop);
        }
      }
    },
  },

  [kGetInspectOptions]: {
    ...consolePropAttributes,
    value: function(stream) {
      let color = this[kColorMode];
      if (color === 'auto') {
        color = shouldColorize(stream);
      }
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) {
          options.colors = color;
        }
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },

  [kFormatForStdout]: {
    ...consolePropAttributes,
    value: function(args) {
      const opts = this[kGetInspectOptions](this._stdout);
      return formatWithOptions(opts, ...args);
    },
  },

  [kFormatForStderr]: {
    ...consolePropAttributes,
    value: function(args) {
      const opts = this[kGetInspectOptions](this._stderr);
      return formatWithOptions(opts, ...args);
    },
  },
};

ObjectDefineProperties(Console.prototype, consoleInternals);

// Timers keep a process.hrtime() pair; elapsed milliseconds are computed from it like Node.
function startTimer() {
  if (typeof process.hrtime === 'function') return process.hrtime();
  return Date.now();
}

function elapsedMs(start) {
  if (typeof start === 'number') return Date.now() - start;
  const duration = process.hrtime(start);
  return duration[0] * 1000 + duration[1] / 1e6;
}

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// 1.234ms, 1.002s, 1:02.003 (m:ss.mmm), 1:01:02.003 (h:mm:ss.mmm)
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    seconds = parts[0];
    ms = parts[1];
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) {
    return `${seconds.toFixed(3)}s`;
  }

  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(elapsedMs(start));
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// console.table: Node's box-drawing layout, cells left-aligned.
const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    out += cell + ' '.repeat(needed);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = hasOwn(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, getStringWidth(value));
    }
  }

  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));

  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) {
    result += `${renderRow(row, columnWidths)}\n`;
  }
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

function* iterate(iterator) {
  for (let step = iterator.next(); !step.done; step = iterator.next()) yield step.value;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, startTimer());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) {
      this._times.delete(label);
    }
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = {
      name: 'Trace',
      message: this[kFormatForStderr](args),
    };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the arguments.
      ReflectApply(this.warn, this, args);
    }
  },

  // Clearing only makes sense on a terminal.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      // Cursor to the top left corner, then erase the screen below it.
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    // Symbols cannot become labels: the template literal throws for them.
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) {
      count = 1;
    } else {
      count++;
    }
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) {
      ReflectApply(this.log, this, data);
    }
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  // https://console.spec.whatwg.org/#table
  table(tabularData, properties) {
    if (properties !== undefined) {
      validateArray(properties, 'properties');
    }

    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }

    const final = (k, v) => this.log(renderTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        ObjectKeys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      tabularData = res[0];
      isKeyValue = res[1];
    }

    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const [k, v] of iterate(Map.prototype.entries.call(tabularData))) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter) {
      tabularData = previewEntries(tabularData);
    }

    const setlike = setIter || mapIter || isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      const entries = isSet(tabularData) ?
        iterate(Set.prototype.values.call(tabularData)) : tabularData;
      for (const v of entries) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = ObjectKeys(tabularData);

    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null ||
        (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || ObjectKeys(item);
        for (const key of keys) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !hasOwn(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = _inspect(item[key]);
          }
        }
      }
    }

    const keys = ObjectKeys(map);
    const values = ObjectValues(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);

    return final(keys, values);
  },
};

// Aliases are separate functions so that each one carries its own name.
consoleMethods.debug = function debug(...args) {
  return ReflectApply(consoleMethods.log, this, args);
};
consoleMethods.info = function info(...args) {
  return ReflectApply(consoleMethods.log, this, args);
};
consoleMethods.dirxml = function dirxml(...args) {
  return ReflectApply(consoleMethods.log, this, args);
};
consoleMethods.error = function error(...args) {
  return ReflectApply(consoleMethods.warn, this, args);
};
consoleMethods.groupCollapsed = function groupCollapsed(...data) {
  return ReflectApply(consoleMethods.group, this, data);
};

for (const method of ReflectOwnKeys(consoleMethods)) {
  Console.prototype[method] = consoleMethods[method];
}

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

let globalConsole;

// Methods V8's inspector console adds; they do nothing without an inspector.
function addInspectorMethods(target) {
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    const fn = { [name](label) {} }[name];
    ObjectDefineProperty(target, name, {
      __proto__: null, value: fn, writable: true, enumerable: true, configurable: true,
    });
  }
  ObjectDefineProperty(target, 'context', {
    __proto__: null,
    value: function context(name) {
      const ctx = {};
      for (const key of ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table',
        'trace', 'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset',
        'assert', 'profile', 'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp']) {
        const fn = target[key];
        if (typeof fn === 'function') ctx[key] = fn;
      }
      return ctx;
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(target, 'createTask', {
    __proto__: null,
    value: function createTask(name) {
      return {
        run(fn) {
          return fn();
        },
      };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Returns the global console (created on the first call): the Console methods bound to a
 * plain object that writes to process.stdout and process.stderr.
 */
function createGlobalConsole() {
  if (globalConsole !== undefined) return globalConsole;
  const target = { __proto__: {} };
  for (const prop of ReflectOwnKeys(Console.prototype)) {
    if (prop === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
    if (typeof desc.value === 'function') {
      const name = desc.value.name;
      desc.value = desc.value.bind(target);
      Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: name });
    }
    Reflect.defineProperty(target, prop, desc);
  }
  target[kBindStreamsLazy](process);
  target[kBindProperties](true, 'auto');
  target.Console = Console;
  addInspectorMethods(target);
  globalConsole = target;
  return target;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kBindStreamsLazy,
  kBindProperties,
  kWriteToConsole,
};
