'use strict';
// Blob (WHATWG File API) for node:buffer: immutable bytes with a MIME type. The bytes are kept
// as a list of private Uint8Array copies, so slicing shares them and never copies until read.

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { kMaxLength } = internalBinding('buffer');

const kParts = Symbol('kParts');
const kLength = Symbol('kLength');
const kType = Symbol('kType');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

let textEncoder;
let textDecoder;
let inspectModule;

function isBlob(object) {
  return object?.[kParts] !== undefined;
}

// [byteLength, Uint8Array[]] for one element of the sources sequence.
function getSource(source, endings) {
  if (isBlob(source)) return [source[kLength], source[kParts]];
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!isArrayBufferView(source)) {
    source = `${source}`;
    if (endings === 'native') {
      source = source.replace(/\n|\r\n/g, process.platform === 'win32' ? '\r\n' : '\n');
    }
    textEncoder ??= new (require('internal/encoding').TextEncoder)();
    source = textEncoder.encode(source);
  }
  // Copied so that later changes to the source do not show through the Blob.
  const { buffer, byteOffset, byteLength } = source;
  return [byteLength, [new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength))]];
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.exec(type) !== null ? '' : type.toLowerCase();
}

// Bytes [start, end) of a list of parts, as a list of (shared) parts.
function sliceParts(parts, start, end) {
  const result = [];
  let position = 0;
  for (const part of parts) {
    const partStart = position;
    const partEnd = position + part.byteLength;
    position = partEnd;
    if (partEnd <= start) continue;
    if (partStart >= end) break;
    const from = Math.max(start, partStart) - partStart;
    const to = Math.min(end, partEnd) - partStart;
    result.push(from === 0 && to === part.byteLength ? part : part.subarray(from, to));
  }
  return result;
}

function concatParts(parts, length) {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function createBlob(parts, length, type) {
  const blob = Object.create(Blob.prototype);
  blob[kParts] = parts;
  blob[kLength] = length;
  blob[kType] = type;
  return blob;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    let length = 0;
    const parts = [];
    for (const source of sources) {
      const { 0: sourceLength, 1: sourceParts } = getSource(source, endings);
      length += sourceLength;
      for (const part of sourceParts) parts.push(part);
    }
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    this[kParts] = parts;
    this[kLength] = length;
    this[kType] = normalizeType(type);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    inspectModule ??= require('internal/util/inspect');
    return `Blob ${inspectModule.inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const length = this[kLength];
    start = Math.trunc(start) || 0;
    end = Math.trunc(end) || 0;
    start = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
    end = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
    const span = Math.max(end - start, 0);
    return createBlob(sliceParts(this[kParts], start, start + span), span,
                      normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    // Node's reader hands over the parts asynchronously: it settles after 2 * parts - 1
    // microtask turns. Taking as many turns keeps promise ordering the same as in Node.
    const parts = this[kParts];
    const length = this[kLength];
    return new Promise((resolve) => {
      let turns = parts.length * 2 - 1;
      const step = () => {
        if (turns-- <= 0) {
          resolve(concatParts(parts, length).buffer);
          return;
        }
        queueMicrotask(step);
      };
      step();
    });
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    textDecoder ??= new (require('internal/encoding').TextDecoder)();
    return this.arrayBuffer().then((buffer) => textDecoder.decode(buffer));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    if (typeof globalThis.ReadableStream !== 'function') {
      throw new Error('Blob.prototype.stream() needs ReadableStream, which this build lacks');
    }
    const bytes = concatParts(this[kParts], this[kLength]);
    return new globalThis.ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.byteLength > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }
}

const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(Blob.prototype, {
  size: enumerable,
  type: enumerable,
  slice: enumerable,
  stream: enumerable,
  text: enumerable,
  arrayBuffer: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

module.exports = { Blob, isBlob, kParts, kLength, kType };
