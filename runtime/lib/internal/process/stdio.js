'use strict';
// process.stdout, process.stderr and process.stdin. Writes are synchronous, as Node's are on
// Linux for files, pipes and terminals, so output is never lost at exit.
// TODO(streams): once node:stream lands these become real Writable/Readable streams.

const EventEmitter = require('events');
const tty = internalBinding('tty_wrap');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = tty.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableNeedDrain = false;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this._writableState = { ended: false, objectMode: false, highWaterMark: 16384 };
    if (this.isTTY) {
      const size = tty.getWindowSize(fd);
      if (size) [this.columns, this.rows] = size;
    }
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    let error = null;
    try {
      if (typeof chunk === 'string') {
        if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') {
          tty.writeString(this.fd, chunk);
        } else {
          tty.writeBuffer(this.fd, Buffer.from(chunk, encoding));
        }
      } else if (ArrayBuffer.isView(chunk)) {
        tty.writeBuffer(this.fd, chunk);
      } else {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                       chunk);
      }
    } catch (err) {
      if (err && err.code === 'ERR_INVALID_ARG_TYPE') throw err;
      error = err;
    }
    if (error !== null) {
      process.nextTick(() => {
        if (callback) callback(error);
        this.emit('error', error);
      });
      return false;
    }
    if (callback) process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    // Node never closes the standard streams; 'finish' is still emitted.
    process.nextTick(() => this.emit('finish'));
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroy() { return this; }
  _destroy(error, callback) { callback(error); }

  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(this, env);
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() { return [this.columns, this.rows]; }

  // After SIGWINCH: re-read the terminal size and emit 'resize' when it changed (readline
  // redraws its line on it).
  _refreshSize() {
    const size = tty.getWindowSize(this.fd);
    if (!size) return;
    const [columns, rows] = size;
    if (columns === this.columns && rows === this.rows) return;
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }

  cursorTo(x, y, callback) { return require('internal/tty').cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return require('internal/tty').moveCursor(this, dx, dy, callback); }
  clearLine(dir, callback) { return require('internal/tty').clearLine(this, dir, callback); }
  clearScreenDown(callback) { return require('internal/tty').clearScreenDown(this, callback); }
}

class StdinReader extends EventEmitter {
  #control = null;
  #encoding = null;
  #flowing = null;
  #ended = false;
  #buffered = [];

  constructor() {
    super();
    this.fd = 0;
    this.isTTY = tty.isTTY(0) ? true : undefined;
    this.isRaw = false;
    this.readable = true;
    this.on('newListener', (event) => {
      if (event === 'data' && this.#flowing !== false) this.resume();
      if (event === 'readable' || event === 'end') this.#open();
    });
  }

  #open() {
    if (this.#control !== null) return;
    this.#control = tty.openStdin((chunk, error) => this.#onRead(chunk, error));
  }

  #onRead(chunk, error) {
    if (chunk === null) {
      if (error !== 0 && error !== -4095 /* UV_EOF */) {
        const { ErrnoException } = require('internal/errors');
        this.emit('error', new ErrnoException(error, 'read'));
        return;
      }
      this.#ended = true;
      this.readable = false;
      this.#control.close();
      if (this.#flowing) this.emit('end');
      else this.emit('readable');
      return;
    }
    let data = typeof Buffer === 'function' ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk;
    if (this.#encoding !== null) data = this.#decoder.write(data);
    if (this.#flowing) {
      this.emit('data', data);
    } else {
      this.#buffered.push(data);
      this.emit('readable');
    }
  }

  #decoderInstance = null;
  get #decoder() {
    if (this.#decoderInstance === null) {
      const { StringDecoder } = require('string_decoder');
      this.#decoderInstance = new StringDecoder(this.#encoding);
    }
    return this.#decoderInstance;
  }

  read() {
    if (this.#buffered.length === 0) {
      if (this.#ended) process.nextTick(() => this.emit('end'));
      return null;
    }
    const chunks = this.#buffered;
    this.#buffered = [];
    if (typeof chunks[0] === 'string') return chunks.join('');
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }

  setEncoding(encoding) {
    this.#encoding = encoding || 'utf8';
    return this;
  }

  resume() {
    this.#open();
    this.#flowing = true;
    this.#control.start();
    for (const data of this.#buffered.splice(0)) this.emit('data', data);
    return this;
  }

  pause() {
    this.#flowing = false;
    if (this.#control !== null) this.#control.stop();
    return this;
  }

  isPaused() { return this.#flowing === false; }

  ref() { this.#control?.ref(); return this; }
  unref() { this.#control?.unref(); return this; }

  setRawMode(mode) {
    const err = tty.setRawMode(0, !!mode);
    if (err === 0) this.isRaw = !!mode;
    return this;
  }

  pipe(destination) {
    this.on('data', (chunk) => destination.write(chunk));
    this.on('end', () => {
      if (destination !== process.stdout && destination !== process.stderr) destination.end();
    });
    this.resume();
    return destination;
  }

  destroy() {
    if (this.#control !== null) this.#control.close();
    return this;
  }

  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let wake = null;
    let done = false;
    let failure = null;
    this.on('data', (chunk) => { chunks.push(chunk); if (wake) wake(); });
    this.on('end', () => { done = true; if (wake) wake(); });
    this.on('error', (error) => { failure = error; if (wake) wake(); });
    for (;;) {
      if (failure) throw failure;
      if (chunks.length > 0) {
        yield chunks.shift();
        continue;
      }
      if (done) return;
      await new Promise((resolve) => { wake = resolve; });
      wake = null;
    }
  }
}

let stdout, stderr, stdin;

function watchSize(stream) {
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

module.exports = {
  StdioWriter,
  StdinReader,
  getStdout() { return stdout ??= watchSize(new StdioWriter(1)); },
  getStderr() { return stderr ??= watchSize(new StdioWriter(2)); },
  getStdin() { return stdin ??= new StdinReader(); },
};
