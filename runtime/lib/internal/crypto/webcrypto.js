'use strict';
// The Web Crypto API object: crypto.webcrypto and the global `crypto` (Crypto with
// getRandomValues, randomUUID and subtle). SubtleCrypto converts and checks its arguments as
// Node's Web IDL layer does, then dispatches on the algorithm: secret-key algorithms in
// webcrypto_secret.js, asymmetric ones in webcrypto_asymmetric.js (both loaded on first use).

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { nativeError } = require('internal/crypto/symmetric_util');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const random = require('internal/crypto/random');
const { digestToArrayBuffer } = require('internal/crypto/hash');
const {
  lazyDOMException,
  normalizeAlgorithm,
  requireArguments,
  toBufferSource,
  toCryptoKey,
  toFormat,
  toUsages,
} = require('internal/crypto/webcrypto_util');

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  const error = new TypeError('Illegal constructor');
  error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return error;
}

const kDigests = new Map([
  ['sha-1', ['SHA-1', 'sha1']],
  ['sha-256', ['SHA-256', 'sha256']],
  ['sha-384', ['SHA-384', 'sha384']],
  ['sha-512', ['SHA-512', 'sha512']],
]);

function normalizeDigestAlgorithm(algorithm) {
  let name = algorithm;
  if (algorithm !== null && typeof algorithm === 'object') {
    if (algorithm.name === undefined) {
      throw nativeError(TypeError, 'ERR_MISSING_OPTION',
        "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
        "because 'name' is required in 'Algorithm'.");
    }
    name = algorithm.name;
  }
  const entry = kDigests.get(`${name}`.toLowerCase());
  if (entry === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  return entry[1];
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw illegalConstructor();
  }
}

async function digest(algorithm, data) {
  if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
  const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
  requireArguments(arguments.length, 2, prefix);
  const name = normalizeDigestAlgorithm(algorithm);
  if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: 2nd argument is not ` +
                      'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  return digestToArrayBuffer(name, data);
}

let secretModule;
let asymmetricModule;
function secret() {
  return secretModule ??= require('internal/crypto/webcrypto_secret');
}
function asymmetric() {
  return asymmetricModule ??= require('internal/crypto/webcrypto_asymmetric');
}

const kAesNames = ['AES-CBC', 'AES-CTR', 'AES-GCM', 'AES-KW'];

function checkThis(self) {
  if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
}

function prefixFor(method) {
  return `Failed to execute '${method}' on 'SubtleCrypto'`;
}

function checkUsagesNotEmpty(key, verb) {
  if ((key.type === 'secret' || key.type === 'private') && key.usages.length === 0) {
    const what = verb === 'creating' ? 'a key' : `a ${key.type} key`;
    throw lazyDOMException(`Usages cannot be empty when ${verb} ${what}.`, 'SyntaxError');
  }
}

async function generateKey(algorithm, extractable, keyUsages) {
  checkThis(this);
  const prefix = prefixFor('generateKey');
  requireArguments(arguments.length, 3, prefix);
  extractable = !!extractable;
  const usages = toUsages(keyUsages, prefix, 2);
  algorithm = normalizeAlgorithm(algorithm, 'generateKey');
  let result;
  if (algorithm.name === 'HMAC') {
    result = secret().hmacGenerateKey(algorithm, extractable, usages);
  } else if (kAesNames.includes(algorithm.name)) {
    result = secret().aesGenerateKey(algorithm, extractable, usages);
  } else {
    result = await asymmetric().generateKey(algorithm, extractable, usages);
  }
  checkUsagesNotEmpty(result.privateKey ?? result, 'creating');
  return result;
}

function importKeySync(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if (name === 'HMAC') {
    return secret().hmacImportKey(format, keyData, algorithm, extractable, usages);
  }
  if (kAesNames.includes(name)) {
    return secret().aesImportKey(format, keyData, algorithm, extractable, usages);
  }
  if (name === 'PBKDF2' || name === 'HKDF') {
    return secret().kdfImportKey(format, keyData, algorithm, extractable, usages);
  }
  return asymmetric().importKey(format, keyData, algorithm, extractable, usages);
}

const kJwkStringMembers = ['kty', 'use', 'alg', 'crv', 'x', 'y', 'd', 'n', 'e', 'p', 'q', 'dp',
  'dq', 'qi', 'k'];

function convertKeyData(format, keyData, prefix) {
  if (format !== 'jwk') return toBufferSource(keyData, prefix, 1);
  if (keyData === null || typeof keyData !== 'object') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix}: 2nd argument can not be converted to a dictionary`);
  }
  // The JsonWebKey dictionary: known members only, strings converted as Web IDL does.
  const jwk = {};
  for (const name of kJwkStringMembers) {
    if (keyData[name] !== undefined) jwk[name] = `${keyData[name]}`;
  }
  if (keyData.ext !== undefined) jwk.ext = !!keyData.ext;
  if (keyData.key_ops !== undefined) {
    const ops = keyData.key_ops;
    if (ops === null || typeof ops !== 'object' || typeof ops[Symbol.iterator] !== 'function') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        `${prefix}: 2nd argument's key_ops can not be converted to sequence.`);
    }
    jwk.key_ops = Array.from(ops, (op) => `${op}`);
  }
  return jwk;
}

