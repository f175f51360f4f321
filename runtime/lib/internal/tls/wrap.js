'use strict';
// The stream handle of a TLSSocket: it looks to net.Socket like a native stream handle
// (readStart/readStop, writeBuffer/writev/writeUtf8String, shutdown, close, onread) and runs
// the TLS engine of internalBinding('tls_wrap') between that socket and a parent: the native
// TCP/Pipe handle of a connection (read and written directly, no stream in between), or a
// DuplexHandle over any other Duplex (tls.connect({ socket })).

const { FastBuffer } = require('internal/buffer');
const { kOwner } = require('internal/net');
const binding = internalBinding('tls_wrap');
const { UV_EOF } = internalBinding('stream_wrap');
const { UV_EPIPE } = internalBinding('uv');

// The engine's flags (tls_wrap.cc).
const kHasClear = 1;
const kHasEncrypted = 2;
const kHandshakeDone = 4;
const kPeerClosed = 8;
const kError = 16;
const kClientHello = 32;
const kSession = 64;
const kKeylog = 128;

function noop() {}

// The parent's onread (this = parent): ciphertext from the peer, or EOF/an error.
function onParentRead(nread, data) {
  const wrap = this.tlsWrap;
  if (wrap === undefined || wrap.closed) return;
  if (nread > 0) {
    const chunk = data instanceof ArrayBuffer ? new FastBuffer(data, 0, nread) : data;
    wrap.process(binding.receive(wrap.engine, chunk));
    return;
  }
  if (nread === UV_EOF) {
    wrap.parentEnded = true;
    wrap.owner?._onParentEnd?.();
  }
  wrap.deliverRead(nread);
}

function afterParentWrite(status) {
  const outer = this.outer;
  if (outer !== null) outer.oncomplete(status);
}

function afterParentShutdown() {
  this.outer.oncomplete(0);
}

class TLSWrap {
  constructor(context, isServer, parent) {
    this.engine = new binding.TLSWrap(context, isServer);
    this.isServer = isServer;
    this.parent = parent;
    this.owner = null;  // the TLSSocket, for the TLS events
    this.onread = noop;  // set by net.Socket
    this.reading = false;  // net.Socket's bookkeeping
    this.closed = false;
    this.started = false;
    this.secure = false;
    this.parentEnded = false;
    this.parentReading = false;
    this.wantRead = false;
    this.pendingWrites = [];  // [req, data] written before the handshake completed
    this.pendingShutdown = null;
    this.dropOutput = false;
    parent.tlsWrap = this;
    parent.onread = onParentRead;
  }

  // The handshake starts: a client sends its ClientHello, a server waits for one.
  start() {
    if (this.started || this.closed) return;
    this.started = true;
    this.startParentReading();
    if (!this.isServer) this.process(binding.start(this.engine));
  }

  startParentReading() {
    if (this.parentReading || this.closed || this.parentEnded) return;
    this.parentReading = true;
    const err = this.parent.readStart();
    if (err) this.deliverRead(err);
  }

  process(flags) {
    if (flags & kKeylog) this.owner._onKeylog(new FastBuffer(binding.takeKeylog(this.engine)));
    if (flags & kSession) {
      for (let session; (session = binding.takeSession(this.engine)) !== undefined;) {
        this.owner._onNewSession(new FastBuffer(session));
      }
    }
    // The program hears of the completed handshake before this side's last flight is sent, as
    // in Node: a client that rejects the server's certificate never sends its Finished.
    if (flags & kHandshakeDone) {
      this.secure = true;
      this.owner._onHandshakeDone();
      if (this.closed) return;
    }
    if ((flags & kHasEncrypted) && !this.dropOutput) this.sendEncrypted(null);
    if (flags & kHandshakeDone) this.flushPending();
    if (flags & kClientHello) this.owner._onClientHello(binding.getServername(this.engine));
    if (flags & kHasClear) {
      const clear = binding.takeClear(this.engine);
      if (clear.byteLength > 0) this.deliverRead(clear.byteLength, clear);
    }
    if (flags & kError) {
      this.owner._onTLSError(binding.takeError(this.engine));
      return;
    }
    if (flags & kPeerClosed) this.deliverRead(UV_EOF);
  }

  deliverRead(nread, arrayBuffer) {
    if (this.closed) return;
    this.onread(nread, arrayBuffer);
  }

  // Sends what the engine produced; `outer` is the net write request it completes, if any.
  // Returns the parent's error code.
  sendEncrypted(outer) {
    const bytes = new FastBuffer(binding.takeEncrypted(this.engine));
    if (bytes.length === 0 || this.closed) {
      if (outer !== null) outer.async = false;
      return 0;
    }
    const req = { oncomplete: afterParentWrite, outer, async: false, bytes: 0 };
    const err = this.parent.writeBuffer(req, bytes);
    if (outer !== null) outer.async = !err && req.async;
    return err;
  }

  flushPending() {
    const pending = this.pendingWrites;
    this.pendingWrites = [];
    for (const [req, data] of pending) {
      const err = this.writeNow(req, data);
      if (err) req.oncomplete(err);
      else if (!req.async) req.oncomplete(0);
    }
    if (this.pendingShutdown !== null) {
      const req = this.pendingShutdown;
      this.pendingShutdown = null;
      const err = this.shutdown(req);
      if (err) req.oncomplete(err === 1 ? 0 : err);
    }
    if (!this.wantRead && this.parentReading) {
      this.parentReading = false;
      this.parent.readStop();
    }
  }

