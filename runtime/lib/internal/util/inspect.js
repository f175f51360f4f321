'use strict';
// util.inspect() and util.format(): render any JS value as the text Node.js 20 prints for it,
// including Node's line-breaking, array grouping, circular markers and ANSI colors.

const utilBinding = internalBinding('util');
const {
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getExternalValue,
} = utilBinding;

// Keys that are integers but not array indices (like '4294967295') must reach the
// formatting code as strings.
function getOwnNonIndexProperties(value, filter) {
  const keys = utilBinding.getOwnNonIndexProperties(value, filter);
  for (let i = 0; i < keys.length; i++) {
    if (typeof keys[i] === 'number') keys[i] = `${keys[i]}`;
  }
  return keys;
}
const internalGetConstructorName = utilBinding.getConstructorName;
const kPending = utilBinding.kPending !== undefined ? utilBinding.kPending : 0;
const kRejected = utilBinding.kRejected !== undefined ? utilBinding.kRejected : 2;
const ALL_PROPERTIES =
  utilBinding.ALL_PROPERTIES !== undefined ? utilBinding.ALL_PROPERTIES : 0;
const ONLY_ENUMERABLE =
  utilBinding.ONLY_ENUMERABLE !== undefined ? utilBinding.ONLY_ENUMERABLE : 2;

const types = require('internal/util/types');
const {
  isAsyncFunction,
  isGeneratorFunction,
  isAnyArrayBuffer,
  isArrayBuffer,
  isArgumentsObject,
  isBoxedPrimitive,
  isDataView,
  isExternal,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isPromise,
  isSet,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isRegExp,
  isDate,
  isTypedArray,
  isStringObject,
  isNumberObject,
  isBooleanObject,
  isBigIntObject,
} = types;

// Builtins are captured once so that user code patching prototypes cannot change the output.
const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const ObjectKeys = Object.keys;
const ObjectIs = Object.is;
const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ObjectDefineProperty = Object.defineProperty;
const ObjectAssign = Object.assign;
const ReflectOwnKeys = Reflect.ownKeys;
const ArrayIsArray = Array.isArray;
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const FunctionToString = uncurryThis(Function.prototype.toString);
const SymbolToString = uncurryThis(Symbol.prototype.toString);
const SymbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const NumberValueOf = uncurryThis(Number.prototype.valueOf);
const StringValueOf = uncurryThis(String.prototype.valueOf);
const BooleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntValueOf = uncurryThis(BigInt.prototype.valueOf);
const DateGetTime = uncurryThis(Date.prototype.getTime);
const DateToISOString = uncurryThis(Date.prototype.toISOString);
const DateToString = uncurryThis(Date.prototype.toString);
const RegExpToString = uncurryThis(RegExp.prototype.toString);
const ErrorToString = uncurryThis(Error.prototype.toString);
const MapEntries = uncurryThis(Map.prototype.entries);
const MapSize = uncurryThis(ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get);
const SetValues = uncurryThis(Set.prototype.values);
const SetSize = uncurryThis(ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get);
const IteratorNext = (iterator) => iterator.next();
const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
const TypedArrayLength =
  uncurryThis(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const TypedArrayTag =
  uncurryThis(ObjectGetOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const JSONStringify = JSON.stringify;
const MathMin = Math.min;
const MathMax = Math.max;
const MathSqrt = Math.sqrt;
const MathRound = Math.round;
const MathFloor = Math.floor;
const MathTrunc = Math.trunc;

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

// The global constructors of the JS engine itself. Objects whose `toString` comes from one of
// these count as "built-in" for `%s` and for listing prototype properties with showHidden.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'Atomics', 'WebAssembly',
]);

// Public builtin module ids: stack frames in these are printed dimmed when colors are on.
const builtinModuleIds = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os',
  'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring',
  'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers', 'stream/promises',
  'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls', 'trace_events',
  'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib', 'test',
  'sqlite',
]);

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

// Strings shorter than this are never split at their line breaks.
const kMinLineWidth = 16;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = ObjectSetPrototypeOf({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
}, Object.prototype);

const identifierKeyRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexRegExp = /^(0|[1-9][0-9]*)$/;
const classBodyRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?.+?)(?=[/\\])/g;
const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const colorCodeRegExp = /\u001b\[\d\d?m/g;
const escapeCandidatesRegExp =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// The ECMA-48 control sequence pattern (CSI and OSC sequences), as used by strip-ansi.
const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansiRegExp = new RegExp(ansiPattern, 'g');

// Escape text for every code unit below 0xa0 that must not appear raw inside a quoted string.
const escapeTable = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) {
    escapeTable.push(`\\x${code.toString(16).toUpperCase().padStart(2, '0')}`);
  } else {
    escapeTable.push('');
  }
}
escapeTable[0x08] = '\\b';
escapeTable[0x09] = '\\t';
escapeTable[0x0a] = '\\n';
escapeTable[0x0c] = '\\f';
escapeTable[0x0d] = '\\r';
escapeTable[0x27] = "\\'";
escapeTable[0x5c] = '\\\\';

function escapeOne(ch) {
  const code = ch.charCodeAt(0);
  return code < escapeTable.length ? escapeTable[code] : `\\u${code.toString(16)}`;
}

let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}

function validateObjectArg(value, name) {
  if (value === null || typeof value !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = errors().codes;
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function isError(value) {
  if (isNativeError(value)) return true;
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' && err.name === 'RangeError' &&
    err.message === 'Maximum call stack size exceeded';
}

/**
 * Returns a string representation of `value`, the way Node.js prints it.
 * @param {any} value
 * @param {object|boolean} [opts] options, or the legacy `showHidden` flag
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // The legacy signature is inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = ObjectKeys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObjectArg(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// SGR codes: [enable, disable].
inspect.colors = ObjectAssign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
  ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
  ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
]) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

// Which color each kind of token gets. 'name' (property keys) is deliberately unstyled.
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function removeColors(str) {
  return str.replace(colorCodeRegExp, '');
}

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // A value from another realm must not receive objects from this one.
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall back to the plain value.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // Proxies are inspected through their target so that no trap runs.
  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Skip prototype objects that carry the method for their instances.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = value[Symbol.toStringTag];
  // An own enumerable tag is printed as a property already; do not repeat it.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = SetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const limited = constructor !== null;
      formatter = (c, v, r) => formatSet(value, limited, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = MapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const limited = constructor !== null;
      formatter = (c, v, r) => formatMap(value, limited, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayTag(value);
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = TypedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      const iteratorBraces = braces;
      formatter = (c, v, r) => formatIterator(iteratorBraces, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      const iteratorBraces = braces;
      formatter = (c, v, r) => formatIterator(iteratorBraces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (isRegExp(value)) {
      base = RegExpToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = Number.isNaN(DateGetTime(value)) ? DateToString(value) : DateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
          `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // The buffer is listed last because it is not a primitive.
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (isExternal(value)) {
          const address = getExternalValue(value).toString(16);
          return ctx.stylize(`[External: ${address}]`, 'special');
        }
        return `${getPrefix(constructor, tag, getObjectFallback(value, constructor, tag))}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, getObjectFallback(value, constructor, tag))}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name =
      getPrefix(constructor, tag, getObjectFallback(value, constructor, tag)).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      output.push(...protoProps);
    }
  } catch (err) {
    if (isStackOverflowError(err)) {
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      return ctx.stylize(
        `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
        'special');
    }
    throw err;
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the entries are sorted.
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output grows huge, so that inspecting giant graphs terminates.
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name shown before an object: the first named constructor on its prototype chain that
// the object is an instance of, null for null-prototype objects.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) {
      firstProto = obj;
    }
  }

  if (firstProto === null) {
    return null;
  }

  const res = internalGetConstructorName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstructor === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstructor}>`;
}

// With showHidden, list user-defined non-function properties found up to three levels up the
// prototype chain (stopping at builtin prototypes), dimmed when colors are on.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const formatted = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${formatted}\u001b[22m` : formatted);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// The class name shown for a null-prototype object: V8's idea of its constructor, unless that
// only repeats the toStringTag shown next to it.
function getObjectFallback(value, constructor, tag) {
  if (constructor !== null) return 'Object';
  const name = internalGetConstructorName(value);
  return name !== tag ? name : 'Object';
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Module namespaces with uninitialized bindings throw on [[Get]] of enumerability.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      for (const symbol of symbols) {
        if (propertyIsEnumerable(value, symbol)) keys.push(symbol);
      }
    }
  }
  return keys;
}

function getFunctionBase(value, constructor, tag) {
  const source = FunctionToString(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
         classBodyRegExp.exec(slice.replace(stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let valueOf;
  let type;
  if (isNumberObject(value)) {
    valueOf = NumberValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    valueOf = StringValueOf;
    type = 'String';
    // The index keys of a boxed string only repeat its characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    valueOf = BooleanValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    valueOf = BigIntValueOf;
    type = 'BigInt';
  } else {
    valueOf = SymbolValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, valueOf(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getStackString(error) {
  return error.stack ? String(error.stack) : ErrorToString(error);
}

// Index range where `b` repeats a run of more than three frames of `a`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Frames shared with the cause's stack are collapsed into one line.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Make the first line of the stack name the real class when name and constructor disagree.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are left out of the property list when the stack shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) {
        keys.splice(index, 1);
      }
    }
  }
}

function safeGetCWD() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function pathToFileUrlHref(path) {
  let encoded = '';
  for (const ch of path) {
    if (ch === '%') encoded += '%25';
    else if (ch === '\\') encoded += '%5C';
    else if (ch === '\n') encoded += '%0A';
    else if (ch === '\r') encoded += '%0D';
    else if (ch === '\t') encoded += '%09';
    else if (ch === '#') encoded += '%23';
    else if (ch === '?') encoded += '%3F';
    else if (ch === ' ') encoded += '%20';
    else if (ch === '"') encoded += '%22';
    else encoded += ch;
  }
  return `file://${encoded}`;
}

function markNodeModules(ctx, line) {
  let result = '';
  let match;
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  while ((match = nodeModulesRegExp.exec(line)) !== null) {
    // '/node_modules/' is 14 characters long.
    result += line.slice(pos, match.index + 14);
    result += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  if (pos !== 0) {
    line = result + line.slice(pos);
  }
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let cwdLength = workingDirectory.length;
  if (cwdStartPos === -1) return line;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const cwdEndPos = cwdStartPos + cwdLength + 1;
  let result = line.slice(0, start);
  result += ctx.stylize(line.slice(start, cwdEndPos), 'undefined');
  result += line.slice(cwdEndPos, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function isBuiltinModuleId(id) {
  return builtinModuleIds.has(id) || id.startsWith('internal/');
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  // The errors of an AggregateError are listed as a property.
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Search for the frames after the message, which may itself contain "\n    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Dim frames of builtin modules and the working directory, underline package names.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let line of lines) {
        const core = coreFrameRegExp.exec(line);
        if (core !== null && isBuiltinModuleId(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              if (esmWorkingDirectory === undefined) {
                esmWorkingDirectory = pathToFileUrlHref(workingDirectory);
              }
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replace(/\n/g, `\n${indentation}`);
  }
  return stack;
}

function formatNothing() {
  return [];
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fractionString) {
  let result = '';
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) {
    result += `${fractionString.slice(i, i + 3)}_`;
  }
  return i === 0 ? fractionString : `${result}${fractionString.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (ObjectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  return fn(`${addNumericSeparator(string)}.${
    addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// Quote a string the way Node does: single quotes unless the text contains them, then double
// quotes, then backticks; escape control characters, backslashes and lone surrogates.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if ((code === 39 && quote === "'") || code === 92 || code < 32 || (code > 126 && code < 160)) {
      result += str.slice(last, i) + escapeTable[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  if (last === 0) result = str;
  else if (last !== str.length) result += str.slice(last);
  return quote + result + quote;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings are split after each line break, one quoted piece per line.
      return value.split(/(?<=\n)/)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(SymbolToString(value), 'symbol');
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: format a placeholder with the same layout.
      const placeholder = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, placeholder, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; the caller must not list them again.
  keys.length = 0;
  return output;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// Arrays with holes or extra keys among the indices.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (arrayIndexRegExp.exec(key) === null) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
      output.push(ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  const parts = [];
  for (let i = 0; i < shown; i++) {
    parts.push(bytes[i].toString(16).padStart(2, '0'));
  }
  let str = parts.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valueLength = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valueLength);
  const remaining = valueLength - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter =
    value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All of these except BYTES_PER_ELEMENT are prototype getters.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, limited, ctx, recurseTimes) {
  const length = SetSize(set);
  const maxLength = limited ? MathMin(MathMax(0, ctx.maxArrayLength), length) : length;
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = SetValues(set);
  let i = 0;
  for (let step = IteratorNext(iterator); !step.done; step = IteratorNext(iterator)) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, limited, ctx, recurseTimes) {
  const length = MapSize(map);
  const maxLength = limited ? MathMin(MathMax(0, ctx.maxArrayLength), length) : length;
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = MapEntries(map);
  let i = 0;
  for (let step = IteratorNext(iterator); !step.done; step = IteratorNext(iterator)) {
    if (i >= maxLength) break;
    const entry = step.value;
    output.push(
      `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no stable order; sorting gives at least a reproducible one.
    output.sort();
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // The entries come flat: [key1, value1, key2, value2, ...].
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const pair = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = previewEntries(value, true);
  if (isKeyValue) {
    // entries() iterators are labelled as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = getPromiseDetails(value);
  if (state === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    const escaped = SymbolToString(key).replace(escapeCandidatesRegExp, escapeOne);
    name = `[${ctx.stylize(escaped, 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${String(key).replace(escapeCandidatesRegExp, escapeOne)}]`;
  } else if (identifierKeyRegExp.exec(key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Lay out many short array entries in aligned columns. Numbers are right-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // The "... more items" entry does not take part in the grouping.
    outputLength--;
  }
  const separatorSpace = 2; // A comma and a space.
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and no entry dwarfs the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    // Aim for a roughly square block, counting a character as 2.5 times as high as wide;
    // the bias gives short entries more columns.
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const grouped = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padNumbers = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padNumbers = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Account for invisible color codes when padding.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padNumbers ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padNumbers) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) {
      grouped.push(output[outputLength]);
    }
    output = grouped;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A base that spans lines (an error stack) forces one entry per line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the entries on one line when this object is among the `compact` innermost levels
      // of the structure, was not grouped, and the line stays within breakLength.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace like "Set {" pushes the first entry to the next line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Terminal column width of a string: East Asian wide characters count 2, combining marks
// and control characters 0.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharactersUnchecked(str);
  str = str.normalize('NFC');
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x231a && code <= 0x231b) ||
    (code >= 0x23e9 && code <= 0x23ec) ||
    code === 0x23f0 || code === 0x23f3 ||
    (code >= 0x25fd && code <= 0x25fe) ||
    (code >= 0x2614 && code <= 0x2615) ||
    (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267f || code === 0x2693 || code === 0x26a1 ||
    (code >= 0x26aa && code <= 0x26ab) ||
    (code >= 0x26bd && code <= 0x26be) ||
    (code >= 0x26c4 && code <= 0x26c5) ||
    code === 0x26ce || code === 0x26d4 || code === 0x26ea ||
    (code >= 0x26f2 && code <= 0x26f3) ||
    code === 0x26f5 || code === 0x26fa || code === 0x26fd || code === 0x2705 ||
    (code >= 0x270a && code <= 0x270b) ||
    code === 0x2728 || code === 0x274c || code === 0x274e ||
    (code >= 0x2753 && code <= 0x2755) ||
    code === 0x2757 ||
    (code >= 0x2795 && code <= 0x2797) ||
    code === 0x27b0 || code === 0x27bf ||
    (code >= 0x2b1b && code <= 0x2b1c) ||
    code === 0x2b50 || code === 0x2b55 ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x18cff) ||
    (code >= 0x1b000 && code <= 0x1b2ff) ||
    code === 0x1f004 || code === 0x1f0cf || code === 0x1f18e ||
    (code >= 0x1f191 && code <= 0x1f19a) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f320) ||
    (code >= 0x1f32d && code <= 0x1f335) ||
    (code >= 0x1f337 && code <= 0x1f37c) ||
    (code >= 0x1f37e && code <= 0x1f393) ||
    (code >= 0x1f3a0 && code <= 0x1f3ca) ||
    (code >= 0x1f3cf && code <= 0x1f3d3) ||
    (code >= 0x1f3e0 && code <= 0x1f3f0) ||
    code === 0x1f3f4 ||
    (code >= 0x1f3f8 && code <= 0x1f43e) ||
    code === 0x1f440 ||
    (code >= 0x1f442 && code <= 0x1f4fc) ||
    (code >= 0x1f4ff && code <= 0x1f53d) ||
    (code >= 0x1f54b && code <= 0x1f54e) ||
    (code >= 0x1f550 && code <= 0x1f567) ||
    code === 0x1f57a ||
    (code >= 0x1f595 && code <= 0x1f596) ||
    code === 0x1f5a4 ||
    (code >= 0x1f5fb && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1f6c5) ||
    code === 0x1f6cc ||
    (code >= 0x1f6d0 && code <= 0x1f6d2) ||
    (code >= 0x1f6d5 && code <= 0x1f6d7) ||
    (code >= 0x1f6eb && code <= 0x1f6ec) ||
    (code >= 0x1f6f4 && code <= 0x1f6fc) ||
    (code >= 0x1f7e0 && code <= 0x1f7eb) ||
    (code >= 0x1f90c && code <= 0x1f93a) ||
    (code >= 0x1f93c && code <= 0x1f945) ||
    (code >= 0x1f947 && code <= 0x1f9ff) ||
    (code >= 0x1fa70 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function stripVTControlCharactersUnchecked(str) {
  return str.replace(ansiRegExp, '');
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = errors().codes;
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiRegExp, '');
}

// True when the object's toString comes from a builtin class (so %s inspects it instead).
function hasBuiltInToString(value) {
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (typeof inspectOptions !== 'object' || inspectOptions === null) {
    const { ERR_INVALID_ARG_TYPE } = errors().codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number) {
  return formatNumber(stylizeNoColor, number, false);
}

function formatBigIntNoColor(bigint) {
  return formatBigInt(stylizeNoColor, bigint, false);
}

// Apply printf-like placeholders in a leading string, then append the remaining arguments
// separated by spaces (strings raw, everything else inspected).
function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let replacement;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              replacement = formatNumberNoColor(arg);
            } else if (typeof arg === 'bigint') {
              replacement = formatBigIntNoColor(arg);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              replacement = String(arg);
            } else {
              replacement = inspect(arg, {
                ...inspectOptions,
                depth: 0,
                colors: false,
                compact: 3,
              });
            }
            break;
          }
          case 106: // 'j'
            replacement = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              replacement = formatBigIntNoColor(arg);
            } else if (typeof arg === 'symbol') {
              replacement = 'NaN';
            } else {
              replacement = formatNumberNoColor(Number(arg));
            }
            break;
          }
          case 79: // 'O'
            replacement = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            replacement = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              replacement = formatBigIntNoColor(arg);
            } else if (typeof arg === 'symbol') {
              replacement = 'NaN';
            } else {
              replacement = formatNumberNoColor(Number.parseInt(arg));
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              replacement = 'NaN';
            } else {
              replacement = formatNumberNoColor(Number.parseFloat(arg));
            }
            break;
          }
          case 99: // 'c': CSS is ignored outside browsers.
            a += 1;
            replacement = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            // Not a placeholder: keep the text as it is.
            continue;
        }
        if (lastPos !== i - 1) {
          str += first.slice(lastPos, i - 1);
        }
        str += replacement;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  // Used by console.table and other internal modules.
  getStringWidth,
  stylizeWithColor,
  stylizeNoColor,
  isError,
};
