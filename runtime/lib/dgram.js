'use strict';
// node:dgram: UDP sockets over internalBinding('udp_wrap') (uv_udp_t). Names are looked up
// with dns.lookup (or the socket's `lookup` option) before bind, connect and send; a socket
// that sends before binding is bound to an ephemeral port first, as in Node.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const dns = require('dns');
const { UDP, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } } = internalBinding('udp_wrap');
const {
  ErrnoException,
  ExceptionWithHostPort,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const { validateNumber, validatePort, validateString, validateAbortSignal } =
  require('internal/validators');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const kState = Symbol('state');

function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
    }
    if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    const lookup = options?.lookup ?? dns.lookup;
    if (typeof lookup !== 'function') throw new ERR_INVALID_ARG_TYPE('options.lookup', 'Function', lookup);
    this.type = type;
    this[kState] = {
      handle: new UDP(),
      family: type === 'udp4' ? 4 : 6,
      lookup: type === 'udp4' ? (address, cb) => lookup4(lookup, address, cb) :
        (address, cb) => lookup6(lookup, address, cb),
      bindState: BIND_STATE_UNBOUND,
      connectState: CONNECT_STATE_DISCONNECTED,
      queue: undefined,
      reuseAddr: Boolean(options?.reuseAddr),
      ipv6Only: Boolean(options?.ipv6Only),
      recvBufferSize: options?.recvBufferSize,
      sendBufferSize: options?.sendBufferSize,
    };
    this[kState].handle.onmessage = (nread, buffer, rinfo) => this.#onMessage(nread, buffer, rinfo);
    if (typeof listener === 'function') this.on('message', listener);
    const signal = options?.signal;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      const onAbort = () => {
        const { AbortError } = require('internal/errors');
        this.emit('error', new AbortError(undefined, { cause: signal.reason }));
        this.close();
      };
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
  }

  #onMessage(nread, buffer, rinfo) {
    if (nread < 0) {
      this.emit('error', new ErrnoException(nread, 'recvmsg'));
      return;
    }
    this.emit('message', Buffer.from(buffer, 0, nread), rinfo);
  }

  #healthCheck() {
    if (this[kState].handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  }

  bind(port, address, callback) {
    this.#healthCheck();
    const state = this[kState];
    if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    let exclusive = false;
    if (port !== null && typeof port === 'object') {
      callback = address;
      exclusive = Boolean(port.exclusive);
      address = port.address;
      port = port.port;
    } else if (typeof port === 'function') {
      callback = port;
      port = 0;
      address = undefined;
    }
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    }
    if (address !== undefined && address !== null) validateString(address, 'address');
    port = validatePort(port ?? 0, 'Port', true);
    if (typeof callback === 'function') this.once('listening', callback);
    state.bindState = BIND_STATE_BINDING;
    void exclusive;  // One process: there is no cluster to share with.
    const any = state.family === 4 ? '0.0.0.0' : '::';
    state.lookup(address || any, (error, ip) => {
      if (state.handle === null) return;
      if (error) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', error);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
      if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
      const err = state.family === 4 ? state.handle.bind(ip, port, flags) :
        state.handle.bind6(ip, port, flags);
      if (err) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', new ExceptionWithHostPort(err, 'bind', ip, port));
        return;
      }
      if (state.recvBufferSize) bufferSize(this, state.recvBufferSize, true);
      if (state.sendBufferSize) bufferSize(this, state.sendBufferSize, false);
      const startErr = state.handle.recvStart();
      if (startErr) {
        this.emit('error', new ErrnoException(startErr, 'recvStart'));
        return;
      }
      state.bindState = BIND_STATE_BOUND;
      this.emit('listening');
      const queue = state.queue;
      state.queue = undefined;
      if (queue) for (const job of queue) job();
    });
    return this;
  }

  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address !== undefined) {
      validateString(address, 'address');
    }
    this.#healthCheck();
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_DISCONNECTED) {
      throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    state.connectState = CONNECT_STATE_CONNECTING;
    if (typeof callback === 'function') this.once('connect', callback);
    const run = () => state.lookup(address, (error, ip) => {
      if (state.handle === null) return;
      const err = error ? undefined : (state.family === 4 ? state.handle.connect(ip, port) :
        state.handle.connect6(ip, port));
      if (error || err) {
        state.connectState = CONNECT_STATE_DISCONNECTED;
        const ex = error ?? new ExceptionWithHostPort(err, 'connect', ip, port);
        process.nextTick(() => this.emit('error', ex));
        return;
      }
      state.connectState = CONNECT_STATE_CONNECTED;
      process.nextTick(() => this.emit('connect'));
    });
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true });
    if (state.bindState !== BIND_STATE_BOUND) (state.queue ??= []).push(run);
    else run();
  }

  disconnect() {
    this.#healthCheck();
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw new ErrnoException(err, 'connect');
    state.connectState = CONNECT_STATE_DISCONNECTED;
  }

  send(buffer, offset, length, port, address, callback) {
    let list;
    const state = this[kState];
    const connected = state.connectState === CONNECT_STATE_CONNECTED;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      } else if (port != null) {
        throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
      }
    } else {
      callback = offset;
    }
    if (!Array.isArray(buffer)) {
      if (typeof buffer === 'string') list = [Buffer.from(buffer)];
      else if (!ArrayBuffer.isView(buffer)) {
        throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                       buffer);
      } else list = [buffer];
    } else {
      list = buffer.map((item, i) => {
        if (typeof item === 'string') return Buffer.from(item);
        if (!ArrayBuffer.isView(item)) {
          throw new ERR_INVALID_ARG_TYPE(`buffer list arguments[${i}]`,
                                         ['Buffer', 'TypedArray', 'DataView', 'string'], item);
        }
        return item;
      });
    }
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    this.#healthCheck();
    if (typeof callback !== 'function') callback = undefined;
    const run = () => {
      if (connected) {
        this.#doSend(list, 0, '', callback);
        return;
      }
      state.lookup(address, (error, ip) => {
        if (error) {
          if (callback) process.nextTick(callback, error);
          else process.nextTick(() => this.emit('error', error));
          return;
        }
        this.#doSend(list, port, ip, callback);
      });
    };
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true });
    if (state.bindState !== BIND_STATE_BOUND) (state.queue ??= []).push(run);
    else run();
  }

  #doSend(list, port, ip, callback) {
    const state = this[kState];
    if (state.handle === null) return;
    const req = { oncomplete: undefined, async: false, bytes: 0 };
    const done = (status, bytes) => {
      if (status) {
        const error = new ExceptionWithHostPort(status, 'send', ip || undefined, port || undefined);
        if (callback) callback(error);
        else this.emit('error', error);
      } else if (callback) {
        callback(null, bytes);
      }
    };
    req.oncomplete = done;
    const err = state.family === 4 ? state.handle.send(req, list, port, ip) :
      state.handle.send6(req, list, port, ip);
    if (err || !req.async) process.nextTick(done, err, req.bytes);
  }

  address() {
    this.#healthCheck();
    const out = {};
    const err = this[kState].handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'getsockname');
    return out;
  }

  remoteAddress() {
    this.#healthCheck();
    if (this[kState].connectState !== CONNECT_STATE_CONNECTED) {
      throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    }
    const out = {};
    const err = this[kState].handle.getpeername(out);
    if (err) throw new ErrnoException(err, 'getpeername');
    return out;
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
    const handle = state.handle;
    state.handle = null;
    state.queue = undefined;
    handle.recvStop();
    handle.close();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  ref() {
    this[kState].handle?.ref();
    return this;
  }

  unref() {
    this[kState].handle?.unref();
    return this;
  }

  setBroadcast(flag) { this.#setOption('setBroadcast', Boolean(flag)); }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this.#setOption('setTTL', ttl);
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this.#setOption('setMulticastTTL', ttl);
    return ttl;
  }

  setMulticastLoopback(flag) {
    this.#setOption('setMulticastLoopback', Boolean(flag));
    return flag;
  }

  setMulticastInterface(interfaceAddress) {
    validateString(interfaceAddress, 'interfaceAddress');
    this.#setOption('setMulticastInterface', interfaceAddress);
  }

  addMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    this.#setOption('addMembership', multicastAddress, interfaceAddress);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    this.#setOption('dropMembership', multicastAddress, interfaceAddress);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    this.#setOption('addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    this.#setOption('dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
  }

  #setOption(name, ...values) {
    this.#healthCheck();
    const err = this[kState].handle[name](...values);
    if (err) throw new ErrnoException(err, name);
  }

  setRecvBufferSize(size) { bufferSize(this, size, true); }

  setSendBufferSize(size) { bufferSize(this, size, false); }

  getRecvBufferSize() { return bufferSize(this, 0, true); }

  getSendBufferSize() { return bufferSize(this, 0, false); }

  getSendQueueSize() { return 0; }

  getSendQueueCount() { return 0; }

  [Symbol.asyncDispose]() {
    if (this[kState].handle === null) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                   buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) {
    throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  }
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function bufferSize(socket, size, isRecv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = socket[kState].handle;
  if (handle === null) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  const result = handle.bufferSize(size, isRecv);
  if (result < 0) {
    const { getSystemErrorName } = require('internal/errors');
    const name = isRecv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
    throw new ERR_SOCKET_BUFFER_SIZE({ errno: result, code: getSystemErrorName(result),
                                       message: getSystemErrorName(result), syscall: name });
  }
  return result;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}


module.exports = { createSocket, Socket };
