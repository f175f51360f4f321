'use strict';
// Random values of node:crypto: randomBytes, randomFill(Sync), randomInt, randomUUID and
// getRandomValues, over OpenSSL's RAND_bytes (internalBinding('crypto_random')), with Node's
// argument checks and messages.

const binding = internalBinding('crypto_random');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const kMaxPossibleLength = 2 ** 31 - 1;

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function checkBuffer(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = new FastBuffer(size);
  if (callback === undefined) {
    if (size > 0) binding.randomFill(buffer, 0, size);
    return buffer;
  }
  if (size === 0) {
    callback(null, buffer);  // synchronously, as Node does
    return;
  }
  binding.randomFill(buffer, 0, size, function onRandomBytes(error) {
    if (error) return callback.call(this, error);
    callback.call(this, null, buffer);
  });
}

function randomFillSync(buf, offset = 0, size) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = checkOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset :
    checkSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) binding.randomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = checkOffset(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset :
      checkSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  binding.randomFill(buf, offset, size, function onRandomFill(error) {
    if (error) return callback.call(this, error);
    callback.call(this, null, buf);
  });
}

// randomInt draws 48-bit values from a cache filled 1024 draws at a time, rejecting values
// at or above the largest multiple of the range (no modulo bias).
const kRandMax = 0xFFFF_FFFF_FFFF;
const intCache = new FastBuffer(6 * 1024);
let intCacheOffset = intCache.length;
let intCacheRefilling = false;
const intCacheWaiting = [];

function randomInt(min, max, callback) {
  const minOmitted = max === undefined || typeof max === 'function';
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  const sync = callback === undefined;
  if (!sync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new ERR_OUT_OF_RANGE(minOmitted ? 'max' : 'max - min', `<= ${kRandMax}`, range);
  }
  const limit = kRandMax - (kRandMax % range);
  while (sync || intCacheOffset < intCache.length) {
    if (intCacheOffset === intCache.length) {
      binding.randomFill(intCache, 0, intCache.length);
      intCacheOffset = 0;
    }
    const x = intCache.readUIntBE(intCacheOffset, 6);
    intCacheOffset += 6;
    if (x < limit) {
      const n = (x % range) + min;
      if (sync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // Asynchronous with an empty cache: wait for one shared refill on the thread pool.
  intCacheWaiting.push({ min, max, callback });
  if (intCacheRefilling) return;
  intCacheRefilling = true;
  binding.randomFill(intCache, 0, intCache.length, (error) => {
    intCacheRefilling = false;
    const failed = error ? intCacheWaiting.shift() : undefined;
    if (!error) intCacheOffset = 0;
    for (const task of intCacheWaiting.splice(0)) randomInt(task.min, task.max, task.callback);
    if (failed !== undefined) failed.callback(error);
  });
}

// UUIDs take 16 bytes each from a cache of 128, refilled synchronously.
const kHexBytes = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const uuidCache = new FastBuffer(16 * 128);
let uuidCacheOffset = uuidCache.length;
const uuidScratch = new FastBuffer(16);

function formatUUID(bytes, i) {
  return kHexBytes[bytes[i]] + kHexBytes[bytes[i + 1]] + kHexBytes[bytes[i + 2]] +
    kHexBytes[bytes[i + 3]] + '-' + kHexBytes[bytes[i + 4]] + kHexBytes[bytes[i + 5]] + '-' +
    kHexBytes[(bytes[i + 6] & 0x0f) | 0x40] + kHexBytes[bytes[i + 7]] + '-' +
    kHexBytes[(bytes[i + 8] & 0x3f) | 0x80] + kHexBytes[bytes[i + 9]] + '-' +
    kHexBytes[bytes[i + 10]] + kHexBytes[bytes[i + 11]] + kHexBytes[bytes[i + 12]] +
    kHexBytes[bytes[i + 13]] + kHexBytes[bytes[i + 14]] + kHexBytes[bytes[i + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options ?? {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    binding.randomFill(uuidScratch, 0, 16);
    return formatUUID(uuidScratch, 0);
  }
  if (uuidCacheOffset === uuidCache.length) {
    binding.randomFill(uuidCache, 0, uuidCache.length);
    uuidCacheOffset = 0;
  }
  const uuid = formatUUID(uuidCache, uuidCacheOffset);
  uuidCacheOffset += 16;
  return uuid;
}

// Web Crypto's getRandomValues: integer typed arrays of at most 65,536 bytes.
function getRandomValues(data) {
  const { isTypedArray, isFloat32Array, isFloat64Array } = require('internal/util/types');
  if (!isTypedArray(data) || isFloat32Array(data) || isFloat64Array(data)) {
    throw new (lazyDOMException())('The data argument must be an integer-type TypedArray',
                                   'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new (lazyDOMException())('The requested length exceeds 65,536 bytes',
                                   'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFill(data, 0, data.byteLength);
  return data;
}

function lazyDOMException() {
  return require('internal/per_context/domexception').DOMException;
}

module.exports = {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
};
