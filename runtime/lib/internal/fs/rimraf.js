'use strict';
// Recursive removal for fs.rm, fs.rmSync, fs.promises.rm and rmdir({ recursive }): children
// first, retrying EBUSY/EMFILE/ENFILE/ENOTEMPTY/EPERM up to maxRetries times with a linear
// back-off of retryDelay ms, as Node's rimraf does.

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  constants: { S_IFMT, S_IFDIR, UV_DIRENT_DIR, UV_DIRENT_UNKNOWN },
} = require('internal/fs/utils');

const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);

function childPath(path, name) {
  return pathModule.join(typeof path === 'string' ? path : path.toString(), name);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---- Synchronous ----

function rimrafSync(path, options) {
  let isDirectory;
  try {
    isDirectory = (binding.lstat(path, false)[1] & S_IFMT) === S_IFDIR;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  try {
    if (isDirectory) rmdirSyncRecursive(path, options, null);
    else unlinkSyncRetry(path, options);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'EPERM') return rmdirSyncRecursive(path, options, err);
    if (err.code !== 'EISDIR') throw err;
    rmdirSyncRecursive(path, options, err);
  }
}

function withRetries(options, fn) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      return fn();
    } catch (err) {
      if (retryErrorCodes.has(err.code) && i < tries && options.retryDelay > 0) {
        sleep(i * options.retryDelay);
      } else if (err.code === 'ENOENT') {
        return;
      } else if (i === tries) {
        throw err;
      }
    }
  }
}

function unlinkSyncRetry(path, options) {
  withRetries(options, () => binding.unlink(path));
}

function rmdirSyncRecursive(path, options, originalErr) {
  try {
    binding.rmdir(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (notEmptyErrorCodes.has(err.code)) {
      // The entry types from readdir spare an lstat per child.
      const [names, types] = binding.readdir(path, true);
      for (let i = 0; i < names.length; i++) {
        const child = childPath(path, names[i]);
        if (types[i] === UV_DIRENT_DIR) {
          rmdirSyncRecursive(child, options, null);
        } else if (types[i] === UV_DIRENT_UNKNOWN) {
          rimrafSync(child, options);
        } else {
          try {
            unlinkSyncRetry(child, options);
          } catch (unlinkErr) {
            if (unlinkErr.code !== 'EISDIR' && unlinkErr.code !== 'EPERM') throw unlinkErr;
            rimrafSync(child, options);
          }
        }
      }
      return withRetries(options, () => binding.rmdir(path));
    }
    throw originalErr || err;
  }
}

// ---- Asynchronous ----

function call(method, ...args) {
  return new Promise((resolve, reject) => {
    method(...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetriesAsync(options, fn) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      return await fn();
    } catch (err) {
      if (retryErrorCodes.has(err.code) && i < tries && options.retryDelay > 0) {
        await delay(i * options.retryDelay);
      } else if (err.code === 'ENOENT') {
        return;
      } else if (i === tries) {
        throw err;
      }
    }
  }
}

async function rimrafPromises(path, options) {
  let stats;
  try {
    stats = await call(binding.lstat, path, false);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  const isDirectory = (stats[1] & S_IFMT) === S_IFDIR;
  try {
    if (isDirectory) await rmdirRecursiveAsync(path, options, null);
    else await withRetriesAsync(options, () => call(binding.unlink, path));
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'EPERM' || err.code === 'EISDIR') {
      return rmdirRecursiveAsync(path, options, err);
    }
    throw err;
  }
}

async function rmdirRecursiveAsync(path, options, originalErr) {
  try {
    await call(binding.rmdir, path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (notEmptyErrorCodes.has(err.code)) {
      const children = await call(binding.readdir, path, false);
      await Promise.all(children.map((child) => rimrafPromises(childPath(path, child), options)));
      return withRetriesAsync(options, () => call(binding.rmdir, path));
    }
    throw originalErr || err;
  }
}

function rimraf(path, options, callback) {
  rimrafPromises(path, options).then(() => callback(null), (err) => callback(err));
}

module.exports = { rimraf, rimrafPromises, rimrafSync };
