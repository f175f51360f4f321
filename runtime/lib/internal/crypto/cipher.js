'use strict';
// createCipheriv/createDecipheriv (Cipheriv and Decipheriv, Transform streams), getCiphers and
// getCipherInfo, on internalBinding('crypto_cipher'), with Node's checks and errors.

const binding = internalBinding('crypto_cipher');
const { normalizeEncoding } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  bufferFrom,
  bytesFromString,
  cachedResult,
  filterDuplicateStrings,
  getArrayBufferOrView,
  kHandle,
  prepareSecretKey,
} = require('internal/crypto/symmetric_util');

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// A non-negative 32-bit option, or -1 when absent.
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function getDecoder(decoder, encoding) {
  const normalized = normalizeEncoding(encoding);
  if (decoder === null) {
    const { StringDecoder } = require('string_decoder');
    decoder = new StringDecoder(encoding);
  }
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new binding.CipherBase(cipher, key, iv, encrypt, authTagLength);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    data = bytesFromString(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const result = bufferFrom(binding.cipherUpdate(this[kHandle], data));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(result);
  }
  return result;
}

function final(outputEncoding) {
  const result = bufferFrom(binding.cipherFinal(this[kHandle]));
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(result);
  }
  return result;
}

function setAutoPadding(autoPadding) {
  if (!binding.cipherSetAutoPadding(this[kHandle], !!autoPadding)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!binding.cipherSetAAD(this[kHandle], aadbuf, plaintextLength)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
}

function getAuthTag() {
  const tag = binding.cipherGetAuthTag(this[kHandle]);
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return bufferFrom(tag);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!binding.cipherSetAuthTag(this[kHandle], tagbuf)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  return this;
}

function transform(chunk, encoding, callback) {
  if (typeof chunk === 'string') chunk = bytesFromString(chunk, encoding);
  this.push(bufferFrom(binding.cipherUpdate(this[kHandle], chunk)));
  callback();
}

function flush(callback) {
  try {
    this.push(this.final());
  } catch (error) {
    callback(error);
    return;
  }
  callback();
}

for (const constructor of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(constructor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(constructor, LazyTransform);
  Object.assign(constructor.prototype, {
    _transform: transform,
    _flush: flush,
    update,
    final,
    setAutoPadding,
  });
  if (constructor === Cipheriv) {
    constructor.prototype.getAuthTag = getAuthTag;
  } else {
    constructor.prototype.setAuthTag = setAuthTag;
  }
  constructor.prototype.setAAD = setAAD;
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

const getCiphers = cachedResult(() => filterDuplicateStrings(binding.getCiphers()));

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.getCipherInfo(nameOrNid, keyLength, ivLength);
  if (info !== undefined) info.name = info.name.toLowerCase();
  return info;
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  getCiphers,
};
