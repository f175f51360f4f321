'use strict';
// Shared pieces of SubtleCrypto: DOMException helpers, Node's Web IDL argument conversions and
// algorithm normalization (per operation, with each algorithm's parameter dictionary), key
// usage checks and JWK helpers.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { nativeError } = require('internal/crypto/symmetric_util');

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

const kBufferSourceTypes = 'ArrayBuffer, Buffer, TypedArray, or DataView';

function isBufferSource(value) {
  return isAnyArrayBuffer(value) || isArrayBufferView(value);
}

// A private copy of a BufferSource, as Node's webidl layer takes one.
function copyBuffer(value) {
  if (isAnyArrayBuffer(value)) return Buffer.from(new Uint8Array(value));
  return Buffer.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
}

const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function requireArguments(length, required, prefix) {
  if (length < required) {
    const noun = required === 1 ? 'argument' : 'arguments';
    throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                      `${prefix}: ${required} ${noun} required, but only ${length} present.`);
  }
}

function toBufferSource(value, prefix, index) {
  if (!isBufferSource(value)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix}: ${ordinals[index]} argument is not instance of ` +
                      `${kBufferSourceTypes}.`);
  }
  return copyBuffer(value);
}

function toCryptoKey(value, prefix, index) {
  const { isCryptoKey } = require('internal/crypto/cryptokey');
  if (!isCryptoKey(value)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix}: ${ordinals[index]} argument is not of type CryptoKey.`);
  }
  return value;
}

const kUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey',
  'unwrapKey'];

