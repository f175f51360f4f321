'use strict';
// The Web Crypto API object: crypto.webcrypto and the global `crypto` (Crypto with
// getRandomValues, randomUUID and subtle). SubtleCrypto implements digest (SHA-1/256/384/512);
// its other methods reject with NotSupportedError until they are written.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { nativeError } = require('internal/crypto/symmetric_util');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const random = require('internal/crypto/random');
const { digestToArrayBuffer } = require('internal/crypto/hash');

const kConstruct = Symbol('kConstruct');

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

function illegalConstructor() {
  const error = new TypeError('Illegal constructor');
  error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return error;
}

function requireArguments(length, required, prefix) {
  if (length < required) {
    const noun = required === 1 ? 'argument' : 'arguments';
    throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                      `${prefix}: ${required} ${noun} required, but only ${length} present.`);
  }
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

// The methods in Node's order, with their Web IDL argument counts.
const methods = [
  ['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['digest', 2],
  ['generateKey', 3], ['deriveKey', 5], ['deriveBits', 3], ['importKey', 5], ['exportKey', 2],
  ['wrapKey', 4], ['unwrapKey', 7],
];
for (const [name, required] of methods) {
  const implementation = name === 'digest' ? digest : {
    async [name]() {
      if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
      requireArguments(arguments.length, required,
                       `Failed to execute '${name}' on 'SubtleCrypto'`);
      throw lazyDOMException(`SubtleCrypto.${name} is not supported yet`, 'NotSupportedError');
    },
  }[name];
  Object.defineProperty(SubtleCrypto.prototype, name, {
    writable: true, enumerable: true, configurable: true, value: implementation,
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
