'use strict';
// process.stdout and process.stderr: stream.Writable instances, as in Node (a tty.WriteStream on
// a terminal, a Socket on a pipe, a SyncWriteStream on a file), whose writes are synchronous,
// as Node's are on Linux for all three.
//
// node:stream is not in the startup snapshot and loading it costs about a third of a hello
// world's start-up, so the Writable is lazy, like internal/streams/lazy_transform: the common
// prototype starts out on EventEmitter.prototype with stubs for the Writable members, and a
// write() that finds the stream pristine (no state yet: never corked, ended, destroyed, nothing
// queued) writes at once and answers as Writable would. The first stream member touched loads
// node:stream, links the prototype to Writable.prototype and creates this stream's state;
// loading node:stream links it too, so `instanceof stream.Writable` holds from then on.

const EventEmitter = require('events');
const tty = internalBinding('tty_wrap');

const kHighWaterMark = 16384;
const kState = Symbol('kStdioState');     // true once the Writable state exists
const kTickInfo = Symbol('kTickInfo');    // the pristine write callbacks of this tick
const kOptions = Symbol('kStdioOptions');

let Writable;

function StdioWriteStream(fd, options) {
  EventEmitter.call(this);
  this.fd = fd;
  this[kOptions] = options;
  this[kState] = false;
  this[kTickInfo] = null;
}
Object.setPrototypeOf(StdioWriteStream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StdioWriteStream, EventEmitter);

function link() {
  if (Writable !== undefined) return;
  Writable = require('stream').Writable;
  for (const name of methodNames) delete StdioWriteStream.prototype[name];
  for (const name of Object.keys(pristineValues)) delete StdioWriteStream.prototype[name];
  Object.setPrototypeOf(StdioWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(StdioWriteStream, Writable);
}

// Creates this stream's Writable state (and links the prototype first).
function init(stream) {
  if (stream[kState]) return;
  link();
  stream[kState] = true;
  Writable.call(stream, stream[kOptions]);
}

// Writable's members other than write(): each one creates the state, then runs the real one.
const methodNames = ['end', 'cork', 'uncork', 'setDefaultEncoding', 'destroy', '_undestroy',
  'pipe', Symbol.asyncDispose, Symbol.for('nodejs.asyncDispose'),
  Symbol.for('nodejs.rejection')].filter((name) => name !== undefined);
for (const name of methodNames) {
  Object.defineProperty(StdioWriteStream.prototype, name, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: function(...args) {
      init(this);
      return this[name](...args);
    },
  });
}

// What Writable's getters answer for a stream that has never been used otherwise than by
// pristine writes; setting one creates the state.
const pristineValues = {
  __proto__: null,
  writable: () => true,
  writableFinished: () => false,
  writableObjectMode: () => false,
  writableBuffer: () => [],
  writableEnded: () => false,
  writableNeedDrain: () => false,
  writableHighWaterMark: () => kHighWaterMark,
  writableCorked: () => 0,
  writableLength: () => 0,
  writableAborted: () => false,
  destroyed: () => false,
  closed: () => false,
  errored: () => null,
};
for (const name of Object.keys(pristineValues)) {
  const value = pristineValues[name];
  Object.defineProperty(StdioWriteStream.prototype, name, {
    __proto__: null,
    configurable: true,
    get() {
      return this[kState] ? this[name] : value();
    },
    set(newValue) {
      init(this);
      this[name] = newValue;
    },
  });
}

// Stays on this prototype after linking: Writable's own getters read it, and so create the state
// of a stream that is still pristine.
Object.defineProperty(StdioWriteStream.prototype, '_writableState', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    init(this);
    return this._writableState;
  },
  set(value) {
    Object.defineProperty(this, '_writableState', {
      __proto__: null, value, configurable: true, enumerable: true, writable: true,
    });
  },
});

function afterPristineWrites(stream, info) {
  if (stream[kTickInfo] === info) stream[kTickInfo] = null;
  for (let i = 0; i < info.count; i++) info.cb(null);
}