function toUsages(value, prefix, index) {
  if (value === null || typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix}: ${ordinals[index]} argument can not be converted to sequence.`);
  }
  const usages = [];
  for (const item of value) {
    const usage = `${item}`;
    if (!kUsages.includes(usage)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        `${prefix}: ${ordinals[index]} argument, index ${usages.length} value ` +
                        `'${usage}' is not a valid enum value of type KeyUsage.`);
    }
    usages.push(usage);
  }
  return usages;
}

const kFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

function toFormat(value, prefix, index) {
  const format = `${value}`;
  if (!kFormats.includes(format)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      `${prefix}: ${ordinals[index]} argument value '${format}' is not a valid ` +
                      'enum value of type KeyFormat.');
  }
  return format;
}

// ---- Algorithm normalization ----

const kAlgorithmNames = [
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'AES-CTR', 'AES-CBC', 'AES-GCM',
  'AES-KW', 'HMAC', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HKDF', 'PBKDF2', 'Ed25519',
  'X25519', 'Ed448', 'X448',
];
const kCanonicalNames = new Map(kAlgorithmNames.map((name) => [name.toLowerCase(), name]));

// Dictionary members, sorted as Web IDL reads them: [name, type, required].
const kDictionaries = {
  Algorithm: [],
  AesKeyGenParams: [['length', 'ushort', true]],
  AesDerivedKeyParams: [['length', 'ushort', true]],
  AesCbcParams: [['iv', 'buffer', true]],
  AesCtrParams: [['counter', 'buffer', true], ['length', 'octet', true]],
  AesGcmParams: [['additionalData', 'buffer', false], ['iv', 'buffer', true],
    ['tagLength', 'octet', false]],
  HmacKeyGenParams: [['hash', 'hash', true], ['length', 'ulong', false]],
  HmacImportParams: [['hash', 'hash', true], ['length', 'ulong', false]],
  Pbkdf2Params: [['hash', 'hash', true], ['iterations', 'ulong', true], ['salt', 'buffer', true]],
  HkdfParams: [['hash', 'hash', true], ['info', 'buffer', true], ['salt', 'buffer', true]],
  RsaHashedKeyGenParams: [['hash', 'hash', true], ['modulusLength', 'ulong', true],
    ['publicExponent', 'bigint', true]],
  RsaHashedImportParams: [['hash', 'hash', true]],
  RsaPssParams: [['saltLength', 'ulong', true]],
  RsaOaepParams: [['label', 'buffer', false]],
  EcKeyGenParams: [['namedCurve', 'string', true]],
  EcKeyImportParams: [['namedCurve', 'string', true]],
  EcdsaParams: [['hash', 'hash', true]],
  EcdhKeyDeriveParams: [['public', 'key', true]],
  Ed448Params: [['context', 'buffer', false]],
};

const digests = {
  'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null,
};
// For each operation, the algorithms it supports and their parameter dictionary.
const kSupported = {
  digest: digests,
  generateKey: {
    'RSASSA-PKCS1-v1_5': 'RsaHashedKeyGenParams', 'RSA-PSS': 'RsaHashedKeyGenParams',
    'RSA-OAEP': 'RsaHashedKeyGenParams', 'ECDSA': 'EcKeyGenParams', 'ECDH': 'EcKeyGenParams',
    'AES-CTR': 'AesKeyGenParams', 'AES-CBC': 'AesKeyGenParams', 'AES-GCM': 'AesKeyGenParams',
    'AES-KW': 'AesKeyGenParams', 'HMAC': 'HmacKeyGenParams', 'Ed25519': null, 'X25519': null,
    'Ed448': null, 'X448': null,
  },
  sign: {
    'RSASSA-PKCS1-v1_5': null, 'RSA-PSS': 'RsaPssParams', 'ECDSA': 'EcdsaParams', 'HMAC': null,
    'Ed25519': null, 'Ed448': 'Ed448Params',
  },
  importKey: {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams', 'RSA-PSS': 'RsaHashedImportParams',
    'RSA-OAEP': 'RsaHashedImportParams', 'ECDSA': 'EcKeyImportParams',
    'ECDH': 'EcKeyImportParams', 'HMAC': 'HmacImportParams', 'HKDF': null, 'PBKDF2': null,
    'AES-CTR': null, 'AES-CBC': null, 'AES-GCM': null, 'AES-KW': null, 'Ed25519': null,
    'X25519': null, 'Ed448': null, 'X448': null,
  },
  deriveBits: {
    'HKDF': 'HkdfParams', 'PBKDF2': 'Pbkdf2Params', 'ECDH': 'EcdhKeyDeriveParams',
    'X25519': 'EcdhKeyDeriveParams', 'X448': 'EcdhKeyDeriveParams',
  },
  encrypt: {
    'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-CTR': 'AesCtrParams',
    'AES-GCM': 'AesGcmParams',
  },
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams', 'AES-CTR': 'AesDerivedKeyParams',
    'AES-GCM': 'AesDerivedKeyParams', 'AES-KW': 'AesDerivedKeyParams',
    'HMAC': 'HmacImportParams', 'HKDF': null, 'PBKDF2': null,
  },
  wrapKey: { 'AES-KW': null },
};
kSupported.verify = kSupported.sign;
kSupported.decrypt = kSupported.encrypt;
kSupported.unwrapKey = kSupported.wrapKey;

function normalizeError(message, code, Type = TypeError) {
  return nativeError(Type, code, `Failed to normalize algorithm: ${message}`);
}

function convertMember(value, type, member, dictionary) {
  const where = `'${member}' of '${dictionary}' (passed algorithm)`;
  switch (type) {
    case 'buffer':
      if (!isBufferSource(value)) {
        throw normalizeError(`${where} is not instance of ${kBufferSourceTypes}.`,
                             'ERR_INVALID_ARG_TYPE');
      }
      return copyBuffer(value);
    case 'bigint':
      if (!(value instanceof Uint8Array)) {
        throw normalizeError(`${where} is not an instance of Uint8Array.`,
                             'ERR_INVALID_ARG_TYPE');
      }
      return new Uint8Array(value);
    case 'hash':
      return normalizeAlgorithm(value, 'digest');
    case 'string':
      return `${value}`;
    case 'key': {
      const { isCryptoKey } = require('internal/crypto/cryptokey');
      if (!isCryptoKey(value)) {
        throw normalizeError(`${where} is not of type CryptoKey.`,
                             'ERR_INVALID_ARG_TYPE');
      }
      return value;
    }
    default: {
      // [EnforceRange] integers.
      const max = type === 'octet' ? 0xff : type === 'ushort' ? 0xffff : 0xffffffff;
      const number = +value;
      if (!Number.isFinite(number)) {
        throw normalizeError(`${where} is not a finite number.`,
                             'ERR_INVALID_ARG_TYPE');
      }
      const integer = Math.trunc(number);
      if (integer < 0 || integer > max) {
        throw normalizeError(`${where} is outside the expected range of 0 to ` +
                             `${max}.`, 'ERR_OUT_OF_RANGE');
      }
      return integer;
    }
  }
}

const warnedExperimental = new Set();

// The normalized algorithm for `op` (Web Crypto's "normalize an algorithm"), with Node's
// errors: TypeError for a dictionary that cannot be converted, NotSupportedError for an
// algorithm the operation does not know.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm !== 'object') return normalizeAlgorithm({ name: `${algorithm}` }, op);
  if (algorithm === null || typeof algorithm !== 'object') {
    throw normalizeError("passed algorithm can not be converted to 'Algorithm' because 'name' " +
                         "is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
  }
  if (algorithm.name === undefined) {
    throw normalizeError("passed algorithm can not be converted to 'Algorithm' because 'name' " +
                         "is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
  }
  const name = kCanonicalNames.get(`${algorithm.name}`.toLowerCase());
  const table = kSupported[op];
  if (name === undefined || !(name in table)) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  if ((name === 'Ed448' || name === 'X448') && !warnedExperimental.has(name)) {
    warnedExperimental.add(name);
    process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and ` +
                        'might change at any time', 'ExperimentalWarning');
  }
  const dictionary = table[name];
  const result = { name };
  if (dictionary === null) return result;
  for (const [member, type, required] of kDictionaries[dictionary]) {
    const value = algorithm[member];
    if (value === undefined) {
      if (required) {
        throw normalizeError(`passed algorithm can not be converted to '${dictionary}' because ` +
                             `'${member}' is required in '${dictionary}'.`, 'ERR_MISSING_OPTION');
      }
      continue;
    }
    result[member] = convertMember(value, type, member, dictionary);
  }
  return result;
}

// ---- Usages ----

function hasAnyNotIn(usages, allowed) {
  return usages.some((usage) => !allowed.includes(usage));
}

function dedupe(usages) {
  return [...new Set(usages)];
}

// ---- JWK ----

function validateJwk(jwk, kty, extractable, usages, use) {
  if (jwk === null || typeof jwk !== 'object') {
    throw lazyDOMException('Invalid keyData', 'DataError');
  }
  if (jwk.kty !== kty) throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
  if (usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) {
      throw lazyDOMException('Invalid JWK "key_ops" Parameter', 'DataError');
    }
    if (usages.some((usage) => !jwk.key_ops.includes(usage))) {
      throw lazyDOMException('Key operations and usage mismatch', 'DataError');
    }
  }
  if (jwk.ext !== undefined && jwk.ext === false && extractable === true) {
    throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

function base64urlBytes(text) {
  return Buffer.from(`${text}`, 'base64');
}

module.exports = {
  base64urlBytes,
  copyBuffer,
  dedupe,
  hasAnyNotIn,
  isBufferSource,
  lazyDOMException,
  normalizeAlgorithm,
  requireArguments,
  toBufferSource,
  toCryptoKey,
  toFormat,
  toUsages,
  validateJwk,
};
