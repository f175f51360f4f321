'use strict';
// crypto.createHash/Hash, createHmac/Hmac, the one-shot crypto.hash() and getHashes(), on
// internalBinding('crypto_hash').

const binding = internalBinding('crypto_hash');
const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  bufferFrom,
  bytesFromString,
  cachedResult,
  filterDuplicateStrings,
  kHandle,
  prepareSecretKey,
} = require('internal/crypto/symmetric_util');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Data for the native update: UTF-8 strings go as they are (encoded natively without a copy
// through a Buffer), other encodings become Buffers.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
    const normalized = normalizeEncoding(encoding);
    return normalized === undefined || normalized === 'utf8' ?
      data : bytesFromString(data, normalized);
  }
  return data;
}

// Encodings the native side writes directly (ids of crypto_hash.cc's EncodeOutput).
const kNativeEncodings = new Map([
  ['hex', 1], ['base64', 2], ['base64url', 3], ['latin1', 4], ['binary', 4],
]);

// The native encoding id for a digest's output encoding (0: return the bytes).
function digestEncoding(outputEncoding) {
  if (outputEncoding === undefined) return 0;
  const id = kNativeEncodings.get(outputEncoding);
  if (id !== undefined) return id;
  const normalized = normalizeEncoding(outputEncoding);
  return normalized !== undefined && kNativeEncodings.has(normalized) ?
    kNativeEncodings.get(normalized) : 0;
}

// The digest from the native side, finished in JS for the encodings it does not write.
function finishDigest(result, outputEncoding) {
  if (typeof result === 'string') return result;
  const buffer = bufferFrom(result);
  if (outputEncoding === undefined || outputEncoding === 'buffer') return buffer;
  const normalized = normalizeEncoding(outputEncoding);
  return normalized === undefined ? buffer : buffer.toString(normalized);
}

function checkUpdate(self, data, encoding) {
  if (self[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const source = algorithm instanceof Hash ? algorithm : undefined;
  if (source === undefined) validateString(algorithm, 'algorithm');
  let outputLength = options !== null && typeof options === 'object' ?
    options.outputLength : undefined;
  if (outputLength !== undefined) {
    validateUint32(outputLength, 'options.outputLength');
    outputLength += 0;  // -0 becomes 0
  }
  this[kHandle] = new binding.Hash(source === undefined ? algorithm : source[kHandle],
                                   outputLength);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  checkUpdate(this, data, encoding);
  if (!binding.hashUpdate(this[kHandle], updateData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  // Truthy values that are not strings are converted, as Node does.
  const encoding = outputEncoding ? `${outputEncoding}` : undefined;
  const result = binding.hashDigest(this[kHandle], digestEncoding(encoding));
  this[kState][kFinalized] = true;
  return finishDigest(result, encoding);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  if (!binding.hashUpdate(this[kHandle], updateData(chunk, encoding))) {
    return callback(new ERR_CRYPTO_HASH_UPDATE_FAILED());
  }
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(bufferFrom(binding.hashDigest(this[kHandle], 0)));
  callback();
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
    encoding = options.encoding;
    validateString(encoding, 'options.encoding');
  }
  const keyBytes = prepareSecretKey(key, encoding);
  this[kHandle] = new binding.Hmac(hmac, keyBytes);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = function update(data, encoding) {
  checkUpdate(this, data, encoding);
  if (!binding.hmacUpdate(this[kHandle], updateData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  // Node returns an empty result, not an error, for a second digest() of an Hmac.
  if (this[kState][kFinalized]) return finishDigest(new ArrayBuffer(0), outputEncoding || undefined);
  const encoding = outputEncoding ? `${outputEncoding}` : undefined;
  const result = binding.hmacDigest(this[kHandle], digestEncoding(encoding));
  this[kState][kFinalized] = true;
  return finishDigest(result, encoding);
};

Hmac.prototype._transform = function _transform(chunk, encoding, callback) {
  if (!binding.hmacUpdate(this[kHandle], updateData(chunk, encoding))) {
    return callback(new ERR_CRYPTO_HASH_UPDATE_FAILED());
  }
  callback();
};

Hmac.prototype._flush = function _flush(callback) {
  this.push(bufferFrom(binding.hmacDigest(this[kHandle], 0)));
  this[kState][kFinalized] = true;
  callback();
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding]): one native call, hex by default.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      normalized = 'buffer';
    }
  }
  const encodingId = normalized === 'buffer' ? 0 : digestEncoding(normalized);
  const result = binding.oneShotDigest(algorithm, input, undefined, encodingId);
  if (result === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  if (typeof result === 'string') return result;
  const buffer = bufferFrom(result);
  return normalized === 'buffer' ? buffer : buffer.toString(normalized);
}

const getHashes = cachedResult(() => filterDuplicateStrings(binding.getHashes()));

// The digest of `data` as an ArrayBuffer (SubtleCrypto.digest).
function digestToArrayBuffer(algorithm, data) {
  return binding.oneShotDigest(algorithm, data, undefined, 0);
}

module.exports = {
  Hash,
  Hmac,
  createHash,
  createHmac,
  digestToArrayBuffer,
  getHashes,
  hash,
};