function importNormalized(format, keyData, algorithm, extractable, usages) {
  algorithm = normalizeAlgorithm(algorithm, 'importKey');
  const key = importKeySync(format, keyData, algorithm, extractable, usages);
  checkUsagesNotEmpty(key, 'importing');
  return key;
}

async function importKey(format, keyData, algorithm, extractable, keyUsages) {
  checkThis(this);
  const prefix = prefixFor('importKey');
  requireArguments(arguments.length, 5, prefix);
  format = toFormat(format, prefix, 0);
  keyData = convertKeyData(format, keyData, prefix);
  extractable = !!extractable;
  const usages = toUsages(keyUsages, prefix, 4);
  return importNormalized(format, keyData, algorithm, extractable, usages);
}

function exportKeySync(format, key) {
  if (!key.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  const { name } = key.algorithm;
  if (name === 'HMAC' || kAesNames.includes(name)) {
    if (format === 'raw') return secret().toArrayBuffer(secret().secretBytes(key));
    if (format === 'jwk') return secret().exportSecretJwk(key);
    throw lazyDOMException(`Unable to export a ${format === 'spki' ? 'raw' : format} ${name} ` +
                           `${key.type} key`, 'InvalidAccessError');
  }
  return asymmetric().exportKey(format, key);
}

async function exportKey(format, key) {
  checkThis(this);
  const prefix = prefixFor('exportKey');
  requireArguments(arguments.length, 2, prefix);
  format = toFormat(format, prefix, 0);
  key = toCryptoKey(key, prefix, 1);
  return exportKeySync(format, key);
}

async function signVerify(op, algorithm, key, data, signature) {
  algorithm = normalizeAlgorithm(algorithm, op);
  if (!key.usages.includes(op) || algorithm.name !== key.algorithm.name) {
    throw lazyDOMException(`Unable to use this key to ${op}`, 'InvalidAccessError');
  }
  if (algorithm.name === 'HMAC') return secret().hmacSignVerify(key, data, signature);
  return asymmetric().signVerify(algorithm, key, data, signature);
}

async function sign(algorithm, key, data) {
  checkThis(this);
  const prefix = prefixFor('sign');
  requireArguments(arguments.length, 3, prefix);
  key = toCryptoKey(key, prefix, 1);
  data = toBufferSource(data, prefix, 2);
  return signVerify('sign', algorithm, key, data);
}

async function verify(algorithm, key, signature, data) {
  checkThis(this);
  const prefix = prefixFor('verify');
  requireArguments(arguments.length, 4, prefix);
  key = toCryptoKey(key, prefix, 1);
  signature = toBufferSource(signature, prefix, 2);
  data = toBufferSource(data, prefix, 3);
  return signVerify('verify', algorithm, key, data, signature);
}

// encrypt/decrypt, and the cipher half of wrapKey/unwrapKey (op names the usage needed).
async function cipherOrWrap(encrypt, algorithm, key, data, op) {
  if (algorithm.name !== key.algorithm.name || !key.usages.includes(op)) {
    throw lazyDOMException('The requested operation is not valid for the provided key',
                           'InvalidAccessError');
  }
  const { name } = algorithm;
  if (name === 'RSA-OAEP') return asymmetric().rsaOaepCipher(encrypt, key, data, algorithm);
  if (name !== 'AES-KW' || op === 'wrapKey' || op === 'unwrapKey') {
    return secret().aesCipher(encrypt, key, data, algorithm);
  }
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function cipherMethod(encrypt) {
  const op = encrypt ? 'encrypt' : 'decrypt';
  return {
    async [op](algorithm, key, data) {
      checkThis(this);
      const prefix = prefixFor(op);
      requireArguments(arguments.length, 3, prefix);
      key = toCryptoKey(key, prefix, 1);
      data = toBufferSource(data, prefix, 2);
      algorithm = normalizeAlgorithm(algorithm, op);
      return cipherOrWrap(encrypt, algorithm, key, data, op);
    },
  }[op];
}

function toLength(length, prefix) {
  if (length === null || length === undefined) return null;
  const number = +length;
  if (!Number.isFinite(number)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix}: 3rd argument is not a finite number.`);
  }
  const integer = Math.trunc(number);
  if (integer < 0 || integer > 0xffffffff) {
    throw nativeError(TypeError, 'ERR_OUT_OF_RANGE', `${prefix}: 3rd argument is outside the ` +
                      'expected range of 0 to 4294967295.');
  }
  return integer;
}

function deriveBitsFor(algorithm, baseKey, length) {
  switch (algorithm.name) {
    case 'PBKDF2': return secret().pbkdf2DeriveBits(algorithm, baseKey, length);
    case 'HKDF': return secret().hkdfDeriveBits(algorithm, baseKey, length);
    default: return asymmetric().ecdhDeriveBits(algorithm, baseKey, length);
  }
}

function checkBaseKey(algorithm, baseKey, usage) {
  if (!baseKey.usages.includes(usage)) {
    throw lazyDOMException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) {
    throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  }
}

async function deriveBits(algorithm, baseKey, length) {
  checkThis(this);
  const prefix = prefixFor('deriveBits');
  requireArguments(arguments.length, 3, prefix);
  baseKey = toCryptoKey(baseKey, prefix, 1);
  length = toLength(length, prefix);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  checkBaseKey(algorithm, baseKey, 'deriveBits');
  return deriveBitsFor(algorithm, baseKey, length);
}

function getKeyLength({ name, length, hash }) {
  switch (name) {
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      if (length !== 128 && length !== 192 && length !== 256) {
        throw lazyDOMException('Invalid key length', 'OperationError');
      }
      return length;
    case 'HMAC':
      if (length === undefined) return secret().kBlockSizes[hash.name];
      if (typeof length === 'number' && length !== 0) return length;
      throw lazyDOMException('Invalid key length', 'OperationError');
    default:
      return null;
  }
}

async function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  checkThis(this);
  const prefix = prefixFor('deriveKey');
  requireArguments(arguments.length, 5, prefix);
  baseKey = toCryptoKey(baseKey, prefix, 1);
  extractable = !!extractable;
  const usages = toUsages(keyUsages, prefix, 4);
  algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
  normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
  checkBaseKey(algorithm, baseKey, 'deriveKey');
  const length = getKeyLength(normalizeAlgorithm(derivedKeyAlgorithm, 'get key length'));
  const bits = await deriveBitsFor(algorithm, baseKey, length);
  return importNormalized('raw', Buffer.from(bits), derivedKeyAlgorithm, extractable, usages);
}

function normalizeWrapAlgorithm(algorithm, op, fallback) {
  try {
    return normalizeAlgorithm(algorithm, op);
  } catch {
    return normalizeAlgorithm(algorithm, fallback);
  }
}

async function wrapKey(format, key, wrappingKey, algorithm) {
  checkThis(this);
  const prefix = prefixFor('wrapKey');
  requireArguments(arguments.length, 4, prefix);
  format = toFormat(format, prefix, 0);
  key = toCryptoKey(key, prefix, 1);
  wrappingKey = toCryptoKey(wrappingKey, prefix, 2);
  algorithm = normalizeWrapAlgorithm(algorithm, 'wrapKey', 'encrypt');
  let keyData = exportKeySync(format, key);
  if (format === 'jwk') {
    const raw = JSON.stringify(keyData);
    // AES-KW needs a multiple of 8 bytes (the note in step 13 of the spec's wrapKey).
    const padding = algorithm.name === 'AES-KW' && raw.length % 8 !== 0 ?
      ' '.repeat(8 - (raw.length % 8)) : '';
    keyData = Buffer.from(raw + padding);
  } else {
    keyData = Buffer.from(keyData);
  }
  return cipherOrWrap(true, algorithm, wrappingKey, keyData, 'wrapKey');
}

async function unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgo, unwrappedKeyAlgo,
                         extractable, keyUsages) {
  checkThis(this);
  const prefix = prefixFor('unwrapKey');
  requireArguments(arguments.length, 7, prefix);
  format = toFormat(format, prefix, 0);
  wrappedKey = toBufferSource(wrappedKey, prefix, 1);
  unwrappingKey = toCryptoKey(unwrappingKey, prefix, 2);
  extractable = !!extractable;
  const usages = toUsages(keyUsages, prefix, 6);
  unwrapAlgo = normalizeWrapAlgorithm(unwrapAlgo, 'unwrapKey', 'decrypt');
  let keyData = Buffer.from(await cipherOrWrap(false, unwrapAlgo, unwrappingKey, wrappedKey,
                                               'unwrapKey'));
  if (format === 'jwk') keyData = JSON.parse(keyData.toString('utf8'));
  return importNormalized(format, keyData, unwrappedKeyAlgo, extractable, usages);
}

const implementations = {
  encrypt: cipherMethod(true),
  decrypt: cipherMethod(false),
  sign,
  verify,
  digest,
  generateKey,
  deriveKey,
  deriveBits,
  importKey,
  exportKey,
  wrapKey,
  unwrapKey,
};
for (const [name, value] of Object.entries(implementations)) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    writable: true, enumerable: true, configurable: true, value,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', writable: false, enumerable: false, configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);
let crypto;

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    requireArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

crypto = new Crypto(kConstruct);

module.exports = {
  Crypto,
  SubtleCrypto,
  crypto,
};
