'use strict';
// node:net: Socket (the Duplex over a libuv stream handle: TCP, a Unix socket, a pipe of a
// child process) and Server, over internalBinding('tcp_wrap') and ('pipe_wrap'), written from
// Node's documentation and following the shape of its net.js.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInt32, validateNumber, validatePort,
  validateString, validateBoolean, validateObject,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, isPipeName, toNumber, kOwner } = require('internal/net');

const { Pipe, PipeConnectWrap, constants: PipeConstants } = internalBinding('pipe_wrap');
const { TCP, TCPConnectWrap, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_EOF } = internalBinding('stream_wrap');
const { UV_EADDRINUSE, UV_EINVAL, UV_ENOTCONN } = internalBinding('uv');

const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('kTimeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');

function noop() {}

// Called by the handle with `this` = handle: nread bytes in `arrayBuffer`, or nread < 0 for
// UV_EOF or an error.
function onStreamRead(nread, arrayBuffer) {
  const stream = this[kOwner];
  if (stream === undefined || stream.destroyed) return;
  stream._unrefTimer();
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
  if (socket !== undefined) {
    socket[kBytesWritten] += this.bytes;
    socket._unrefTimer();
  }
  this.callback();
}

function afterShutdown(status) {
  this.callback(status < 0 && !this.socket.destroyed ? new ErrnoException(status, 'shutdown') : undefined);
}

function handleFromFd(fd) {
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('tty_wrap').guessHandleType(fd);
  let handle;
  if (type === 'PIPE' || type === 'UNIX') handle = new Pipe(PipeConstants.SOCKET);
  else if (type === 'TCP') handle = new TCP(TCPConstants.SOCKET);
  else throw new ERR_INVALID_FD_TYPE(type);
  const err = handle.open(fd);
  if (err) {
    handle.close();
    throw new ErrnoException(err, 'open');
  }
  return handle;
}

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (handle) {
    handle[kOwner] = socket;
    handle.onread = onStreamRead;
    handle.reading = false;
    if (socket[kSetNoDelay] && typeof handle.setNoDelay === 'function') handle.setNoDelay(true);
    if (socket[kSetKeepAlive] && typeof handle.setKeepAlive === 'function') {
      handle.setKeepAlive(true, socket[kSetKeepAliveInitialDelay]);
    }
  }
}

