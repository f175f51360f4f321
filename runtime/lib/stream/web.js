'use strict';
// node:stream/web: the WHATWG Streams classes, bundled from the npm package
// web-streams-polyfill (a port of the spec's reference implementation; docs/dependencies.md),
// plus TextEncoderStream/TextDecoderStream, and util.inspect output shaped like Node's.
// CompressionStream/DecompressionStream are missing until Kiln has node:zlib.

const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
} = require('internal/deps/web-streams-polyfill/dist/ponyfill');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { inspect } = require('internal/util/inspect');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

// Node prints a web stream object as `Name { …selected state… }`, not its internal slots (which
// the polyfill keeps in underscore-prefixed properties).
function defineInspect(klass, describe) {
  Object.defineProperty(klass.prototype, kInspect, {
    __proto__: null,
    value(depth, options) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `${klass.name} ${inspect(describe(this), opts)}`;
    },
    configurable: true,
    writable: true,
  });
}

defineInspect(ReadableStream, (stream) => ({
  locked: stream.locked,
  state: stream._state,
  supportsBYOB: stream._readableStreamController instanceof ReadableByteStreamController,
}));
defineInspect(ReadableStreamDefaultReader, (reader) => ({
  stream: reader._ownerReadableStream,
  readRequests: reader._readRequests?.length ?? 0,
  close: reader._closedPromise,
}));
defineInspect(ReadableStreamBYOBReader, (reader) => ({
  stream: reader._ownerReadableStream,
  readIntoRequests: reader._readIntoRequests?.length ?? 0,
  close: reader._closedPromise,
}));
defineInspect(ReadableStreamBYOBRequest, (request) => ({
  view: request.view,
  controller: request._associatedReadableByteStreamController,
}));
defineInspect(ReadableStreamDefaultController, () => ({}));
defineInspect(ReadableByteStreamController, () => ({}));
defineInspect(WritableStream, (stream) => ({ locked: stream.locked, state: stream._state }));
defineInspect(WritableStreamDefaultWriter, (writer) => {
  let desiredSize;
  try {
    desiredSize = writer.desiredSize;
  } catch {
    // A released writer has no desired size.
  }
  return {
    stream: writer._ownerWritableStream,
    close: writer._closedPromise,
    ready: writer._readyPromise,
    desiredSize,
  };
});
defineInspect(WritableStreamDefaultController, (controller) => ({
  stream: controller._controlledWritableStream,
}));
defineInspect(TransformStream, (stream) => ({
  readable: stream._readable,
  writable: stream._writable,
  backpressure: stream._backpressure,
}));
defineInspect(TransformStreamDefaultController, (controller) => ({
  stream: controller._controlledTransformStream,
}));
defineInspect(ByteLengthQueuingStrategy, (strategy) => ({ highWaterMark: strategy.highWaterMark }));
defineInspect(CountQueuingStrategy, (strategy) => ({ highWaterMark: strategy.highWaterMark }));

// Encodes a stream of strings into UTF-8 chunks, pairing surrogates split across chunks
// (https://encoding.spec.whatwg.org/#interface-textencoderstream).
class TextEncoderStream {
  #encoder = new TextEncoder();
  #pendingHighSurrogate = null;
  #transform;

  constructor() {
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        chunk = String(chunk);
        let finalChunk = '';
        for (let i = 0; i < chunk.length; i++) {
          const item = chunk[i];
          const codepoint = chunk.charCodeAt(i);
          if (this.#pendingHighSurrogate !== null) {
            const highSurrogate = this.#pendingHighSurrogate;
            this.#pendingHighSurrogate = null;
            if (codepoint >= 0xDC00 && codepoint <= 0xDFFF) {
              finalChunk += highSurrogate + item;
              continue;
            }
            finalChunk += '\uFFFD';
          }
          if (codepoint >= 0xD800 && codepoint <= 0xDBFF) {
            this.#pendingHighSurrogate = item;
            continue;
          }
          if (codepoint >= 0xDC00 && codepoint <= 0xDFFF) {
            finalChunk += '\uFFFD';
            continue;
          }
          finalChunk += item;
        }
        if (finalChunk) controller.enqueue(this.#encoder.encode(finalChunk));
      },
      flush: (controller) => {
        if (this.#pendingHighSurrogate !== null) {
          controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        }
      },
    });
  }

  get encoding() { return this.#encoder.encoding; }
  get readable() { return this.#transform.readable; }
  get writable() { return this.#transform.writable; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `TextEncoderStream ${inspect({
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    }, opts)}`;
  }
}

// Decodes a stream of byte chunks with a streaming TextDecoder.
class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this.#decoder = new TextDecoder(encoding, options);
    this.#transform = new TransformStream({
      transform: (chunk, controller) => {
        const value = this.#decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this.#decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() { return this.#decoder.encoding; }
  get fatal() { return this.#decoder.fatal; }
  get ignoreBOM() { return this.#decoder.ignoreBOM; }
  get readable() { return this.#transform.readable; }
  get writable() { return this.#transform.writable; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `TextDecoderStream ${inspect({
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    }, opts)}`;
  }
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
