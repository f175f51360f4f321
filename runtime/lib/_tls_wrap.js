'use strict';
// TLSSocket (a net.Socket whose handle is the TLS layer of internal/tls/wrap.js), tls.Server
// and tls.connect, with Node's events, verification rules and errors.

const net = require('net');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ConnResetException,
  codes: {
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_RENEGOTIATION_DISABLED,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
    ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
    ERR_TLS_ALPN_CALLBACK_INVALID_RESULT,
  },
} = require('internal/errors');
const {
  validateBuffer, validateFunction, validateInt32, validateNumber, validateObject,
  validateString, validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { kOwner } = require('internal/net');
const { SecureContext, createSecureContext, translatePeerCertificate } = require('_tls_common');
const { TLSWrap, DuplexHandle } = require('internal/tls/wrap');
const binding = internalBinding('tls_wrap');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');
const kSNICallback = Symbol('snicallback');
const kDisableRenegotiation = Symbol('disable-renegotiation');
const kTakeHandle = Symbol('kTakeHandle');
const kALPNCallbackError = Symbol('kALPNCallbackError');

let ipServernameWarned = false;
let rejectUnauthorizedWarned = false;

function getAllowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !rejectUnauthorizedWarned) {
    rejectUnauthorizedWarned = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED ' +
                        'environment variable to \'0\' makes TLS connections ' +
                        'and HTTPS requests insecure by disabling ' +
                        'certificate verification.');
  }
  return allow;
}

// The connection handle a TLS socket runs over: a fresh TCP/Pipe handle (tls.connect), the
// native handle of a server's accepted socket (taken over), or any Duplex.
function parentHandleFor(socket, options) {
  if (socket == null) {
    return options.pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
  }
  if (options[kTakeHandle] && socket instanceof net.Socket && socket._handle &&
      !(socket._handle instanceof TLSWrap)) {
    const handle = socket._handle;
    socket._getpeername();  // keeps remoteAddress answering on the raw socket
    if (handle.reading) handle.readStop();
    handle.reading = false;
    socket._handle = null;
    return handle;
  }
  return new DuplexHandle(socket);
}

class TLSSocket extends net.Socket {
  constructor(socket, opts) {
    const tlsOptions = { ...opts };
    let context = tlsOptions.secureContext;
    if (context !== undefined && context !== null) {
      if (!(context instanceof SecureContext)) throw new ERR_TLS_INVALID_CONTEXT('context');
    } else {
      context = createSecureContext(tlsOptions);
    }
    const isServer = Boolean(tlsOptions.isServer);
    const parent = parentHandleFor(socket, tlsOptions);
    const handle = new TLSWrap(context.context, isServer, parent);
    super({
      handle,
      allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
      pauseOnCreate: tlsOptions.pauseOnConnect,
      readable: true,
      writable: true,
      highWaterMark: tlsOptions.highWaterMark,
      signal: tlsOptions.signal,
    });
    handle.owner = this;
    parent[kOwner] = this;
    this._tlsOptions = tlsOptions;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    this[kIsVerified] = false;
    this[kPendingSession] = null;
    this[kDisableRenegotiation] = false;
    this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
    this._requestCert = Boolean(tlsOptions.requestCert);

    if (socket instanceof net.Socket && socket !== null) {
      if (socket._server) {
        this._server = socket._server;
        this.server = socket.server;
        socket._server = null;
      }
      this._parent = socket;
    }
    this.on('newListener', keylogNewListener);
    this._init(socket);
  }

  _init(socket) {
    const options = this._tlsOptions;
    const engine = this._handle.engine;
    binding.setVerifyMode(engine, this._requestCert, this._rejectUnauthorized);
    if (options.isServer) {
      const server = options.server;
      if (server !== undefined) {
        if (server._contexts.length > 0 || server[kSNICallback] !== defaultSNICallback) {
          this._SNICallback = server[kSNICallback];
          binding.waitForClientHello(engine);
        }
        if (server.listenerCount('keylog') > 0) binding.enableKeylog(engine);
      }
      if (options.ALPNProtocols) binding.setALPNProtocols(engine, options.ALPNProtocols);
      if (options.ALPNCallback) binding.setALPNCallback(engine, this._callALPNCallback.bind(this));
      if (options.handshakeTimeout > 0) {
        this.setTimeout(options.handshakeTimeout, this._handleTimeout);
      }
    } else if (options.ALPNProtocols) {
      binding.setALPNProtocols(engine, options.ALPNProtocols);
    }
    if (options.isServer) {
      this._handle.start();
    }
  }

