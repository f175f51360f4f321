'use strict';
// fs.watch (FSWatcher on uv_fs_event), fs.watchFile (StatWatcher on uv_fs_poll) and
// fs.promises.watch. inotify watches one directory level, so a recursive watch on Linux is a
// watcher per directory of the tree, kept up to date as directories come and go.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  UVException,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateUint32 } = require('internal/validators');
const { getStatsFromBinding, getValidatedPath, kEmptyObject } = require('internal/fs/utils');
const pathModule = require('path');

const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kFSStatWatcherRefCount');
const kMaxRefCount = Symbol('kFSStatWatcherMaxRefCount');
const kStatFields = 18;
const UV_ENOSPC = -28;

function watchError(errno, filename) {
  const error = UVException({
    errno,
    syscall: 'watch',
    path: filename,
    message: errno === UV_ENOSPC ? 'inotify limit reached' : undefined,
  });
  error.filename = filename;
  return error;
}

// ---- fs.watch ----

class FSWatcher extends EventEmitter {
  #handles = new Map();  // directory (relative to the root; '' for it) -> native handle
  #closed = false;
  #persistent = true;
  #recursive = false;
  #encoding = 'utf8';
  #root = '';

  constructor() {
    super();
    this._handle = null;
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    if (this.#closed) return;
    filename = getValidatedPath(filename, 'filename');
    // As in Node: only `true` keeps the loop alive; any truthy value asks for recursion.
    this.#persistent = persistent === true;
    this.#recursive = Boolean(recursive);
    this.#encoding = encoding || 'utf8';
    this.#root = typeof filename === 'string' ? filename : filename.toString();
    const err = this.#watchDirectory('');
    if (err !== undefined) throw watchError(err, filename);
    this._handle = this.#handles.get('');
    if (recursive && binding.internalModuleStat(this.#root) === 1) this.#watchTree('');
  }

  // Starts a native watcher for `relative` (a directory under the root, or the root itself).
  #watchDirectory(relative) {
    const path = relative === '' ? this.#root : pathModule.join(this.#root, relative);
    const handle = binding.fsEventStart(path, (status, eventType, name) => {
      this.#onchange(relative, status, eventType, name);
    });
    if (typeof handle === 'number') return handle;
    if (!this.#persistent) binding.handleRef(handle, false);
    this.#handles.set(relative, handle);
    return undefined;
  }

  #watchTree(relative) {
    const dir = relative === '' ? this.#root : pathModule.join(this.#root, relative);
    let names;
    try {
      names = binding.readdir(dir, false);
    } catch {
      return;
    }
    for (const name of names) {
      const child = relative === '' ? name : pathModule.join(relative, name);
      const full = pathModule.join(this.#root, child);
      // lstat: do not follow links out of the tree.
      let isDir = false;
      try {
        isDir = (binding.lstat(full, false)[1] & 0o170000) === 0o040000;
      } catch {
        continue;
      }
      if (isDir && !this.#handles.has(child)) {
        if (this.#watchDirectory(child) === undefined) this.#watchTree(child);
      }
    }
  }

  #onchange(relative, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      this.close();
      const error = watchError(status, name);
      this.emit('error', error);
      return;
    }
    let filename = name;
    if (this.#recursive && name !== null) {
      filename = relative === '' ? name : pathModule.join(relative, name);
      const full = pathModule.join(this.#root, filename);
      if (eventType === 'rename') {
        if (binding.internalModuleStat(full) === 1) {
          if (!this.#handles.has(filename) && this.#watchDirectory(filename) === undefined) {
            this.#watchTree(filename);
          }
        } else {
          this.#unwatchBelow(filename);
        }
      }
    }
    if (filename !== null && this.#encoding !== 'utf8' && this.#encoding !== 'utf-8') {
      const buffer = require('buffer').Buffer.from(filename);
      filename = this.#encoding === 'buffer' ? buffer : buffer.toString(this.#encoding);
    }
    this.emit('change', eventType, filename);
  }

  #unwatchBelow(relative) {
    for (const [dir, handle] of this.#handles) {
      if (dir !== '' && (dir === relative || dir.startsWith(`${relative}/`))) {
        binding.fsEventClose(handle);
        this.#handles.delete(dir);
      }
    }
  }

  close() {
    if (this.#closed || this.#handles.size === 0) {
      if (!this.#closed && this._handle === null) return;
    }
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) binding.fsEventClose(handle);
    this.#handles.clear();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const handle of this.#handles.values()) binding.handleRef(handle, true);
    return this;
  }

  unref() {
    for (const handle of this.#handles.values()) binding.handleRef(handle, false);
    return this;
  }
}

// ---- fs.watchFile ----

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = Boolean(bigint);
  this[kRefCount] = 1;
  this[kMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(watcher, status, stats) {
  const newStatus = status < 0 ? -1 : 0;
  // Still missing, as before: nothing to report.
  if (watcher[kOldStatus] === -1 && newStatus === -1 && stats[2] === stats[kStatFields + 2]) {
    return;
  }
  watcher[kOldStatus] = newStatus;
  watcher.emit('change', getStatsFromBinding(stats), getStatsFromBinding(stats, kStatFields));
}

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  validateUint32(interval, 'interval');
  const handle = binding.fsPollStart(filename, interval, this[kUseBigint],
                                     (status, stats) => onStatChange(this, status, stats));
  if (typeof handle === 'number') throw watchError(handle, filename);
  this._handle = handle;
  if (!persistent) this.unref();
};

StatWatcher.prototype.stop = function() {
  if (this._handle === null) return;
  process.nextTick(() => this.emit('stop'));
  binding.fsPollClose(this._handle);
  this._handle = null;
};

StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
    this[kMaxRefCount]++;
  } else if (operate === 'clean') {
    this[kMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[kMaxRefCount] = 0;
    this[kRefCount] = 0;
    if (this._handle) binding.handleRef(this._handle, false);
  }
};

StatWatcher.prototype.ref = function() {
  // Ref and unref count, so that one unref() of several listeners does not undo the others.
  if (this[kRefCount] === this[kMaxRefCount]) return this;
  if (this._handle && this[kRefCount]++ === 0) binding.handleRef(this._handle, true);
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this[kRefCount] === 0) return this;
  if (this._handle && --this[kRefCount] === 0) binding.handleRef(this._handle, false);
  return this;
};

// ---- fs.promises.watch ----

function watchPromise(filename, options = kEmptyObject) {
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (encoding && !require('buffer').Buffer.isEncoding(encoding) && encoding !== 'buffer') {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  const queue = [];
  let pending = null;
  let failure = null;
  let done = false;
  const watcher = new FSWatcher();
  const settle = () => {
    if (pending === null) return;
    const { resolve, reject } = pending;
    if (failure) {
      pending = null;
      reject(failure);
    } else if (queue.length > 0) {
      pending = null;
      resolve({ value: queue.shift(), done: false });
    } else if (done) {
      pending = null;
      resolve({ value: undefined, done: true });
    }
  };
  const finish = () => {
    done = true;
    watcher.close();
    settle();
  };
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal?.reason });
    finish();
  };
  return {
    __proto__: null,
    [Symbol.asyncIterator]() {
      if (signal?.aborted) {
        failure = new AbortError(undefined, { cause: signal.reason });
        done = true;
        return this;
      }
      watcher[kFSWatchStart](filename, persistent, recursive, encoding);
      watcher.on('change', (eventType, name) => {
        queue.push({ __proto__: null, eventType, filename: name });
        settle();
      });
      watcher.on('error', (error) => {
        failure = error;
        finish();
      });
      signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
      return this;
    },
    next() {
      if (failure) {
        const error = failure;
        failure = null;
        done = true;
        return Promise.reject(error);
      }
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
      });
    },
    return() {
      signal?.removeEventListener('abort', onAbort);
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kFSWatchStart,
  kFSStatWatcherStart,
  kFSStatWatcherAddOrCleanRef,
  watchPromise,
};
