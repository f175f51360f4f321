'use strict';
// ChildProcess over internalBinding('process_wrap'), the stdio option checker shared with the
// sync forms, spawnSync on internalBinding('spawn_sync'), and the IPC channel (Node's
// protocol: 'json' lines or 'advanced' V8-serialized frames over a uv pipe).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { signals } = internalBinding('constants').os;
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');
const { UV_EACCES, UV_EAGAIN, UV_EINVAL, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ENOSYS, UV_ESRCH } =
  internalBinding('uv');

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

let signalNames;
function signalName(number) {
  if (signalNames === undefined) {
    signalNames = new Map();
    for (const name of Object.keys(signals)) {
      if (!signalNames.has(signals[name])) signalNames.set(signals[name], name);
    }
  }
  return signalNames.get(number) ?? null;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    if (signalName(signal) !== null) return signal;
  } else if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---- ChildProcess ----

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    // Streams that nobody reads are drained so that the child's pipes close.
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalNumber) => {
      const signalCode = signalNumber > 0 ? signalName(signalNumber) : null;
      if (signalCode) this.signalCode = signalCode;
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
        const err = new ErrnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      // When the child exits, drain its unread output so that 'close' can come.
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
  }

  spawn(options) {
    validateObject(options, 'options');
    const valid = getValidStdio(options.stdio || 'pipe', false);
    const { ipc, ipcFd } = valid;
    const stdio = options.stdio = valid.stdio;
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
        err === UV_ENOENT) {
      // Errors of the run, not of the arguments: reported as an 'error' event.
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err) {
      this._handle.close();
      this._handle = null;
      for (const entry of stdio) {
        if ((entry.type === 'pipe' || entry.type === 'overlapped') && entry.handle) entry.handle.close();
      }
      throw new ErrnoException(err, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }

    this.pid = this._handle.pid;
    for (let i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      if (stream.type === 'ignore') continue;
      if (stream.ipc) {
        this._closesNeeded++;
        continue;
      }
      if (stream.type === 'wrap') {
        // The stream's handle was duplicated into the child; stop reading it here.
        if (stream.handle.reading) {
          stream.handle.reading = false;
          stream.handle.readStop();
        }
        if (stream._stdio && typeof stream._stdio.pause === 'function') stream._stdio.pause();
        continue;
      }
      if (stream.handle) {
        stream.socket = new (lazyNet().Socket)({
          handle: stream.handle,
          readable: i > 0 && err === 0,
        });
        if (i > 0) {
          this._closesNeeded++;
          stream.socket.on('close', () => maybeClose(this));
        }
        // A child that never started has nothing to say: its pipes close at once.
        if (err !== 0) stream.socket.destroy();
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = [];
    for (let i = 0; i < stdio.length; i++) {
      this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
    }
    if (ipc !== undefined) setupChannel(this, ipc, serialization);
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already dead.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw new ErrnoException(err, 'kill');
      } else {
        this.emit('error', new ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

// ---- stdio ----

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function getHandleWrapType(stream) {
  if (stream instanceof Pipe) return 'pipe';
  return false;
}

function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else {
    stdio = stdio.slice();
  }
  while (stdio.length < 3) stdio.push(undefined);

  const result = [];
  const cleanup = () => {
    for (const entry of result) {
      if ((entry.type === 'pipe' || entry.type === 'overlapped') && entry.handle) entry.handle.close();
    }
  };
  for (let i = 0; i < stdio.length; i++) {
    let item = stdio[i];
    if (item == null) item = i < 3 ? 'pipe' : 'ignore';
    if (item === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (item === 'pipe' || item === 'overlapped' || (typeof item === 'number' && item < 0)) {
      const entry = {
        type: item === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      };
      if (!sync) entry.handle = new Pipe(PipeConstants.SOCKET);
      result.push(entry);
    } else if (item === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (item === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof item === 'number' || typeof item.fd === 'number') {
      result.push({ type: 'fd', fd: typeof item === 'number' ? item : item.fd });
    } else if (getHandleWrapType(item) || getHandleWrapType(item.handle) ||
               getHandleWrapType(item._handle)) {
      const handle = getHandleWrapType(item) ? item :
        getHandleWrapType(item.handle) ? item.handle : item._handle;
      result.push({ type: 'wrap', wrapType: getHandleWrapType(handle), handle, _stdio: item });
    } else if (isArrayBufferView(item) || typeof item === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(item));
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', item);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

// ---- spawnSync ----

function spawnSync(options) {
  const result = spawnSyncBinding.spawn(options);
  if (result.output) {
    for (let i = 0; i < result.output.length; i++) {
      const data = result.output[i];
      if (!data) continue;
      const buffer = new FastBuffer(data);
      result.output[i] = options.encoding && options.encoding !== 'buffer' ?
        buffer.toString(options.encoding) : buffer;
    }
  }
  result.signal = result.signal > 0 ? signalName(result.signal) : null;
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = new ErrnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

// ---- IPC ----

class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  // Counted references (listeners on the child's process object, writes in flight) keep the
  // channel referenced; an explicit ref()/unref() overrides the counting.
  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternalMessage(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.startsWith('NODE_');
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return target.channel; },
    set(value) { target.channel = value; },
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  const serialization = require('internal/child_process/serialization')[serializationMode];
  serialization.initMessageChannel(channel);

  channel.onread = function onread(nread, arrayBuffer) {
    if (nread > 0) {
      const data = new FastBuffer(arrayBuffer, 0, nread);
      let messages;
      try {
        messages = [...serialization.parseChannelMessages(channel, data)];
      } catch (err) {
        // A malformed frame ends the channel rather than the process.
        process.nextTick(() => target.emit('error', err));
        target.disconnect();
        return;
      }
      for (const message of messages) {
        if (!target.channel) return;
        const event = isInternalMessage(message) ? 'internalMessage' : 'message';
        process.nextTick(() => target.emit(event, message, undefined));
      }
      return;
    }
    // EOF or an error: the other side is gone. (As in Node, only this path counts towards a
    // ChildProcess's 'close'; a disconnect() of our own does not.)
    channel.buffering = false;
    channel.onread = () => {};
    if (target.connected) target._disconnect();
    if (target instanceof ChildProcess) maybeClose(target);
  };
  channel.readStart();

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle !== undefined && handle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    if (callback !== undefined) validateFunction(callback, 'callback');

    const req = {
      oncomplete(status) {
        control.unrefCounted();
        if (--channel.pendingWrites === 0 && channel.onWritesDone) channel.onWritesDone();
        if (typeof callback === 'function') callback(status < 0 ? new ErrnoException(status, 'write') : null);
      },
    };
    let err;
    try {
      err = serialization.writeChannelMessage(channel, req, message);
    } catch (error) {
      // Serialization failures (a cycle in JSON, an uncloneable value) throw, as in Node.
      throw error;
    }
    if (err === 0) {
      if (req.async) {
        control.refCounted();
        channel.pendingWrites++;
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      const ex = new ErrnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
    }
    // Node returns whether the queue is short enough to keep writing.
    return channel.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this._disconnect();
  };

  channel.pendingWrites = 0;
  channel.onWritesDone = null;
  target._disconnect = function _disconnect() {
    if (!this.channel) return;
    this.connected = false;
    this.channel = null;
    const finish = () => {
      channel.onWritesDone = null;
      channel.onread = () => {};
      channel.close();
      this.emit('disconnect');
    };
    // Messages already sent still go out before the channel closes.
    if (channel.pendingWrites > 0) channel.onWritesDone = finish;
    else process.nextTick(finish);
  };

  return control;
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  setupChannel,
  signalName,
  spawnSync,
  stdioStringToArray,
};