// The argument shapes of connect() and listen(): [options, callback].
function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
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
    this._parent = null;
    this._host = null;
    this._pendingData = null;
    this._pendingEncoding = '';
    this._peername = null;
    this._sockname = null;
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this[kBytesWritten] = 0;
    this[kTimeout] = null;
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = Boolean(options.keepAlive);
    this[kSetKeepAliveInitialDelay] = ~~((options.keepAliveInitialDelay ?? 0) / 1000);

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      this._handle = handleFromFd(options.fd);
    }
    if (this._handle !== null) {
      initSocketHandle(this);
      if (options.pauseOnCreate) this.readableFlowing = false;
      else if (options.readable !== false) this.read(0);
    }
    if (options.signal !== undefined) {
      validateAbortSignal(options.signal, 'options.signal');
      const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(
        undefined, { cause: options.signal.reason }));
      if (options.signal.aborted) process.nextTick(onAbort);
      else options.signal.addEventListener('abort', onAbort, { once: true });
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

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  _unrefTimer() {
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout]) s[kTimeout].refresh();
    }
  }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this._handle.reading) {
      tryReadStart(this);
    }
  }

  _writeGeneric(writev, data, encoding, callback) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      this.once('connect', function connect() {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, callback);
      });
      function onClose() {
        callback(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      }
      this.once('close', onClose);
      return;
    }
    this._pendingData = null;
    this._pendingEncoding = '';
    if (this._handle === null) {
      callback(new ERR_SOCKET_CLOSED());
      return;
    }
    this._unrefTimer();
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
    if (this.pending && this.connecting) {
      this.once('connect', () => this._final(callback));
      return;
    }
    if (this._handle === null) return callback();
    const req = { oncomplete: afterShutdown, callback, socket: this };
    const err = this._handle.shutdown(req);
    if (err === 1 || err === UV_ENOTCONN) return callback();
    if (err) return callback(new ErrnoException(err, 'shutdown'));
  }

  _destroy(exception, callback) {
    this.connecting = false;
    for (let s = this; s !== null; s = s._parent) {
      if (s[kTimeout]) {
        clearTimeout(s[kTimeout]);
        s[kTimeout] = null;
      }
    }
    const handle = this._handle;
    if (handle !== null) {
      const isException = Boolean(exception);
      if (exception) this._hadError = true;
      handle.onread = noop;
      this._handle = null;
      this._sockname = null;
      if (this.resetAndClosing) {
        this.resetAndClosing = false;
        const err = handle.reset(() => this.emit('close', isException));
        if (err) this.emit('error', new ErrnoException(err, 'reset'));
      } else {
        handle.close(() => this.emit('close', isException));
      }
      callback(exception);
    } else {
      callback(exception);
      process.nextTick(() => this.emit('close', Boolean(exception)));
    }
    if (this._server) {
      this._server._connections--;
      this._server._emitCloseIfDrained();
    }
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  resetAndDestroy() {
    if (this._handle) {
      if (!(this._handle instanceof TCP)) throw new (require('internal/errors').codes.ERR_INVALID_HANDLE_TYPE)();
      if (this.connecting) {
        this.once('connect', () => this.resetAndDestroy());
      } else {
        this.resetAndClosing = true;
        this.destroy();
      }
    } else {
      this.destroy(new ERR_SOCKET_CLOSED());
    }
    return this;
  }

  ref() {
    if (this._handle === null) {
      this.once('connect', this.ref);
      return this;
    }
    this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle === null) {
      this.once('connect', this.unref);
      return this;
    }
    this._handle.unref();
    return this;
  }

  setNoDelay(enable) {
    const value = enable === undefined ? true : Boolean(enable);
    if (this._handle === null) {
      this[kSetNoDelay] = value;
      return this;
    }
    if (typeof this._handle.setNoDelay === 'function' && value !== this[kSetNoDelay]) {
      this[kSetNoDelay] = value;
      this._handle.setNoDelay(value);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~((initialDelayMsecs ?? 0) / 1000);
    if (this._handle === null) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (typeof this._handle.setKeepAlive === 'function' &&
        (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay))) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    validateNumber(msecs, 'msecs', 0);
    msecs = Math.trunc(msecs);
    if (callback !== undefined) validateFunction(callback, 'callback');
    this.timeout = msecs;
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs === 0) {
      if (callback !== undefined) this.removeListener('timeout', callback);
      return this;
    }
    this[kTimeout] = setTimeout(() => {
      this[kTimeout] = null;
      this.emit('timeout');
    }, msecs);
    this[kTimeout].unref();
    if (callback !== undefined) this.once('timeout', callback);
    return this;
  }

  _getpeername() {
    if (!this._handle || typeof this._handle.getpeername !== 'function' || this.connecting) {
      return this._peername || {};
    }
    if (!this._peername) {
      const out = {};
      const err = this._handle.getpeername(out);
      if (err) return out;
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle || typeof this._handle.getsockname !== 'function') return {};
    if (!this._sockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err === 0) this._sockname = out;
      else return out;
    }
    return this._sockname;
  }

  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }

  address() {
    return this._getsockname();
  }

  connect(...args) {
    let normalized;
    if (Array.isArray(args[0]) && args[0][kNormalizedArgs]) normalized = args[0];
    else normalized = normalizeArgs(args);
    const [options, cb] = normalized;
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
    }
    const { path } = options;
    const pipe = Boolean(path);
    if (!this._handle) {
      this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
      initSocketHandle(this);
    }
    if (cb !== null) this.once('connect', cb);
    this._unrefTimer();
    this.connecting = true;
    if (pipe) {
      validateString(path, 'options.path');
      internalConnect(this, path);
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }
}

const kNormalizedArgs = Symbol('kNormalizedArgs');

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOpts = { family: options.family ?? 0, hints: options.hints || 0 };
  if (dnsOpts.family !== 4 && dnsOpts.family !== 6 && dnsOpts.hints === 0) {
    dnsOpts.hints = require('dns').ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || require('dns').lookup;
  lookup(host, dnsOpts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (!isIP(ip)) {
      process.nextTick(() => self.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(() => self.destroy(new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port)));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (!self.connecting) return;
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= '0.0.0.0';
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= '::';
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    err = addressType === 4 ? self._handle.connect(req, address, port)
      : self._handle.connect6(req, address, port);
  } else {
    const req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = afterConnect;
    err = self._handle.connect(req, address);
  }
  if (err) {
    let details;
    const sockname = self._getsockname();
    if (sockname.address !== undefined) details = `${sockname.address}:${sockname.port}`;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (self === undefined || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) ex.localAddress = req.localAddress;
    if (details) ex.localPort = req.localPort;
    self.destroy(ex);
  }
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    validateNumber(options.timeout, 'options.timeout');
  }
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  normalized[kNormalizedArgs] = true;
  return socket.connect(normalized);
}

