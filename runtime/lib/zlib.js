'use strict';
// node:zlib — deflate, inflate, gzip, gunzip, unzip and brotli as Transform streams over the
// native handles of internalBinding('zlib') (runtime/bindings/zlib.cc), the one-shot
// convenience functions in callback and Sync form, crc32, and the constants.
//
// A chunk is compressed into a fixed-size output buffer (chunkSize). The native write reports
// how much output space and input is left (the shared `writeState`); when the output buffer
// filled up the same input is written again into a fresh buffer, so any input size works with
// bounded memory. Stream writes run on the thread pool; the Sync functions write inline.

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const { deprecate } = require('util');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const {
  checkRangesOrGetDefault, validateFunction, validateUint32, validateFiniteNumber,
} = require('internal/validators');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM, ERR_BUFFER_TOO_LARGE, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  genericNodeError,
} = require('internal/errors');

const binding = internalBinding('zlib');
const constants = binding.constants;
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kOwner = Symbol('kOwner');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// zlib.codes: the return codes by name and by number.
const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
  'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
}
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// Flush kinds from weakest to strongest: when the last chunk carries a flush of its own, the
// stronger of it and finishFlush is used.
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushRank = [];
kFlushOrder.forEach((flag, rank) => { flushRank[flag] = rank; });
function strongerFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

// Empty buffers written by flush(): they carry the flush kind through the stream's queue so
// that a flush happens in order with the data written before it.
const flushMarkers = [];
for (const flag of kFlushOrder) {
  const marker = Buffer.alloc(0);
  marker[kFlushFlag] = flag;
  flushMarkers[flag] = marker;
}

// ---- native callbacks (this = handle) ----

function onHandleError(message, errno, code) {
  const stream = this[kOwner];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  stream.destroy(error);
  stream[kError] = error;
}

// Output buffers beyond the current one that a thread-pool write may fill when the current one
// fills up (windows of chunkSize, pushed as separate chunks, as Node's one-window-per-write
// loop would): up to 256 KiB of output per round trip.
function spareCount(chunkSize) {
  return Math.max(1, Math.min(16, Math.floor(262144 / chunkSize)));
}

function takeSpares(stream) {
  const spares = stream._spares;
  const wanted = spareCount(stream._chunkSize);
  while (spares.length < wanted) spares.push(Buffer.allocUnsafe(stream._chunkSize));
  return spares;
}

// A thread-pool write finished: push the output, then write the rest of the chunk or finish it.
function onWriteDone() {
  const handle = this;
  const stream = handle[kOwner];
  if (stream.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }
  const state = stream._writeState;
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const sparesUsed = state[2];
  const errorFollows = state[3] === 1;
  const consumed = handle.availInBefore - availInAfter;
  stream.bytesWritten += consumed;

  const produced = handle.availOutBefore - (sparesUsed > 0 ? 0 : availOutAfter);
  let readableFull = false;
  if (produced > 0) {
    const out = stream._outBuffer.slice(stream._outOffset, stream._outOffset + produced);
    stream._outOffset += produced;
    readableFull = !stream.push(out);
  }
  if (sparesUsed > 0) {
    const chunkSize = stream._chunkSize;
    const used = stream._spares.splice(0, sparesUsed);
    for (let i = 0; i < sparesUsed && !stream.destroyed; i++) {
      const length = i < sparesUsed - 1 ? chunkSize : chunkSize - availOutAfter;
      if (length > 0) readableFull = !stream.push(used[i].slice(0, length));
    }
    // The last window is the current buffer now, as if it had been written in its own call.
    stream._outBuffer = used[sparesUsed - 1];
    stream._outOffset = chunkSize - availOutAfter;
  }
  if (errorFollows) return;
  if (stream.destroyed) {
    handle.cb();
    return;
  }
  if (availOutAfter === 0 || stream._outOffset >= stream._chunkSize) {
    handle.availOutBefore = stream._chunkSize;
    stream._outOffset = 0;
    stream._outBuffer = Buffer.allocUnsafe(stream._chunkSize);
  }
  if (availOutAfter === 0) {
    // The output buffer filled up: more output may be pending for the same input.
    handle.inOff += consumed;
    handle.availInBefore = availInAfter;
    const continueWrite = () => {
      handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
                   stream._outBuffer, stream._outOffset, stream._chunkSize, takeSpares(stream));
    };
    if (!readableFull) {
      continueWrite();
    } else {
      // Wait until the reader wants more before producing more (backpressure).
      const originalRead = stream._read;
      stream._read = (size) => {
        stream._read = originalRead;
        continueWrite();
        stream._read(size);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output space is left but input was not consumed: the compressed stream has ended.
    stream.push(null);
  }
  handle.buffer = null;
  handle.cb();
}

// ---- the stream classes ----

function closeHandle(stream) {
  if (!stream._handle) return;
  stream._handle.close();
  stream._handle = null;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const minFlush = brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;
  const maxFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', minFlush, maxFlush, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          minFlush, maxFlush, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._spares = [];
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
     'future. Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. ' +
     'This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushMarkers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets finishFlush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  writeChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return writeChunk(this, chunk, flushFlag, cb);
  return writeChunkSync(this, chunk, flushFlag);
};

function writeChunk(stream, chunk, flushFlag, cb) {
  const handle = stream._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = stream._chunkSize - stream._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore,
               stream._outBuffer, stream._outOffset, handle.availOutBefore, takeSpares(stream));
}

