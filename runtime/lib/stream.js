'use strict';
// node:stream: Node's own stream implementation, bundled from the npm package readable-stream
// (third_party/npm/readable-stream, docs/dependencies.md; its modules are the ids
// internal/deps/readable-stream/lib/…), completed to the shape of Node 20's module.

const { isArrayBufferView } = require('internal/util/types');

const Stream = require('internal/deps/readable-stream/lib/stream');
const { Duplex, Readable, Writable } = Stream;

Stream._isArrayBufferView = isArrayBufferView;

// Conversions from and to WHATWG streams (node:stream/web), loaded on first use; the package
// leaves them unimplemented.
let adapters;
function lazyAdapters() {
  adapters ??= require('internal/webstreams/adapters');
  return adapters;
}
Readable.fromWeb = function fromWeb(readableStream, options) {
  return lazyAdapters().newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  return lazyAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};
Writable.fromWeb = function fromWeb(writableStream, options) {
  return lazyAdapters().newStreamWritableFromWritableStream(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  return lazyAdapters().newWritableStreamFromStreamWritable(streamWritable);
};
Duplex.fromWeb = function fromWeb(pair, options) {
  return lazyAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  return lazyAdapters().newReadableWritablePairFromDuplex(duplex);
};

// Two Duplex streams, each writing into the other's readable side (Node 20.17's duplexPair).
const kCallback = Symbol('kCallback');
const kInitOtherSide = Symbol('kInitOtherSide');

class DuplexSide extends Duplex {
  #otherSide = null;

  constructor(options) {
    super(options);
    this[kCallback] = null;
  }

  [kInitOtherSide](otherSide) {
    if (this.#otherSide !== null) throw new Error('duplexPair: other side already set');
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide[kCallback] = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

Stream.duplexPair = function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
};

module.exports = Stream;

// process.stdout/stderr, made before node:stream was loaded, become Writables now.
if (require.isLoaded('internal/process/stdio_write_stream')) {
  require('internal/process/stdio_write_stream').link();
}
