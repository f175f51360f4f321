'use strict';
// node:buffer. A Buffer is a Uint8Array (FastBuffer) whose prototype carries Node's methods;
// small allocations share an 8 KiB pool like Node's, and every encoding runs natively in
// internalBinding('buffer').

const binding = internalBinding('buffer');
const {
  byteLengthUtf8,
  utf8Encode,
  compare: bindingCompare,
  compareOffset: bindingCompareOffset,
  copy: bindingCopy,
  fill: bindingFill,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  swap16: bindingSwap16,
  swap32: bindingSwap32,
  swap64: bindingSwap64,
  isUtf8: bindingIsUtf8,
  isAscii: bindingIsAscii,
  createUnsafeArrayBuffer,
  kMaxLength,
  kStringMaxLength,
} = binding;
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  encodingsMap,
  nativeError,
  normalizeEncoding,
} = require('internal/buffer');
const { atob, btoa } = require('internal/base64');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayFill = Uint8Array.prototype.fill;
const TypedArraySet = Uint8Array.prototype.set;
const TypedArraySlice = Uint8Array.prototype.slice;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const getTypedArrayByteLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;

const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, writable: false, enumerable: true,
  },
});

let INSPECT_MAX_BYTES = 50;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// --- Allocation --------------------------------------------------------------------------------

function createUnsafeBuffer(size) {
  return new FastBuffer(createUnsafeArrayBuffer(size));
}

// The pool that small allocUnsafe() and from() results are carved out of.
let poolSize;
let poolOffset;
let allocPool;
let allocBuffer;

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  // Buffers from the pool share it: transferring one must copy, not detach them all.
  internalBinding('serdes').markAsUntransferable(allocPool);
  poolOffset = 0;
}

// Detached anyway (e.g. by a native API): replace the pool rather than use it.
function poolDetached() {
  return allocPool.byteLength === 0;
}

// Keeps every slice 8-byte aligned, so that typed arrays over it can be made without copies.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset || poolDetached()) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buffer;
  }
  return createUnsafeBuffer(size);
}

// --- The Buffer function -----------------------------------------------------------------------

let bufferWarningEmitted = false;
let nodeModulesCheckCounter = 0;
const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use ' +
  'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';

// The first user frame (one with a file path) is inside node_modules.
function isInsideNodeModules() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = `${new Error().stack}`;
  Error.stackTraceLimit = limit;
  for (const line of stack.split('\n').slice(1)) {
    const match = /(?:\(|at )((?:\/|[A-Za-z]:\\|file:\/\/)[^()]*?)(?::\d+){0,2}\)?$/.exec(line);
    if (match === null) continue;
    return /[/\\]node_modules[/\\]/.test(match[1]);
  }
  return false;
}

// DEP0005, once, and only for code outside node_modules.
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesCheckCounter > 10000 || isInsideNodeModules()) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

// --- Encoding operations -----------------------------------------------------------------------

