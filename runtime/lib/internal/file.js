'use strict';
// File (WHATWG File API): a Blob with a name and a modification time.

const { Blob, isBlob } = require('internal/blob');
const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let inspectModule;

// Lone surrogates become U+FFFD (a USVString).
function toUSVString(value) {
  return `${value}`.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Unary plus throws for BigInt, as Node's does.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toUSVString(fileName);
    this.#lastModified = lastModified;
  }

  // Like Node, only non-Blobs get ERR_INVALID_THIS; a plain Blob fails on the private field.
  get name() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    inspectModule ??= require('internal/util/inspect');
    return `File ${inspectModule.inspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

module.exports = { File };