  _start() {
    if (this.connecting) {
      this.once('connect', () => this._start());
      return;
    }
    const parent = this._parent;
    if (parent && parent.connecting) {
      parent.once('connect', () => this._start());
      return;
    }
    if (!this._handle) return;
    this._handle.start();
  }

  _handleTimeout() {
    this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
  }

  _emitTLSError(err) {
    const e = this._tlsError(err);
    if (e) this.emit('error', e);
  }

  _tlsError(err) {
    this.emit('_tlsError', err);
    if (this._controlReleased) return err;
    return null;
  }

  _releaseControl() {
    if (this._controlReleased) return false;
    this._controlReleased = true;
    this.removeListener('error', this._tlsError);
    return true;
  }

  // ---- events from the TLS layer ----

  _onHandshakeDone() {
    const engine = this._handle.engine;
    this.alpnProtocol = binding.getALPNProtocol(engine);
    if (this.servername === null) this.servername = binding.getServername(engine);
    this._secureEstablished = true;
    this.secureConnecting = false;
    if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
    this.emit('secure');
  }

  _onTLSError(err) {
    if (this._hadError || this.destroyed) return;
    if (this[kALPNCallbackError]) err = this[kALPNCallbackError];
    this._hadError = true;
    if (!this._secureEstablished) {
      this.destroy(err);
    } else if (this._tlsOptions.isServer && this._rejectUnauthorized &&
               /peer did not return a certificate/.test(err.message)) {
      this.destroy();
    } else {
      this.destroy(err);
    }
  }

  _onParentEnd() {}

  _callALPNCallback(servername, protocols) {
    const selected = this._tlsOptions.ALPNCallback.call(undefined, { servername, protocols });
    if (selected === undefined) return -1;
    const index = protocols.indexOf(selected);
    if (index === -1) {
      // The handshake fails with the alert; the socket reports this error instead.
      // Node drops the connection without an alert.
      this[kALPNCallbackError] = new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(selected, protocols);
      this._handle.dropOutput = true;
    }
    return index;
  }

  _onClientHello(servername) {
    const resume = (context) => {
      if (!this._handle) return;
      this._handle.process(binding.resume(this._handle.engine, context));
    };
    if (!servername || this._SNICallback === null) {
      resume();
      return;
    }
    let once = false;
    this._SNICallback(servername, (err, context) => {
      if (once) return this.destroy(new ERR_MULTIPLE_CALLBACK());
      once = true;
      if (err) return this.destroy(err);
      if (this.destroyed) return;
      if (context) {
        if (!(context instanceof SecureContext)) context = createSecureContext(context);
        this.servername = servername;
        resume(context.context);
      } else {
        resume();
      }
    });
  }

  _onNewSession(session) {
    if (this[kIsVerified]) this.emit('session', session);
    else this[kPendingSession] = session;
  }