// ---- Server ----

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    clientHandle.close();
    self.emit('drop', {});
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    noDelay: self.noDelay,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay,
  });
  socket.server = self;
  socket._server = self;
  self._connections++;
  self.emit('connection', socket);
}

// A bound server handle for address/port (TCP) or a path (Unix socket), or an errno.
function createServerHandle(address, port, addressType, fd) {
  let handle;
  let err = 0;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = handleFromFd(fd);
    } catch (e) {
      return UV_EINVAL;
    }
    return handle;
  }
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6('::', port, 0);
      if (err) {
        handle.close();
        return createServerHandle('0.0.0.0', port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, 0);
    } else if (addressType === -1) {
      err = handle.bind(address);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
      this.on('connection', connectionListener);
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
      if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.keepAliveInitialDelay !== undefined) {
      validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._pipeName = undefined;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0));
    this.maxConnections = undefined;
  }

  get listening() {
    return Boolean(this._handle);
  }

  _listen2(address, port, addressType, backlog, fd) {
    if (!this._handle) {
      let rval = null;
      if (!address && typeof fd !== 'number') {
        rval = createServerHandle('::', port, 6, fd);
        if (typeof rval === 'number') {
          rval = null;
          address = '0.0.0.0';
          addressType = 4;
        } else {
          address = '::';
          addressType = 6;
        }
      }
      if (rval === null) rval = createServerHandle(address, port, addressType, fd);
      if (typeof rval === 'number') {
        const error = new UVExceptionWithHostPort(rval, 'listen', address, port);
        process.nextTick(emitErrorNT, this, error);
        return;
      }
      this._handle = rval;
    }
    this._handle[kOwner] = this;
    this._handle.onconnection = onconnection;
    const err = this._handle.listen(backlog || 511);
    if (err) {
      const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
      this._handle.close();
      this._handle = null;
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    if (this._unref) this.unref();
    process.nextTick(emitListeningNT, this);
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let [options, cb] = normalized;
    options = options._handle || options.handle || options;
    if (cb !== null) this.once('listening', cb);
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    const backlog = options.backlog || backlogFromArgs;

    if (args.length === 0 || typeof args[0] === 'function') {
      this._listen2(null, 0, null, backlog);
      return this;
    }
    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      this._listen2(null, -1, -1, backlog);
      return this;
    }
    if (typeof options.fd === 'number' && options.fd >= 0) {
      this._listen2(null, null, null, backlog, options.fd);
      return this;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      const port = validatePort(options.port, 'options.port');
      if (options.host) lookupAndListen(this, port, options.host, backlog);
      else this._listen2(null, port, 4, backlog);
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      this._pipeName = options.path;
      this._listen2(options.path, -1, -1, backlog);
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  address() {
    if (this._handle && typeof this._handle.getsockname === 'function') {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw new ErrnoException(err, 'address');
      return out;
    } else if (this._pipeName) {
      return this._pipeName;
    }
    return null;
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() {
          cb(new ERR_SERVER_NOT_RUNNING());
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

function lookupAndListen(self, port, address, backlog, ipv6Only) {
  const addressType = isIP(address);
  if (addressType) {
    self._listen2(address, port, addressType, backlog);
    return;
  }
  require('dns').lookup(address, (err, ip, family) => {
    if (err) {
      self.emit('error', err);
      return;
    }
    self._listen2(ip, port, family, backlog);
  });
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

const { ERR_INVALID_IP_ADDRESS } = require('internal/errors').codes;

// Node's Socket.prototype.end/write accept a callback the same way; Duplex already does.
const Stream = Socket;

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

module.exports = {
  createServer,
  createConnection: connect,
  connect,
  Server,
  Socket,
  Stream,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
  },
  // Internal to Kiln: the symbol under which a handle points at its owning stream.
  _kOwner: kOwner,
  _normalizeArgs: normalizeArgs,
};
