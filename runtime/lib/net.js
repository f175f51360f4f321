'use strict';
// node:net, partial: Socket, the Duplex stream over a libuv stream handle (a Pipe today: the
// pipes of child processes, `new net.Socket({ fd })` on a pipe or Unix socket). Connecting,
// servers and TCP arrive with the networking issue; this class is meant to become their
// Socket (connect() only has to give it a TCP handle).

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ErrnoException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_FD_TYPE, ERR_SOCKET_CLOSED },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EOF } = internalBinding('stream_wrap');

const kOwner = Symbol('kOwner');
const kBytesWritten = Symbol('kBytesWritten');

function noop() {}

// Called by the handle with `this` = handle: nread bytes in `arrayBuffer`, or nread < 0 for
// UV_EOF or an error.
function onStreamRead(nread, arrayBuffer) {
  const stream = this[kOwner];
  if (stream === undefined || stream.destroyed) return;
  if (nread > 0) {
    stream.bytesRead += nread;
    const ret = stream.push(new FastBuffer(arrayBuffer, 0, nread));
    if (!ret && this.reading) {
      this.reading = false;
      const err = this.readStop();
      if (err) stream.destroy(new ErrnoException(err, 'read'));
    }
    return;
  }
  if (nread === UV_EOF) {
    this.reading = false;
    stream.push(null);
    stream.read(0);
    return;
  }
  stream.destroy(new ErrnoException(nread, 'read'));
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

function afterWrite(status) {
  const socket = this.socket;
  if (status < 0) {
    this.callback(new ErrnoException(status, 'write'));
    return;
  }
  if (socket !== undefined) socket[kBytesWritten] += this.bytes;
  this.callback();
}

function afterShutdown(status) {
  this.callback(status < 0 && !this.socket.destroyed ? new ErrnoException(status, 'shutdown') : undefined);
}

function handleFromFd(fd) {
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('tty_wrap').guessHandleType(fd);
  if (type !== 'PIPE' && type !== 'TCP' && type !== 'UNIX') throw new ERR_INVALID_FD_TYPE(type);
  const handle = new Pipe(PipeConstants.SOCKET);
  const err = handle.open(fd);
  if (err) {
    handle.close();
    throw new ErrnoException(err, 'open');
  }
  return handle;
}

class Socket extends Duplex {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    // Node's sockets end their writable side when the readable side ends, unless asked.
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._host = null;
    this._pendingData = null;
    this._pendingEncoding = '';
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this[kBytesWritten] = 0;

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      this._handle = handleFromFd(options.fd);
    }
    if (this._handle !== null) {
      this._handle[kOwner] = this;
      this._handle.onread = onStreamRead;
      this._handle.reading = false;
      if (options.readable !== false) this.read(0);
    }
  }

  get bytesWritten() {
    return this[kBytesWritten] + this.writableLength;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get _bytesDispatched() {
    return this[kBytesWritten];
  }

  _read() {
    if (this._handle !== null && !this._handle.reading) tryReadStart(this);
  }

  _writeGeneric(writev, data, encoding, callback) {
    if (this._handle === null) {
      callback(new ERR_SOCKET_CLOSED());
      return;
    }
    const req = { oncomplete: afterWrite, callback, socket: this, bytes: 0, async: false };
    let err;
    if (writev) {
      const chunks = new Array(data.length);
      for (let i = 0; i < data.length; i++) {
        const { chunk, encoding: chunkEncoding } = data[i];
        chunks[i] = typeof chunk === 'string' ? Buffer.from(chunk, chunkEncoding) : chunk;
      }
      err = this._handle.writev(req, chunks);
    } else if (typeof data === 'string') {
      if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined) {
        err = this._handle.writeUtf8String(req, data);
      } else {
        err = this._handle.writeBuffer(req, Buffer.from(data, encoding));
      }
    } else {
      err = this._handle.writeBuffer(req, data);
    }
    if (err) {
      callback(new ErrnoException(err, 'write'));
      return;
    }
    if (!req.async) {
      this[kBytesWritten] += req.bytes;
      callback();
    }
  }

  _write(data, encoding, callback) {
    this._writeGeneric(false, data, encoding, callback);
  }

  _writev(chunks, callback) {
    this._writeGeneric(true, chunks, '', callback);
  }

  _final(callback) {
    if (this._handle === null) return callback();
    const req = { oncomplete: afterShutdown, callback, socket: this };
    const err = this._handle.shutdown(req);
    if (err === 1 || err === internalBinding('uv').UV_ENOTCONN) return callback();
    if (err) return callback(new ErrnoException(err, 'shutdown'));
  }

  _destroy(exception, callback) {
    this.connecting = false;
    const handle = this._handle;
    if (handle !== null) {
      const isException = Boolean(exception);
      handle.onread = noop;
      this._handle = null;
      handle.close(() => this.emit('close', isException));
      callback(exception);
    } else {
      callback(exception);
      process.nextTick(() => this.emit('close', Boolean(exception)));
    }
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(timeout, callback) {
    // Idle timeouts arrive with the networking issue; the callback is accepted as Node does.
    if (callback !== undefined && typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    return this;
  }

  address() {
    return {};
  }
}

// Node's Socket.prototype.end/write accept a callback the same way; Duplex already does.
const Stream = Socket;

module.exports = {
  Socket,
  Stream,
  // Internal to Kiln: the symbol under which a handle points at its owning stream.
  _kOwner: kOwner,
};
