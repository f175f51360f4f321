'use strict';
// fs.Dir, fs.opendir(), fs.opendirSync() and fs.promises.opendir(): a directory read in
// batches of bufferSize entries through uv_fs_readdir, with async iteration.

const binding = internalBinding('fs');
const {
  UVException,
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  Dirent,
  constants: { UV_DIRENT_UNKNOWN },
  direntTypeFromMode,
  encodeName,
  getOptions,
  getValidatedPath,
} = require('internal/fs/utils');
const pathModule = require('path');

function call(method, ...args) {
  return new Promise((resolve, reject) => {
    method(...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Node reports opendir failures without the path.
function withoutPath(error) {
  return error && error.errno !== undefined ?
    UVException({ errno: error.errno, syscall: 'opendir' }) : error;
}

function getDirent(path, name, type, encoding) {
  if (type === UV_DIRENT_UNKNOWN) {
    try {
      type = direntTypeFromMode(binding.lstat(pathModule.join(path, name), false)[1]);
    } catch {
      // Keep unknown.
    }
  }
  return new Dirent(encodeName(name, encoding), type, path);
}

class Dir {
  #handle;
  #path;
  #bufferedEntries = [];
  #closed = false;
  #options;
  #operationQueue = null;

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this.#path;
  }

  #pathString() {
    return typeof this.#path === 'string' ? this.#path : this.#path.toString();
  }

  #processReadResult(path, result) {
    const [names, types] = result;
    for (let i = 0; i < names.length; i++) {
      this.#bufferedEntries.push(getDirent(path, names[i], types[i], this.#options.encoding));
    }
  }

  #readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    let handle;
    try {
      handle = binding.opendir(path);
    } catch {
      return;
    }
    for (;;) {
      const result = binding.dirRead(handle, this.#options.bufferSize);
      if (result === null) break;
      this.#processReadResult(path, result);
    }
    binding.dirClose(handle);
  }

  #nextBuffered() {
    const dirent = this.#bufferedEntries.shift();
    if (this.#options.recursive && dirent.isDirectory()) this.#readSyncRecursive(dirent);
    return dirent;
  }

  read(callback) {
    return this.#readImpl(true, callback);
  }

  #readImpl(maybeSync, callback) {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.#readImpl(false, (err, result) => (err ? reject(err) : resolve(result)));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.#readImpl(maybeSync, callback));
      return;
    }
    if (this.#bufferedEntries.length > 0) {
      try {
        const dirent = this.#nextBuffered();
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
      } catch (error) {
        callback(error);
      }
      return;
    }
    this.#operationQueue = [];
    binding.dirRead(this.#handle, this.#options.bufferSize, (err, result) => {
      process.nextTick(() => {
        const queue = this.#operationQueue;
        this.#operationQueue = null;
        for (const op of queue) op();
      });
      if (err || result === null) return callback(err, result);
      try {
        this.#processReadResult(this.#pathString(), result);
        callback(null, this.#nextBuffered());
      } catch (error) {
        callback(error);
      }
    });
  }

  readSync() {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#bufferedEntries.length > 0) return this.#nextBuffered();
    const result = binding.dirRead(this.#handle, this.#options.bufferSize);
    if (result === null) return result;
    this.#processReadResult(this.#pathString(), result);
    return this.#nextBuffered();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    binding.dirClose(this.#handle, (err) => callback(err));
  }

  closeSync() {
    if (this.#closed === true) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    binding.dirClose(this.#handle);
  }

  async* entries() {
    try {
      for (;;) {
        const result = await this.read();
        if (result === null) break;
        yield result;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  enumerable: false,
  writable: true,
  configurable: true,
  value: Dir.prototype.entries,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, (err, handle) => {
    if (err) return callback(withoutPath(err));
    callback(null, new Dir(handle, path, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = binding.opendir(path);
  } catch (error) {
    throw withoutPath(error);
  }
  return new Dir(handle, path, options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = await call(binding.opendir, path);
  } catch (error) {
    throw withoutPath(error);
  }
  return new Dir(handle, path, options);
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