function writeChunkSync(stream, chunk, flushFlag) {
  const handle = stream._handle;
  const state = stream._writeState;
  const chunkSize = stream._chunkSize;
  let availInBefore = chunk.byteLength;
  let availOutBefore = chunkSize - stream._outOffset;
  let inOff = 0;
  let buffer = stream._outBuffer;
  let offset = stream._outOffset;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;

  let error;
  stream.on('error', (er) => { error = er; });

  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    if (stream[kError]) throw stream[kError];
    const availOutAfter = state[0];
    const availInAfter = state[1];
    const consumed = availInBefore - availInAfter;
    inputRead += consumed;
    const produced = availOutBefore - availOutAfter;
    if (produced > 0) {
      const out = buffer.slice(offset, offset + produced);
      offset += produced;
      if (buffers === null) buffers = [out];
      else buffers.push(out);
      nread += produced;
      if (nread > stream._maxOutputLength) {
        closeHandle(stream);
        throw new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter !== 0) break;
    inOff += consumed;
    availInBefore = availInAfter;
  }
  stream.bytesWritten = inputRead;
  closeHandle(stream);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

const zlibFlushDefaults = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For decompression, windowBits 0 means "use the window size of the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs a window of at least 9 bits.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level',
                                    Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
                                       Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
                                       Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  const handle = new binding.Handle(mode);
  this._writeState = new Uint32Array(4);
  handle.init(windowBits, level, memLevel, strategy, this._writeState, onWriteDone, dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibFlushDefaults);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() changes level and strategy after a sync flush, so that the change never happens
// while a write is on the thread pool.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

// The public constructors work with and without `new`, as Node's do.
function defineZlibClass(name, mode, parent = Zlib) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
      parent.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, parent.prototype);
  Object.setPrototypeOf(ctor, parent);
  return ctor;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
const DeflateRaw = defineZlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);

// ---- brotli ----

let maxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_PARAM_')) maxBrotliParam = Math.max(maxBrotliParam, constants[key]);
}
const brotliParams = new Uint32Array(maxBrotliParam + 1);
const brotliFlushDefaults = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  brotliParams.fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > maxBrotliParam ||
          (brotliParams[key] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      brotliParams[key] = value;
    }
  }
  const handle = new binding.Handle(mode);
  this._writeState = new Uint32Array(4);
  // Node 20 ignores a value the encoder refuses (init returns false): so does Kiln.
  handle.init(brotliParams, this._writeState, onWriteDone);
  ZlibBase.call(this, opts, mode, handle, brotliFlushDefaults);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

const BrotliCompress = defineZlibClass('BrotliCompress', BROTLI_ENCODE, Brotli);
const BrotliDecompress = defineZlibClass('BrotliDecompress', BROTLI_DECODE, Brotli);

// ---- one-shot functions ----

function compressBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // The stream takes Uint8Arrays: other views and ArrayBuffers are wrapped without copying.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const chunks = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    chunks.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const result = nread === 0 ? Buffer.alloc(0) :
      chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, nread);
    engine.close();
    callback(null, engine._info ? { buffer: result, engine } : result);
  });
  engine.end(buffer);
}

function compressBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
                                     ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     buffer);
    }
  }
  const result = writeChunkSync(engine, buffer, engine._finishFlushFlag);
  return engine._info ? { buffer: result, engine } : result;
}

function oneShot(ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return compressBuffer(new ctor(opts), buffer, callback);
  };
}

function oneShotSync(ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return compressBufferSync(new ctor(opts), buffer);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

function factory(ctor) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) { return new ctor(options); },
  };
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: oneShot(Deflate),
  deflateSync: oneShotSync(Deflate),
  gzip: oneShot(Gzip),
  gzipSync: oneShotSync(Gzip),
  deflateRaw: oneShot(DeflateRaw),
  deflateRawSync: oneShotSync(DeflateRaw),
  unzip: oneShot(Unzip),
  unzipSync: oneShotSync(Unzip),
  inflate: oneShot(Inflate),
  inflateSync: oneShotSync(Inflate),
  gunzip: oneShot(Gunzip),
  gunzipSync: oneShotSync(Gunzip),
  inflateRaw: oneShot(InflateRaw),
  inflateRawSync: oneShotSync(InflateRaw),
  brotliCompress: oneShot(BrotliCompress),
  brotliCompressSync: oneShotSync(BrotliCompress),
  brotliDecompress: oneShot(BrotliDecompress),
  brotliDecompressSync: oneShotSync(BrotliDecompress),
};

Object.defineProperties(module.exports, {
  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: Object.freeze(codes) },
});

// The legacy top-level names of the zlib (not brotli) constants.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null, enumerable: false, value: constants[key], writable: false,
  });
}
