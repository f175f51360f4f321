'use strict';
// process.stdout, process.stderr and process.stdin. stdout and stderr are lazy Writables
// (internal/process/stdio_write_stream) whose writes are synchronous, as Node's are on Linux for
// files, pipes and terminals, so output is never lost at exit.

const tty = internalBinding('tty_wrap');

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

function createWritable(fd) {
  return require('internal/process/stdio_write_stream').createWritableStdioStream(fd);
}

module.exports = {
  getStdinStreamClass() {
    StdinStream ??= makeStdinStreamClass();
    return StdinStream;
  },
  getStdout() { return stdout ??= watchSize(createWritable(1)); },
  getStderr() { return stderr ??= watchSize(createWritable(2)); },
  getStdin() {
    return stdin ??= new (module.exports.getStdinStreamClass())();
  },
};