function base64ByteLength(string, bytes) {
  if (string.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function searchEncodedBuffer(ops) {
  return (buf, value, byteOffset, dir) =>
    indexOfBuffer(buf, fromStringFast(value, ops), byteOffset, ops.encodingVal, dir);
}

const utf16leOps = {
  encoding: 'utf16le',
  encodingVal: encodingsMap.utf16le,
  byteLength: (string) => string.length * 2,
  write: (buf, string, offset, length) => buf.ucs2Write(string, offset, length),
  slice: (buf, start, end) => buf.ucs2Slice(start, end),
  indexOf: (buf, value, byteOffset, dir) =>
    indexOfString(buf, value, byteOffset, encodingsMap.utf16le, dir),
};

const latin1Ops = {
  encoding: 'latin1',
  encodingVal: encodingsMap.latin1,
  byteLength: (string) => string.length,
  write: (buf, string, offset, length) => buf.latin1Write(string, offset, length),
  slice: (buf, start, end) => buf.latin1Slice(start, end),
  indexOf: (buf, value, byteOffset, dir) =>
    indexOfString(buf, value, byteOffset, encodingsMap.latin1, dir),
};

const encodingOps = {
  utf8: {
    encoding: 'utf8',
    encodingVal: encodingsMap.utf8,
    byteLength: byteLengthUtf8,
    write: (buf, string, offset, length) => buf.utf8Write(string, offset, length),
    slice: (buf, start, end) => buf.utf8Slice(start, end),
    indexOf: (buf, value, byteOffset, dir) =>
      indexOfString(buf, value, byteOffset, encodingsMap.utf8, dir),
  },
  ucs2: utf16leOps,
  utf16le: utf16leOps,
  latin1: latin1Ops,
  ascii: {
    encoding: 'ascii',
    encodingVal: encodingsMap.ascii,
    byteLength: (string) => string.length,
    write: (buf, string, offset, length) => buf.asciiWrite(string, offset, length),
    slice: (buf, start, end) => buf.asciiSlice(start, end),
    indexOf: null,
  },
  base64: {
    encoding: 'base64',
    encodingVal: encodingsMap.base64,
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, length) => buf.base64Write(string, offset, length),
    slice: (buf, start, end) => buf.base64Slice(start, end),
    indexOf: null,
  },
  base64url: {
    encoding: 'base64url',
    encodingVal: encodingsMap.base64url,
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, length) => buf.base64urlWrite(string, offset, length),
    slice: (buf, start, end) => buf.base64urlSlice(start, end),
    indexOf: null,
  },
  hex: {
    encoding: 'hex',
    encodingVal: encodingsMap.hex,
    byteLength: (string) => string.length >>> 1,
    write: (buf, string, offset, length) => buf.hexWrite(string, offset, length),
    slice: (buf, start, end) => buf.hexSlice(start, end),
    indexOf: null,
  },
};
for (const name of ['ascii', 'base64', 'base64url', 'hex']) {
  encodingOps[name].indexOf = searchEncodedBuffer(encodingOps[name]);
}

const encodingOpsByName = {
  __proto__: null,
  'utf8': encodingOps.utf8,
  'utf-8': encodingOps.utf8,
  'ucs2': encodingOps.ucs2,
  'ucs-2': encodingOps.ucs2,
  'utf16le': encodingOps.utf16le,
  'utf-16le': encodingOps.utf16le,
  'latin1': encodingOps.latin1,
  'binary': encodingOps.latin1,
  'ascii': encodingOps.ascii,
  'base64': encodingOps.base64,
  'base64url': encodingOps.base64url,
  'hex': encodingOps.hex,
};

// The operations of an encoding name (any case); undefined for unknown names and ''.
function getEncodingOps(encoding) {
  encoding += '';
  const ops = encodingOpsByName[encoding];
  if (ops !== undefined) return ops;
  return encodingOpsByName[encoding.toLowerCase()];
}

createPool();

// --- Buffer.from -------------------------------------------------------------------------------

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;  // The fewest bytes it can take.
  if (length >= maxLength) return createFromString(string, ops);
  length *= 4;  // The most bytes it can take.
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return createFromString(string, ops, length);
  if (length > poolSize - poolOffset || poolDetached()) createPool();
  const actual = ops.write(allocBuffer, string, poolOffset, length);
  const buffer = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return buffer;
}

function createFromString(string, ops, length) {
  if (ops === encodingOps.utf8) {
    const arrayBuffer = utf8Encode(string);
    return new FastBuffer(arrayBuffer, 0, arrayBuffer.byteLength);
  }
  if (length === undefined) length = ops.byteLength(string);
  const buffer = Buffer.allocUnsafeSlow(length);
  const actual = ops.write(buffer, string, 0, length);
  return actual < length ? new FastBuffer(buffer.buffer, 0, actual) : buffer;
}

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return string.length === 0 ? new FastBuffer() : fromStringFast(string, ops);
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(arrayLike) {
  const length = arrayLike.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset || poolDetached()) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, length);
    TypedArraySet.call(buffer, arrayLike, 0);
    poolOffset += length;
    alignPool();
    return buffer;
  }
  return new FastBuffer(arrayLike);
}

