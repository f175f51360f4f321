'use strict';
// The Worker class: a thread with its own isolate and loop (runtime/src/worker_thread.cc),
// reached through two message channels: the public one (worker.postMessage / parentPort) and
// an internal one on which the worker reports 'online' and its uncaught errors.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const messaging = internalBinding('messaging');
const { rethrowCloneError } = require('internal/worker/io');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL_SCHEME,
    ERR_WORKER_INVALID_EXEC_ARGV,
    ERR_WORKER_OUT_OF_MEMORY,
    ERR_WORKER_PATH,
    ERR_WORKER_UNSERIALIZABLE_ERROR,
  },
} = require('internal/errors');
const { validateObject, validateArray, validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');
const kPublicPort = Symbol('kPublicPort');
const kPort = Symbol('kPort');
const kOnExit = Symbol('kOnExit');
const kOnMessage = Symbol('kOnMessage');
const kExited = Symbol('kExited');
const kResourceLimits = Symbol('kResourceLimits');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// setEnvironmentData()/getEnvironmentData(): copied into every worker started afterwards.
const environmentData = new Map();

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.origin !== undefined;
}

function resolveFilename(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', true,
                                      'must be false when \'filename\' is not a string');
    }
    return filename;
  }
  if (isURL(filename)) {
    if (filename.protocol === 'data:') return filename.href;
    if (filename.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
    return require('internal/url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (filename.startsWith('file://')) {
    return require('internal/url').fileURLToPath(filename);
  }
  if (filename.startsWith('data:')) return filename;
  if (path.isAbsolute(filename) || /^\.\.?[\\/]/.test(filename)) return path.resolve(filename);
  throw new ERR_WORKER_PATH(filename);
}

function limitsArray(limits) {
  if (limits === undefined) return [0, 0, 0, 4];
  validateObject(limits, 'options.resourceLimits');
  const out = [0, 0, 0, 4];
  const keys = ['maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'codeRangeSizeMb',
                'stackSizeMb'];
  for (let i = 0; i < keys.length; i++) {
    const value = limits[keys[i]];
    if (typeof value === 'number' && value > 0) out[i] = value;
  }
  return out;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    const isEval = Boolean(options.eval);
    const entry = resolveFilename(filename, isEval);

    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    let execArgv = [];
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      const invalid = options.execArgv.filter((flag) => typeof flag !== 'string');
      if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
      execArgv = [...options.execArgv];
    } else {
      execArgv = [...process.execArgv];
    }
    let env;
    if (options.env === SHARE_ENV) {
      env = undefined;
    } else if (options.env === undefined || options.env === process.env) {
      env = { ...process.env };
    } else if (options.env !== null && typeof options.env === 'object') {
      env = {};
      for (const key of Object.keys(options.env)) env[key] = `${options.env[key]}`;
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
    }
    let name = '';
    if (options.name !== undefined) {
      validateString(options.name, 'options.name');
      name = options.name;
    }
    const resourceLimits = limitsArray(options.resourceLimits);
    this[kResourceLimits] = resourceLimits;

    let created;
    try {
      created = binding.createWorker({
        mode: isEval ? 'eval' : 'file',
        entry,
        argv,
        execArgv,
        env,
        name,
        resourceLimits,
        init: { workerData: options.workerData, environmentData },
        transferList: options.transferList === undefined ? undefined : [...options.transferList],
        onexit: (code, outOfMemory) => this[kOnExit](code, outOfMemory),
      });
    } catch (error) {
      rethrowCloneError(error);
    }
    this[kHandle] = created.handle;
    this[kExited] = false;
    this.threadId = created.threadId;
    this[kPublicPort] = created.port;
    this[kPort] = created.internalPort;

    this[kPort].on('message', (message) => this[kOnMessage](message));
    messaging.unref(this[kPort]);
    // The public port delivers to this emitter; it keeps the loop alive while the Worker has
    // 'message' listeners (the thread itself does anyway, unless unref()'d).
    this[kPublicPort].on('message', (message) => this.emit('message', message));
    this[kPublicPort].on('messageerror', (error) => this.emit('messageerror', error));
    messaging.unref(this[kPublicPort]);
    this.on('newListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && !this[kExited]) {
        messaging.ref(this[kPublicPort]);
      }
    });
    this.on('removeListener', (event) => {
      if (event === 'message' && this.listenerCount('message') === 0 && !this[kExited]) {
        messaging.unref(this[kPublicPort]);
      }
    });
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    binding.startThread(this[kHandle]);
  }

  [kOnMessage](message) {
    switch (message?.type) {
      case 'online':
        this.emit('online');
        break;
      case 'error': {
        const { deserializeError } = require('internal/worker/error_serdes');
        this.emit('error', deserializeError(message.error));
        break;
      }
      case 'could-not-serialize':
        this.emit('error', new ERR_WORKER_UNSERIALIZABLE_ERROR());
        break;
    }
  }

  [kOnExit](code, outOfMemory) {
    this[kExited] = true;
    // Messages the worker posted before it ended come first, as in Node.
    messaging.drain(this[kPort]);
    messaging.drain(this[kPublicPort]);
    if (outOfMemory) this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    messaging.close(this[kPort]);
    messaging.close(this[kPublicPort]);
    this[kHandle] = null;
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
    this.removeAllListeners('online');
    this.removeAllListeners('error');
  }

  postMessage(...args) {
    if (this[kHandle] === null || this[kExited]) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    return new Promise((resolve) => {
      this.once('exit', (code) => resolve(code));
      binding.stopThread(this[kHandle]);
    });
  }

  ref() {
    if (this[kHandle] === null) return;
    binding.ref(this[kHandle]);
    messaging.ref(this[kPublicPort]);
  }

  unref() {
    if (this[kHandle] === null) return;
    binding.unref(this[kHandle]);
    messaging.unref(this[kPublicPort]);
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    const [old, young, code, stack] = this[kResourceLimits];
    return {
      maxYoungGenerationSizeMb: young,
      maxOldGenerationSizeMb: old,
      codeRangeSizeMb: code,
      stackSizeMb: stack,
    };
  }

  getHeapSnapshot() {
    return Promise.reject(new Error('worker.getHeapSnapshot() is not supported by Kiln'));
  }
}

module.exports = { Worker, SHARE_ENV, environmentData };
