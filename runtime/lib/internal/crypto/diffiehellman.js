'use strict';
// Finite-field Diffie-Hellman: createDiffieHellman (a prime, or a prime length to generate) and
// getDiffieHellman / createDiffieHellmanGroup (the RFC 2409/3526 MODP groups).

const binding = internalBinding('crypto_dh');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { getArrayBufferOrView } = require('internal/crypto/keys');
const { validateInt32 } = require('internal/validators');
const { E, codes } = require('internal/errors');

if (!('ERR_CRYPTO_UNKNOWN_DH_GROUP' in codes)) {
  E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
}
const {
  ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
  ERR_CRYPTO_UNKNOWN_DH_GROUP,
  ERR_INVALID_ARG_TYPE,
} = codes;

const DH_GENERATOR = 2;
const kHandle = Symbol('kHandle');
const kBufferTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer' || !encoding) encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  return value;
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function setVerifyError(object, verifyError) {
  Object.defineProperty(object, 'verifyError', {
    __proto__: null, enumerable: true, value: verifyError, writable: true, configurable: true,
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', kBufferTypes, sizeOrKey);
  }
  // Negative sizes are accepted here and rejected by OpenSSL, as in Node.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', kBufferTypes, generator);
  }
  const [handle, verifyError] = binding.dhNew(sizeOrKey, generator);
  this[kHandle] = handle;
  setVerifyError(this, verifyError);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    // Node's native side throws this one.
    const error = new TypeError('Group name must be a string');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  const result = binding.dhNewGroup(name);
  if (result === undefined) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kHandle] = result[0];
  setVerifyError(this, result[1]);
}

function field(which) {
  return function(encoding) {
    return encode(new FastBuffer(binding.dhGetField(this[kHandle], which)), encoding);
  };
}

const methods = {
  generateKeys(encoding) {
    return encode(new FastBuffer(binding.dhGenerateKeys(this[kHandle])), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc || 'buffer');
    const secret = binding.dhComputeSecret(this[kHandle], key);
    if (typeof secret === 'string') throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
    return encode(new FastBuffer(secret), outEnc);
  },
  getPrime: field(0),
  getGenerator: field(1),
  getPublicKey: field(2),
  getPrivateKey: field(3),
  setPublicKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    binding.dhSetKey(this[kHandle], key, false);
    return this;
  },
  setPrivateKey(key, encoding) {
    key = getArrayBufferOrView(key, 'key', encoding);
    binding.dhSetKey(this[kHandle], key, true);
    return this;
  },
};
for (const name of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey',
                    'getPrivateKey']) {
  Object.defineProperty(methods[name], 'name', { __proto__: null, value: name });
  DiffieHellman.prototype[name] = DiffieHellmanGroup.prototype[name] = methods[name];
}
DiffieHellman.prototype.setPublicKey = methods.setPublicKey;
DiffieHellman.prototype.setPrivateKey = methods.setPrivateKey;

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
};
