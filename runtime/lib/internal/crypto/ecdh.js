'use strict';
// createECDH (ECDH objects on a named curve), ECDH.convertKey, crypto.diffieHellman over two
// KeyObjects (ec, x25519, x448), and getCurves().

const binding = internalBinding('crypto_sign');
const { FastBuffer } = require('internal/buffer');
const { getArrayBufferOrView, isKeyObject, kHandle } = require('internal/crypto/keys');
const { validateObject, validateString } = require('internal/validators');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

const kState = Symbol('kHandle');

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kState] = binding.ecdhNew(curve);
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerateKeys(this[kState]);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = getFormat(format);
  return encode(new FastBuffer(binding.ecdhGetPublicKey(this[kState], f)), encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encode(new FastBuffer(binding.ecdhGetPrivateKey(this[kState])), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  binding.ecdhSetPrivateKey(this[kState], key);
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  binding.ecdhSetPublicKey(this[kState], key);
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  const secret = binding.ecdhComputeSecret(this[kState], key);
  if (secret === false) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  return encode(new FastBuffer(secret), outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  return encode(new FastBuffer(binding.ecdhConvertKey(key, curve, f)), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

const dhEnabledKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhEnabledKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
                                          `${privateType} and ${publicType}`);
  }
  return new FastBuffer(binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]));
}

let curves;
function getCurves() {
  if (curves === undefined) {
    const names = new Map();
    for (const name of binding.getCurves()) names.set(name.toLowerCase(), name);
    curves = [...names.values()].sort();
  }
  return curves.slice();
}

module.exports = {
  ECDH,
  createECDH,
  diffieHellman,
  getCurves,
};
