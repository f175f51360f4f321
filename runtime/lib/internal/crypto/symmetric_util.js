'use strict';
// Helpers of node:crypto's symmetric half: byte arguments, secret keys, the errors Node throws
// from C++ (a plain Error/TypeError/RangeError with a code), Buffers over native results, and
// the list filtering behind getHashes/getCiphers.

const { FastBuffer, normalizeEncoding } = require('internal/buffer');
const { Buffer } = require('buffer');
const {
  codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kHandle = Symbol('kHandle');

// An error shaped like the ones Node creates in C++: "TypeError: message" with a code.
function nativeError(Type, code, message) {
  const error = new Type(message);
  if (code !== undefined) error.code = code;
  return error;
}

// Encodings the native side would accept; unknown names fall back to UTF-8, as Node's
// ParseEncoding does.
function bytesFromString(string, encoding) {
  const normalized = normalizeEncoding(encoding) ?? 'utf8';
  return Buffer.from(string, normalized);
}

// A string (decoded with `encoding`), an ArrayBuffer or a view, as something the native side
// reads in place.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    return Buffer.from(buffer, encoding === 'buffer' || encoding == null ? 'utf8' : encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
      'DataView'], buffer);
  }
  return buffer;
}

// The bytes of a secret key: a string (in `encoding`), an ArrayBuffer, a view, or a KeyObject
// (until node:crypto's KeyObject exists here: any object whose export() gives the bytes of a
// secret key).
function prepareSecretKey(key, encoding, name = 'key') {
  if (typeof key === 'string') {
    return Buffer.from(key, encoding === 'buffer' || encoding == null ? 'utf8' : encoding);
  }
  if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return key;
  const { isCryptoKey, kKeyObject } = require('internal/crypto/cryptokey');
  if (isCryptoKey(key)) key = key[kKeyObject];
  if (key !== null && typeof key === 'object' && typeof key.export === 'function') {
    if (key.type !== undefined && key.type !== 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return key.export();
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
    'DataView', 'KeyObject', 'CryptoKey'], key);
}

function bufferFrom(arrayBuffer) {
  return new FastBuffer(arrayBuffer);
}

// Node's getHashes/getCiphers lists: names that differ only in case appear once (with the
// last spelling OpenSSL listed), sorted.
function filterDuplicateStrings(items) {
  const map = new Map();
  for (const item of items) map.set(item.toLowerCase(), item);
  return [...map.values()].sort();
}

function cachedResult(compute) {
  let result;
  return () => {
    if (result === undefined) result = compute();
    return result.slice();
  };
}

module.exports = {
  bufferFrom,
  bytesFromString,
  cachedResult,
  filterDuplicateStrings,
  getArrayBufferOrView,
  kHandle,
  nativeError,
  prepareSecretKey,
};
