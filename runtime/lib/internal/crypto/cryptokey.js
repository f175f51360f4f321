'use strict';
// CryptoKey: a KeyObject with a Web Crypto algorithm, usages and extractability. Not
// constructible from JS; SubtleCrypto makes InternalCryptoKey instances, whose prototype is
// CryptoKey.prototype (as in Node).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kKeyUsages = Symbol('kKeyUsages');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isCryptoKey(value) {
  return value != null && typeof value === 'object' && value[kKeyObject] !== undefined;
}

function check(self) {
  if (!isCryptoKey(self)) throw new ERR_INVALID_THIS('CryptoKey');
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }

  get type() {
    check(this);
    return this[kKeyObject].type;
  }

  get extractable() {
    check(this);
    return this[kExtractable];
  }

  get algorithm() {
    check(this);
    return this[kAlgorithm];
  }

  get usages() {
    check(this);
    return [...this[kKeyUsages]];
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', writable: false, enumerable: false, configurable: true,
});

class InternalCryptoKey {
  constructor(keyObject, algorithm, usages, extractable) {
    this[kKeyObject] = keyObject;
    this[kAlgorithm] = algorithm;
    this[kKeyUsages] = usages;
    this[kExtractable] = !!extractable;
  }
}
InternalCryptoKey.prototype.constructor = CryptoKey;
Object.setPrototypeOf(InternalCryptoKey.prototype, CryptoKey.prototype);

module.exports = {
  CryptoKey,
  InternalCryptoKey,
  isCryptoKey,
  kKeyObject,
  kAlgorithm,
};