  _onKeylog(lines) {
    let start = 0;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] !== 10) continue;
      const line = lines.subarray(start, i + 1);
      start = i + 1;
      if (this._tlsOptions.isServer && this._tlsOptions.server) {
        this._tlsOptions.server.emit('keylog', line, this);
      } else {
        this.emit('keylog', line);
      }
    }
  }

  // ---- TLSSocket methods ----

  get ssl() {
    return this._handle;
  }

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    if (this._handle) binding.setServername(this._handle.engine, name);
  }

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    if (this._handle) binding.setSession(this._handle.engine, session);
  }

  getSession() {
    if (!this._handle) return undefined;
    const session = binding.getSession(this._handle.engine);
    return session === undefined ? undefined : new FastBuffer(session);
  }

  isSessionReused() {
    return this._handle ? binding.isSessionReused(this._handle.engine) : false;
  }

  getPeerCertificate(detailed) {
    if (!this._handle) return null;
    return translatePeerCertificate(
      toBuffers(binding.getPeerCertificate(this._handle.engine, Boolean(detailed)))) || {};
  }

  getCertificate() {
    if (!this._handle) return null;
    return toBuffers(binding.getCertificate(this._handle.engine)) || {};
  }

  getProtocol() {
    return this._handle ? binding.getProtocol(this._handle.engine) : null;
  }

  getCipher() {
    return this._handle ? binding.getCipher(this._handle.engine) : null;
  }

  getEphemeralKeyInfo() {
    return this._handle ? binding.getEphemeralKeyInfo(this._handle.engine) : null;
  }

  getFinished() {
    if (!this._handle) return undefined;
    const bytes = binding.getFinished(this._handle.engine, false);
    return bytes === undefined ? undefined : new FastBuffer(bytes);
  }

  getPeerFinished() {
    if (!this._handle) return undefined;
    const bytes = binding.getFinished(this._handle.engine, true);
    return bytes === undefined ? undefined : new FastBuffer(bytes);
  }

  getSharedSigalgs() {
    return this._handle ? binding.getSharedSigalgs(this._handle.engine) : null;
  }

  exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined) validateBuffer(context, 'context');
    if (!this._secureEstablished) throw new (require('internal/errors').codes.ERR_TLS_INVALID_STATE)();
    return new FastBuffer(binding.exportKeyingMaterial(this._handle.engine, length, label, context));
  }

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return this._handle ? binding.setMaxSendFragment(this._handle.engine, size) : false;
  }

  disableRenegotiation() {
    this[kDisableRenegotiation] = true;
  }

  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    // Kiln refuses renegotiation in both directions (SSL_OP_NO_RENEGOTIATION).
    const err = this.destroyed ? new ERR_SOCKET_CLOSED() : new ERR_TLS_RENEGOTIATION_DISABLED();
    if (callback) process.nextTick(callback, err);
    return false;
  }

  enableTrace() {}

  getX509Certificate() {
    return undefined;
  }

  getPeerX509Certificate() {
    return undefined;
  }
}

function toBuffers(cert) {
  for (let c = cert, seen = 0; c && seen < 32; c = c.issuerCertificate, seen++) {
    if (c.raw instanceof ArrayBuffer) c.raw = new FastBuffer(c.raw);
    if (c.pubkey instanceof ArrayBuffer) c.pubkey = new FastBuffer(c.pubkey);
    if (c.issuerCertificate === c) break;
  }
  return cert;
}

function keylogNewListener(event) {
  if (event !== 'keylog' || !this._handle) return;
  binding.enableKeylog(this._handle.engine);
  this.removeListener('newListener', keylogNewListener);
}

// ---- the client ----

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = null;
  const failure = binding.verifyError(this._handle.engine);
  if (failure !== null) {
    verifyError = new Error(failure[1]);
    verifyError.code = failure[0];
  }
  if (verifyError === null && !this.isSessionReused()) {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert) ?? null;
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.emit('secureConnect');
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (this._hadError) return;
  const options = this[kConnectOptions];
  this._hadError = true;
  const error = new ConnResetException(
    'Client network socket disconnected before secure TLS connection was established');
  error.path = options.path;
  error.host = options.host;
  error.port = options.port;
  error.localAddress = options.localAddress;
  this.destroy(error);
}

// The argument forms of tls.connect: (options[, cb]), (port[, host][, options][, cb]),
// (path[, options][, cb]).
function normalizeConnectArgs(args) {
  const [options, cb] = simpleNormalize(args);
  const last = args[args.length - 1];
  const maybeOptions = args.find((arg, i) => i > 0 && arg !== null && typeof arg === 'object');
  if (maybeOptions && maybeOptions !== options) Object.assign(options, maybeOptions);
  return [options, typeof last === 'function' ? last : cb];
}