function fromObject(object) {
  if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) {
    return fromArrayLike(object.data);
  }
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const buffer = fromObject(value);
    if (buffer) return buffer;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = getTypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset,
                                      getTypedArrayByteLength.call(view)));
};

Buffer.of = (...items) => {
  const buffer = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};
Object.defineProperty(Buffer.of, 'name', { __proto__: null, value: 'of' });

// --- Other static methods ----------------------------------------------------------------------

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buffer = createUnsafeBuffer(size);
    return _fill(buffer, fill, 0, buffer.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return bindingCompare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    position += copyActual(item, buffer, position, 0, item.length);
  }
  // A `length` larger than the total leaves uninitialized pool bytes: zero them.
  if (position < length) TypedArrayFill.call(buffer, 0, position, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const length = string.length;
  if (length === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  if (encoding === 'ascii') return length;
  const ops = getEncodingOps(encoding);
  // Node answers with the UTF-8 length for unknown encodings rather than throwing.
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// --- Prototype ---------------------------------------------------------------------------------

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultValue;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// Copies as much of source[sourceStart, sourceEnd) as fits at target[targetStart]; returns the
// number of bytes copied. Overlapping ranges are copied as if through a temporary.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let count = sourceEnd - sourceStart;
  const sourceLength = source.length - sourceStart;
  if (count > sourceLength) count = sourceLength;
  if (count <= 0) return 0;
  // Small copies are cheaper through TypedArray.prototype.set than through a native call.
  if (count < 256) {
    if (sourceStart !== 0 || count < source.length) {
      source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, count);
    }
    TypedArraySet.call(target, source, targetStart);
  } else {
    bindingCopy(source, target, targetStart, sourceStart, count);
  }
  return count;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const length = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= length) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > length) {
    end = length;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return this.utf8Slice(start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const length = getTypedArrayByteLength.call(this);
  if (length !== getTypedArrayByteLength.call(otherBuffer)) return false;
  return length === 0 || bindingCompare(this, otherBuffer) === 0;
};

let inspectModule;
let utilBinding;

// <Buffer 68 65 6c 6c 6f>, plus any own enumerable non-index properties.
Buffer.prototype[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  let text = this.hexSlice(0, shown).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    utilBinding ??= internalBinding('util');
    inspectModule ??= require('internal/util/inspect');
    const filter = ctx.showHidden ? utilBinding.ALL_PROPERTIES : utilBinding.ONLY_ENUMERABLE;
    const keys = utilBinding.getOwnNonIndexProperties(this, filter ?? (ctx.showHidden ? 0 : 2));
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      if (this.length !== 0) text += ', ';
      // Drop the '[Object: null prototype] {' prefix and the ' }' suffix.
      text += inspectModule.inspect(extras, {
        ...ctx,
        breakLength: Infinity,
        compact: true,
      }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${text}>`;
};
Buffer.prototype.inspect = Buffer.prototype[customInspectSymbol];

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart,
                                            sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return bindingCompare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return bindingCompareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf and lastIndexOf: `dir` is true forwards.
function bidirectionalIndexOf(buffer, value, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Values like null and [] become 0; undefined, 'foo' and {} search the whole buffer.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof value === 'number') return indexOfNumber(buffer, value >>> 0, byteOffset, dir);

  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, value, byteOffset, dir);
  }
  if (isUint8Array(value)) {
    const encodingVal = ops === undefined ? encodingsMap.utf8 : ops.encodingVal;
    return indexOfBuffer(buffer, value, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

Buffer.prototype.indexOf = function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

// fill(number[, offset[, end]]), fill(buffer[, offset[, end]]),
// fill(string[, offset[, end]][, encoding])
Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;  // An empty string fills with zeros.
    } else if (value.length === 1) {
      // A string that is one byte is filled as a number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = encodingsMap[normalizedEncoding];
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Ranges are checked before any default is applied.
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLength = getTypedArrayByteLength.call(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
  } else {
    if (!ArrayBuffer.isView(buf)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    }
    // A DataView has no length: Node then fills nothing.
    if (typeof end !== 'number') end = 0;
    const result = bindingFill(buf, value, offset, end, encoding);
    if (result < 0) {
      if (result === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    // write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Math.trunc, not `| 0`: offsets may exceed int32.
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const sourceLength = this.length;
  start = adjustOffset(start, sourceLength);
  end = end !== undefined ? adjustOffset(end, sourceLength) : sourceLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

// Shares memory with the original, unlike Uint8Array.prototype.slice.
Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(buffer, a, b) {
  const byte = buffer[a];
  buffer[a] = buffer[b];
  buffer[b] = byte;
}

// Short buffers are swapped in JS, which beats a native call for them. Like Node's, the
// native swap works on the bytes of any view and rejects anything else.
Buffer.prototype.swap16 = function swap16() {
  const length = this.length;
  if (length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (length < 128) {
    for (let i = 0; i < length; i += 2) swap(this, i, i + 1);
    return this;
  }
  return bindingSwap16(this);
};

Buffer.prototype.swap32 = function swap32() {
  const length = this.length;
  if (length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (length < 192) {
    for (let i = 0; i < length; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  return bindingSwap32(this);
};

Buffer.prototype.swap64 = function swap64() {
  const length = this.length;
  if (length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (length < 192) {
    for (let i = 0; i < length; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  return bindingSwap64(this);
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// --- transcode ---------------------------------------------------------------------------------

// The encodings Node converts between (with ICU). Characters the target cannot represent
// become '?' (ICU's substitution). Like Node, UTF-8 to UTF-16 and UTF-16 to UTF-8 are strict
// and fail on invalid input, and Latin-1/ASCII to UTF-16 widens each byte as it is.
const transcodable = new Set(['ascii', 'latin1', 'utf16le', 'utf8']);
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function transcodeError(name, errno) {
  return genericNodeError(`Unable to transcode Buffer [${name}]`, { code: name, errno });
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable.has(fromEncoding) || !transcodable.has(toEncoding)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  const view = new FastBuffer(source.buffer, source.byteOffset, source.length);
  let text;
  if (fromEncoding === 'ascii' || fromEncoding === 'latin1') {
    text = view.latin1Slice(0, view.length);
    if (toEncoding === 'utf16le') return Buffer.from(text, 'utf16le');
    // Bytes past 0x7F are not US-ASCII: ICU decodes them to U+FFFD.
    if (fromEncoding === 'ascii') text = text.replace(/[\x80-\xff]/g, '\ufffd');
  } else if (fromEncoding === 'utf8') {
    if (toEncoding === 'utf16le' && !bindingIsUtf8(view)) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    text = view.utf8Slice(0, view.length);
  } else {
    text = view.ucs2Slice(0, view.length);
    if (toEncoding === 'utf8') {
      loneSurrogate.lastIndex = 0;
      if (loneSurrogate.test(text)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    } else if (toEncoding === 'utf16le' && view.length % 2 === 1) {
      text += '\ufffd';  // ICU substitutes the truncated last code unit.
    }
  }
  if (toEncoding === 'ascii' || toEncoding === 'latin1') {
    const limit = toEncoding === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const character of text) out += character.codePointAt(0) > limit ? '?' : character;
    text = out;
  } else {
    // Lone surrogates cannot be converted; ICU substitutes U+FFFD.
    text = text.replace(loneSurrogate, '\ufffd');
  }
  return Buffer.from(text, toEncoding);
}

// --- isUtf8, isAscii ---------------------------------------------------------------------------

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const result = bindingIsUtf8(input);
    if (result === undefined) throw detachedError();
    return result;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const result = bindingIsAscii(input);
    if (result === undefined) throw detachedError();
    return result;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function detachedError() {
  return nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
}

// Without a registry of blob: URLs no URL resolves to a Blob.
function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
});

// Blob and File load on first use, as in Node.
function defineLazy(name, load) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
defineLazy('Blob', () => require('internal/blob').Blob);
defineLazy('resolveObjectURL', () => resolveObjectURL);
defineLazy('File', () => require('internal/file').File);
