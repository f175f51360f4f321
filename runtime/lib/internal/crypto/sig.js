'use strict';
// Sign and Verify (writable streams over a native digest context) and the one-shot
// crypto.sign/crypto.verify (synchronous, or on the thread pool with a callback).

const binding = internalBinding('crypto_sign');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { Writable } = require('stream');
const { isArrayBufferView } = require('internal/util/types');
const {
  getArrayBufferOrView,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  privateKeyHandle,
  publicOrPrivateKeyHandle,
} = require('internal/crypto/keys');
const {
  validateEncoding,
  validateFunction,
  validateString,
} = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kSigEncDER = 0;
const kSigEncP1363 = 1;

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function getPadding(options) {
  return getIntOption('padding', options);
}

function getSaltLength(options) {
  return getIntOption('saltLength', options);
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return kSigEncDER;
    if (dsaEncoding === 'ieee-p1363') return kSigEncP1363;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return kSigEncDER;
}

// Strings in an encoding Node does not know are read as UTF-8, as its native side does.
function stringBytes(data, encoding) {
  if (!encoding || encoding === 'buffer' || !Buffer.isEncoding(encoding)) encoding = 'utf8';
  return Buffer.from(data, encoding);
}

function encodeOutput(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kHandle] = binding.digestInit(algorithm);
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = stringBytes(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.digestUpdate(this[kHandle], data);
  return this;
};

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const prepared = preparePrivateKey(options);
  const rsaPadding = getPadding(options);
  const pssSaltLength = getSaltLength(options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  const key = privateKeyHandle(prepared);
  const ret = new FastBuffer(
    binding.signFinal(this[kHandle], key, rsaPadding, pssSaltLength, dsaSigEnc));
  return encodeOutput(ret, encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  this[kHandle] = binding.digestInit(algorithm);
  Reflect.apply(Writable, this, [options]);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const prepared = preparePublicOrPrivateKey(options);
  const rsaPadding = getPadding(options);
  const pssSaltLength = getSaltLength(options);
  const dsaSigEnc = getDSASignatureEncoding(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const key = publicOrPrivateKeyHandle(prepared);
  return binding.verifyFinal(this[kHandle], key, signature, rsaPadding, pssSaltLength,
                             dsaSigEnc);
};

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const rsaPadding = getPadding(key);
  const pssSaltLength = getSaltLength(key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  const handle = privateKeyHandle(preparePrivateKey(key));
  if (callback === undefined) {
    return new FastBuffer(binding.signOneShot(handle, algorithm ?? null, data, rsaPadding,
                                              pssSaltLength, dsaSigEnc));
  }
  binding.signOneShot(handle, algorithm ?? null, data, rsaPadding, pssSaltLength, dsaSigEnc,
                      (error, signature) => {
                        if (error) return callback(error);
                        callback(null, new FastBuffer(signature));
                      });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const rsaPadding = getPadding(key);
  const pssSaltLength = getSaltLength(key);
  const dsaSigEnc = getDSASignatureEncoding(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const handle = publicOrPrivateKeyHandle(preparePublicOrPrivateKey(key));
  if (callback === undefined) {
    return binding.verifyOneShot(handle, algorithm ?? null, data, signature, rsaPadding,
                                 pssSaltLength, dsaSigEnc);
  }
  binding.verifyOneShot(handle, algorithm ?? null, data, signature, rsaPadding, pssSaltLength,
                        dsaSigEnc, callback);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

module.exports = {
  Sign,
  Verify,
  createSign,
  createVerify,
  sign: signOneShot,
  verify: verifyOneShot,
};