  writeNow(req, data) {
    let bytes = 0;
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) bytes += data[i].length;
    } else {
      bytes = data.length;
    }
    req.bytes = bytes;
    const flags = binding.write(this.engine, data);
    if (flags & kError) {
      process.nextTick(() => this.owner?._onTLSError(binding.takeError(this.engine)));
      req.async = false;
      return 0;
    }
    return this.sendEncrypted(req);
  }

  queueOrWrite(req, data) {
    if (this.closed) return UV_EPIPE;
    if (!this.secure) {
      req.async = true;
      this.pendingWrites.push([req, data]);
      return 0;
    }
    return this.writeNow(req, data);
  }

  // ---- the stream handle interface net.Socket uses ----

  readStart() {
    this.wantRead = true;
    if (this.started) this.startParentReading();
    return 0;
  }

  readStop() {
    this.wantRead = false;
    if (this.secure && this.parentReading && this.pendingWrites.length === 0) {
      this.parentReading = false;
      return this.parent.readStop();
    }
    return 0;
  }

  writeBuffer(req, buffer) {
    return this.queueOrWrite(req, buffer);
  }

  writeUtf8String(req, string) {
    return this.queueOrWrite(req, Buffer.from(string, 'utf8'));
  }

  writeLatin1String(req, string) {
    return this.queueOrWrite(req, Buffer.from(string, 'latin1'));
  }

  writeAsciiString(req, string) {
    return this.queueOrWrite(req, Buffer.from(string, 'latin1'));
  }

  writev(req, chunks) {
    return this.queueOrWrite(req, chunks);
  }

  // Sends close_notify, then shuts the parent's writing side down.
  shutdown(req) {
    if (this.closed) return 1;
    if (!this.secure) {
      this.pendingShutdown = req;
      return 0;
    }
    if (binding.shutdown(this.engine) & kHasEncrypted) this.sendEncrypted(null);
    // A peer that has already gone makes the shutdown fail (ENOTCONN); like Node, ending a
    // TLS socket does not report that.
    const inner = { oncomplete: afterParentShutdown, outer: req };
    const err = this.parent.shutdown(inner);
    return err < 0 ? 1 : err;
  }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    this.pendingWrites = [];
    this.parent.onread = noop;
    this.parent.close(callback);
  }

  get writeQueueSize() {
    return this.parent.writeQueueSize ?? 0;
  }
}

// The handle methods net.Socket calls that belong to the connection, not to TLS.
for (const name of ['ref', 'unref', 'hasRef', 'bind', 'bind6', 'connect', 'connect6', 'open',
  'getsockname', 'getpeername', 'setNoDelay', 'setKeepAlive', 'reset', 'setBlocking',
  'getAsyncId', 'fchmod']) {
  TLSWrap.prototype[name] = function(...args) {
    const parent = this.parent;
    if (typeof parent[name] !== 'function') return 0;
    if (name === 'reset') {
      this.closed = true;
      parent.onread = noop;
    }
    return parent[name](...args);
  };
}

// A parent over any Duplex: its 'data' is the ciphertext read, write() sends.
class DuplexHandle {
  constructor(stream) {
    this.stream = stream;
    this.onread = noop;
    this.closed = false;
    this.ended = false;
    stream.pause();
    stream.on('data', (chunk) => {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      if (chunk.length > 0) this.onread(chunk.length, chunk);
    });
    stream.on('end', () => this.end());
    stream.on('close', () => this.end());
    stream.on('error', (err) => {
      this.ended = true;
      this.tlsWrap?.owner?.destroy(err);
    });
  }

  end() {
    if (this.ended || this.closed) return;
    this.ended = true;
    this.onread(UV_EOF);
  }

  readStart() {
    this.stream.resume();
    return 0;
  }

  readStop() {
    this.stream.pause();
    return 0;
  }

  writeBuffer(req, buffer) {
    req.async = true;
    this.stream.write(buffer, (err) => req.oncomplete(err ? UV_EPIPE : 0));
    return 0;
  }

  shutdown(req) {
    const stream = this.stream;
    let done = false;
    const complete = () => {
      if (done) return;
      done = true;
      req.oncomplete(0);
    };
    if (stream.destroyed || stream.writableFinished) {
      process.nextTick(complete);
    } else {
      stream.once('close', complete);
      stream.end(complete);
    }
    return 0;
  }

  close(callback) {
    this.closed = true;
    if (!this.stream.destroyed) this.stream.destroy();
    process.nextTick(callback);
  }

  ref() { this.stream.ref?.(); }
  unref() { this.stream.unref?.(); }
  setNoDelay(enable) { this.stream.setNoDelay?.(enable); return 0; }
  setKeepAlive(enable, delay) { this.stream.setKeepAlive?.(enable, delay * 1000); return 0; }

  getpeername(out) {
    const { remoteAddress, remotePort, remoteFamily } = this.stream;
    if (remoteAddress === undefined) return UV_EPIPE;
    out.address = remoteAddress;
    out.port = remotePort;
    out.family = remoteFamily;
    return 0;
  }

  getsockname(out) {
    const { localAddress, localPort, localFamily } = this.stream;
    if (localAddress === undefined) return UV_EPIPE;
    out.address = localAddress;
    out.port = localPort;
    out.family = localFamily;
    return 0;
  }
}

module.exports = { TLSWrap, DuplexHandle, kOwner };
