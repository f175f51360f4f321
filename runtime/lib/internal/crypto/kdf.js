'use strict';
// Key derivation of node:crypto: pbkdf2, scrypt and hkdf, each synchronous or on the thread
// pool (internalBinding('crypto_kdf')), with Node's argument checks and errors.

const binding = internalBinding('crypto_kdf');
const { Buffer, kMaxLength } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  bufferFrom,
  getArrayBufferOrView,
  nativeError,
} = require('internal/crypto/symmetric_util');

function invalidDigest(digest) {
  return nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

// ---- PBKDF2 ----

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL takes these as signed ints.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const queued = binding.pbkdf2(args.password, args.salt, args.iterations, args.keylen,
                                args.digest, (error, result) => {
                                  if (error) return callback(error);
                                  callback(null, bufferFrom(result));
                                });
  if (queued === undefined) throw invalidDigest(args.digest);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = checkPbkdf2(password, salt, iterations, keylen, digest);
  const result = binding.pbkdf2(args.password, args.salt, args.iterations, args.keylen,
                                args.digest);
  if (result === undefined) throw invalidDigest(args.digest);
  return bufferFrom(result);
}

// ---- scrypt ----

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function checkScrypt(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const a = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, a.keylen, (error, result) => {
    if (error) return callback(error);
    callback(null, bufferFrom(result));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const a = checkScrypt(password, salt, keylen, options);
  return bufferFrom(binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, a.keylen));
}

// ---- HKDF ----

function toByteSource(value, name, expected) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isAnyArrayBuffer(value) || isArrayBufferView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, expected, value);
}

function hkdfKey(key) {
  if (key !== null && typeof key === 'object' && typeof key.export === 'function' &&
      !isArrayBufferView(key)) {
    return key.export();
  }
  return toByteSource(key, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray',
    'DataView', 'Buffer']);
}

function checkHkdf(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = hkdfKey(key);
  salt = toByteSource(salt, 'salt', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  info = toByteSource(info, 'info', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, key, salt, info, length };
}

function hkdfResult(result, digest) {
  if (result === undefined) throw invalidDigest(digest);
  if (result === -1) throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return result;
}

function hkdf(digest, key, salt, info, length, callback) {
  const a = checkHkdf(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  hkdfResult(binding.hkdf(a.digest, a.key, a.salt, a.info, a.length, (error, bits) => {
    if (error) return callback(error);
    callback(null, bits);
  }), a.digest);
}

function hkdfSync(digest, key, salt, info, length) {
  const a = checkHkdf(digest, key, salt, info, length);
  return hkdfResult(binding.hkdf(a.digest, a.key, a.salt, a.info, a.length), a.digest);
}

module.exports = {
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
};