function simpleNormalize(args) {
  if (args.length === 0) return [{}, null];
  const first = args[0];
  let options = {};
  if (first !== null && typeof first === 'object') {
    options = { ...first };
  } else if (typeof first === 'string' && Number.isNaN(Number(first))) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const p = protocols[i];
      const bytes = typeof p === 'string' ? Buffer.from(p) : p;
      if (bytes.length > 255) {
        throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(
          'The byte length of the protocol at index ' + `${i} exceeds the maximum length.`,
          '<= 255', bytes.length, true);
      }
      parts.push(Buffer.from([bytes.length]), Buffer.from(bytes));
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
}

function connect(...args) {
  let [options, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = getAllowUnauthorized();
  const tls = require('tls');
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);

  const context = options.secureContext || createSecureContext(options);
  const alpn = {};
  convertALPNProtocols(options.ALPNProtocols, alpn);

  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: Boolean(options.path),
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: alpn.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);

  // As in Node, SNI is sent only when asked for (https' Agent asks with the host name).
  const { servername } = options;
  if (servername) {
    if (!ipServernameWarned && net.isIP(servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by ' +
                          'RFC 6066. This will be ignored in a future version.',
                          'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(servername);
  }
  if (options.socket) tlssock._start();

  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

// ---- the server ----

function defaultSNICallback(servername, callback) {
  let context;
  for (const [pattern, ctx] of this.server._contexts) {
    if (pattern.test(servername)) context = ctx;
  }
  callback(null, context);
}

function onServerSocketSecure() {
  if (this._requestCert) {
    const failure = binding.verifyError(this._handle.engine);
    if (failure !== null) {
      this.authorizationError = failure[0];
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onServerSocketEnd() {
  if (this._secureEstablished || this._hadError) return;
  this._hadError = true;
  onSocketTLSError.call(this, new ConnResetException('socket hang up'));
  this.destroy();
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    ALPNCallback: this.ALPNCallback,
    pauseOnConnect: this.pauseOnConnect,
    [kTakeHandle]: true,
  });
  socket.server = this;
  socket.on('secure', onServerSocketSecure);
  socket[kErrorEmitted] = false;
  socket.on('error', onSocketTLSError);
  socket.on('_tlsError', onSocketTLSError);
  socket.on('end', onServerSocketEnd);
}

const kHandshakeTimeout = Symbol('handshake-timeout');

function Server(options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const self = Reflect.construct(net.Server, [options], new.target || Server);
  self._contexts = [];
  self.requestCert = options.requestCert === true;
  self.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNCallback !== undefined && options.ALPNProtocols) {
    throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  const alpn = {};
  convertALPNProtocols(options.ALPNProtocols, alpn);
  self.ALPNProtocols = alpn.ALPNProtocols;
  self.ALPNCallback = options.ALPNCallback;
  self.setSecureContext(options);
  const handshakeTimeout = options.handshakeTimeout ?? 120000;
  validateNumber(handshakeTimeout, 'options.handshakeTimeout');
  self[kHandshakeTimeout] = handshakeTimeout;
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  self[kSNICallback] = options.SNICallback || defaultSNICallback;
  self.on('connection', tlsConnectionListener);
  if (listener) self.on('secureConnection', listener);
  return self;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  const creds = { ...options };
  if (creds.sessionIdContext === undefined) {
    creds.sessionIdContext = require('crypto').createHash('sha1')
      .update(process.argv.join(' ')).digest('hex').slice(0, 32);
  }
  this._sharedCreds = createSecureContext(creds);
  for (const name of ['key', 'cert', 'ca', 'passphrase', 'pfx', 'crl', 'ciphers', 'ecdhCurve',
    'dhparam', 'honorCipherOrder', 'secureOptions', 'secureProtocol', 'sigalgs',
    'minVersion', 'maxVersion', 'sessionIdContext', 'sessionTimeout', 'ticketKeys']) {
    if (creds[name] !== undefined) this[name] = creds[name];
  }
};

Server.prototype.addContext = function addContext(servername, context) {
  validateString(servername, 'servername');
  if (servername === '') throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const pattern = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1')
    .replace(/\*/g, '[^.]*') + '$');
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([pattern, secureContext]);
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) {
    throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  }
  binding.ctxSetTicketKeys(this._sharedCreds.context, keys);
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return new FastBuffer(binding.ctxGetTicketKeys(this._sharedCreds.context));
};

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  convertALPNProtocols,
};
