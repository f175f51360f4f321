'use strict';
// process.stdout, process.stderr and process.stdin. Writes are synchronous, as Node's are on
// Linux for files, pipes and terminals, so output is never lost at exit.
// stdin is a stream.Readable; stdout/stderr stay light EventEmitters with Writable's surface,
// because a real Writable would load node:stream (not in the startup snapshot) in every
// program that prints.

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

// process.stdin: a stream.Readable over the native stdin reader (uv_tty_t, uv_pipe_t or the
// thread pool for files). Defined on first use so that programs that never read stdin do
// not load node:stream.
let StdinStream;
function makeStdinStreamClass() {
  const { Readable } = require('stream');
  const { FastBuffer } = require('internal/buffer');
  return class ReadStream extends Readable {
    #control = null;

    constructor() {
      super({ highWaterMark: 65536, autoDestroy: true, emitClose: true });
      this.fd = 0;
      this.isTTY = tty.isTTY(0) ? true : undefined;
      this.isRaw = false;
      // As in Node, pause() stops reading (a paused stdin lets the process exit) until resume(),
      // even though the Readable would otherwise keep filling its buffer.
      this.on('pause', () => {
        this.#userPaused = true;
        this.#control?.stop();
      });
      this.on('resume', () => {
        this.#userPaused = false;
        if (this.#wantRead) {
          this.#wantRead = false;
          this.#open().start();
        }
      });
    }

    #userPaused = false;
    #wantRead = false;

    #open() {
      this.#control ??= tty.openStdin((chunk, error) => this.#onRead(chunk, error));
      return this.#control;
    }

    #onRead(chunk, error) {
      if (chunk === null) {
        this.#control.stop();
        if (error !== 0 && error !== -4095 /* UV_EOF */) {
          const { ErrnoException } = require('internal/errors');
          this.destroy(new ErrnoException(error, 'read'));
          return;
        }
        this.push(null);
        return;
      }
      const data = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (!this.push(data)) this.#control.stop();
    }

    _read() {
      if (this.#userPaused && !this.readableFlowing) {
        this.#wantRead = true;
        return;
      }
      this.#open().start();
    }

    _destroy(error, callback) {
      if (this.#control !== null) this.#control.close();
      callback(error);
    }

    ref() {
      this.#control?.ref();
      return this;
    }

    unref() {
      this.#control?.unref();
      return this;
    }

    setRawMode(mode) {
      const err = tty.setRawMode(0, !!mode);
      if (err === 0) this.isRaw = !!mode;
      return this;
    }
  };
}

let stdout, stderr, stdin;

function watchSize(stream) {
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

module.exports = {
  StdioWriter,
  getStdinStreamClass() {
    StdinStream ??= makeStdinStreamClass();
    return StdinStream;
  },
  getStdout() { return stdout ??= watchSize(new StdioWriter(1)); },
  getStderr() { return stderr ??= watchSize(new StdioWriter(2)); },
  getStdin() {
    return stdin ??= new (module.exports.getStdinStreamClass())();
  },
};