StdioWriteStream.prototype.write = function write(chunk, encoding, cb) {
  // A program that replaced _write (to capture output) gets it called, through Writable.
  if (!this[kState] && this._write === StdioWriteStream.prototype._write) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    // A write Writable would pass straight to _write. It completes synchronously, so, as in
    // Node 20, write() returns true and 'drain' never follows, whatever the length.
    let written = false;
    if (typeof chunk === 'string') {
      if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') {
        written = tryWrite(this.fd, chunk, true);
      }
    } else if (chunk instanceof Uint8Array) {
      written = tryWrite(this.fd, chunk, false);
    }
    if (written) {
      if (typeof cb === 'function') {
        const info = this[kTickInfo];
        if (info !== null && info.cb === cb) {
          info.count++;
        } else {
          const newInfo = { cb, count: 1 };
          this[kTickInfo] = newInfo;
          process.nextTick(afterPristineWrites, this, newInfo);
        }
      }
      return true;
    }
    // Anything else (other encodings, bad arguments, a failed write, which is written again
    // and fails again there) goes through Writable.
  }
  init(this);
  return Writable.prototype.write.call(this, chunk, encoding, cb);
};

// A failed pristine write is retried through Writable, which reports the error as Node does.
function tryWrite(fd, chunk, isString) {
  try {
    if (isString) tty.writeString(fd, chunk);
    else tty.writeBuffer(fd, chunk);
    return true;
  } catch {
    return false;
  }
}

StdioWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  try {
    if (typeof chunk === 'string') {
      if (encoding === 'utf8' || encoding === 'utf-8') {
        tty.writeString(this.fd, chunk);
      } else {
        tty.writeBuffer(this.fd, Buffer.from(chunk, encoding));
      }
    } else {
      tty.writeBuffer(this.fd, chunk);
    }
  } catch (err) {
    cb(this._type === 'fs' ? err : errnoException(err));
    return;
  }
  cb();
};

// Errors of a socket or terminal read like net's ("write EPIPE"); a file's like fs's.
function errnoException(err) {
  if (typeof err?.errno !== 'number') return err;
  const { ErrnoException } = require('internal/errors');
  return new ErrnoException(err.errno, 'write');
}

StdioWriteStream.prototype.getColorDepth = function getColorDepth(env = process.env) {
  return require('internal/tty').getColorDepth(this, env);
};

StdioWriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= 2 ** this.getColorDepth(env);
};

StdioWriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// After SIGWINCH: re-read the terminal size and emit 'resize' when it changed (readline redraws
// its line on it).
StdioWriteStream.prototype._refreshSize = function _refreshSize() {
  const size = tty.getWindowSize(this.fd);
  if (!size) return;
  const [columns, rows] = size;
  if (columns === this.columns && rows === this.rows) return;
  this.columns = columns;
  this.rows = rows;
  this.emit('resize');
};

StdioWriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return require('internal/tty').cursorTo(this, x, y, callback);
};
StdioWriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return require('internal/tty').moveCursor(this, dx, dy, callback);
};
StdioWriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return require('internal/tty').clearLine(this, dir, callback);
};
StdioWriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return require('internal/tty').clearScreenDown(this, callback);
};

// The classes Node uses for fd 1 and 2, by what the fd is. Sockets and terminals keep strings
// as given (net.Socket's decodeStrings: false); a file gets Buffers.
function WriteStream(fd) {
  if (!new.target) return new WriteStream(fd);
  StdioWriteStream.call(this, fd, { decodeStrings: false, emitClose: false, autoDestroy: true });
  this._type = 'tty';
  const size = tty.getWindowSize(fd);
  if (size) [this.columns, this.rows] = size;
}
Object.setPrototypeOf(WriteStream.prototype, StdioWriteStream.prototype);
Object.setPrototypeOf(WriteStream, StdioWriteStream);
WriteStream.prototype.isTTY = true;

function Socket(fd) {
  StdioWriteStream.call(this, fd, { decodeStrings: false, emitClose: false, autoDestroy: true });
  this._type = 'pipe';
}
Object.setPrototypeOf(Socket.prototype, StdioWriteStream.prototype);
Object.setPrototypeOf(Socket, StdioWriteStream);

function SyncWriteStream(fd) {
  StdioWriteStream.call(this, fd, { autoDestroy: true });
  this._type = 'fs';
}
Object.setPrototypeOf(SyncWriteStream.prototype, StdioWriteStream.prototype);
Object.setPrototypeOf(SyncWriteStream, StdioWriteStream);

// Node never closes fd 1 or 2: destroy() ends in a 'close' event and the stream stays usable.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => this.emit('close'));
  }
}

function createWritableStdioStream(fd) {
  let stream;
  switch (tty.guessHandleType(fd)) {
    case 'TTY': stream = new WriteStream(fd); break;
    case 'FILE': stream = new SyncWriteStream(fd); break;
    default: stream = new Socket(fd); break;
  }
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

// A program that already loaded node:stream gets `instanceof stream.Writable` right away.
if (require.isLoaded('stream')) link();

module.exports = { StdioWriteStream, WriteStream, createWritableStdioStream, link };
