'use strict';
// node:fs — every call in its synchronous and callback forms, on internalBinding('fs')
// (runtime/bindings/fs.cc). The promise API is internal/fs/promises, the streams
// internal/fs/streams, opendir internal/fs/dir, rm internal/fs/rimraf, cp internal/fs/cp,
// watch and watchFile internal/fs/watchers: each loads on first use. This file is part of the
// startup snapshot, so it reads no per-run state when it loads.

const binding = internalBinding('fs');
const {
  AbortError,
  UVException,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STRING_TOO_LONG,
  },
} = require('internal/errors');
const {
  isArrayBufferView,
} = require('internal/util/types');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  Dirent,
  Stats,
  constants,
  copyObject,
  direntTypeFromMode,
  encodeName,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  kEmptyObject,
  kMaxUserId,
  pathModule,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_SYMLINK, UV_DIRENT_UNKNOWN } = constants;

let lazyBufferClass;
function lazyBuffer() {
  lazyBufferClass ??= require('buffer').Buffer;
  return lazyBufferClass;
}
let lazyFastBuffer;
function bufferFromArrayBuffer(arrayBuffer) {
  // node:buffer completes FastBuffer's prototype: load it first.
  lazyFastBuffer ??= (require('buffer'), require('internal/buffer').FastBuffer);
  return new lazyFastBuffer(arrayBuffer);
}

const { customPromisifyArgs: kCustomPromisifyArgs } = require('internal/util');
const { bindToFrame, getFrame, runInFrame } = require('internal/async_context_frame');

function isFd(path) {
  return (path | 0) === path;
}

// Callbacks run in the async context frame they were passed in (AsyncLocalStorage).
function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return bindToFrame(cb);
}

// The callback the binding calls: checked now, called later without a receiver.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  const frame = getFrame();
  if (frame === undefined) return (...args) => Reflect.apply(cb, undefined, args);
  return (...args) => runInFrame(frame, cb, undefined, args);
}

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  cb = bindToFrame(cb);
  return (err, stats) => {
    if (err) return cb(err);
    cb(err, getStatsFromBinding(stats));
  };
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal?.reason }));
    return true;
  }
  return false;
}

// A Node-shaped system error for a uv code name, as the binding would throw it.
function uvError(errno, syscall, path, dest) {
  return UVException({ errno, syscall, path, dest });
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// ---- open / close ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// Blob from a file (read at once: Kiln's Blob keeps its bytes in memory).
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateStringType(type, 'options.type');
  path = getValidatedPath(path);
  return require('internal/fs/promises').readFile(path).then((data) => {
    const { Blob } = require('buffer');
    return new Blob([data], { type });
  });
}

function validateStringType(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// ---- read / write ----

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } =
      params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = maybeCallback(callback);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, position,
               (err, bytesRead) => callback(err, bytesRead || 0, buffer));
}
Object.defineProperty(read, kCustomPromisifyArgs,
                      { __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({ offset = 0, length = buffer.byteLength - offset, position = null } =
      offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.read(fd, buffer, offset, length, position);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position,
                      (err, read) => callback(err, read || 0, buffers));
}
Object.defineProperty(readv, kCustomPromisifyArgs,
                      { __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers, position);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, buffer, offset, length, position,
                        (err, written) => callback(err, written || 0, buffer));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  const bytes = stringBytes(str, length);
  binding.writeBuffer(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : null,
                      (err, written) => callback(err, written || 0, str));
}
Object.defineProperty(write, kCustomPromisifyArgs,
                      { __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false });

// A string's bytes for write(): an unknown encoding writes UTF-8, as Node's native side does.
function stringBytes(string, encoding) {
  const Buffer = lazyBuffer();
  return Buffer.from(string, Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeBuffer(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  return binding.writeBuffer(fd, bytes, 0, bytes.length,
                             typeof offset === 'number' ? offset : null);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position,
                       (err, written) => callback(err, written || 0, buffers));
}
Object.defineProperty(writev, kCustomPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers, position);
}

// ---- Whole files ----

// The result of binding.readFileAll: a Buffer or string, or the error to raise.
function wholeFileResult(result, encoding) {
  if (typeof result === 'number') return new ERR_FS_FILE_TOO_LARGE(result);
  if (result === false) {
    return new ERR_STRING_TOO_LONG(require('buffer').constants.MAX_STRING_LENGTH.toString(16));
  }
  if (typeof result === 'string') return result;
  const buffer = bufferFromArrayBuffer(result);
  if (encoding && encoding !== 'buffer') {
    try {
      return buffer.toString(encoding);
    } catch (error) {
      return error;
    }
  }
  return buffer;
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const done = (err, result) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    const value = wholeFileResult(result, encoding);
    if (value instanceof Error) return callback(value);
    callback(null, value);
  };
  if (isFd(path)) {
    binding.readFileAll(path, 0, isUtf8(encoding), done);
    return;
  }
  if (checkAborted(signal, callback)) return;
  const flagsNumber = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  binding.readFileAll(path, flagsNumber, isUtf8(encoding), done);
}

const kReadFileSyncDefaults = Object.freeze({ __proto__: null, flag: 'r' });

function readFileSync(path, options) {
  // The common calls, readFileSync(path) and readFileSync(path, 'utf8'), skip the generic
  // option handling.
  let encoding;
  let flags = O_RDONLY;
  if (options === undefined || options === 'utf8' || options === 'utf-8') {
    encoding = options;
  } else {
    options = getOptions(options, kReadFileSyncDefaults);
    encoding = options.encoding;
    flags = stringToFlags(options.flag);
  }
  if (typeof path !== 'string' || path.includes('\u0000')) {
    if (!isFd(path)) path = getValidatedPath(path);
  }
  if (isUtf8(encoding)) {
    const result = binding.readFileAll(path, flags, true);
    if (typeof result === 'string') return result;
    throw wholeFileResult(result);
  }
  const result = binding.readFileAll(path, flags, false, undefined,
                                     isFd(path) ? undefined : readScratch());
  if (typeof result === 'number' && result < 0) {
    // A small file, left in the scratch array: copy it into a pooled Buffer.
    const length = -result - 1;
    const buffer = lazyBuffer().allocUnsafe(length);
    buffer.set(length === scratch.length ? scratch : scratch.subarray(0, length));
    return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
  }
  const value = wholeFileResult(result, encoding);
  if (value instanceof Error) throw value;
  return value;
}

// Synchronous reads of small files go through this array (made on first use, not in the
// startup snapshot).
let scratch;
function readScratch() {
  scratch ??= new Uint8Array(64 * 1024);
  return scratch;
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    if (!isUtf8(options.encoding || 'utf8')) data = lazyBuffer().from(data, options.encoding);
  }
  const signal = options.signal;
  const done = (err) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    callback(null);
  };
  if (isFd(path)) {
    if (checkAborted(signal, callback)) return;
    writeAllThenMaybeSync(path, data, stringToFlags(flag), 0o666, flush, done);
    return;
  }
  if (checkAborted(signal, callback)) return;
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  writeAllThenMaybeSync(path, data, stringToFlags(flag), mode, flush, done);
}

function writeAllThenMaybeSync(pathOrFd, data, flags, mode, flush, callback) {
  if (!flush) {
    binding.writeFileAll(pathOrFd, data, flags, mode, callback);
    return;
  }
  // flush: write and fsync through an open descriptor before closing it.
  const finish = (fd, own, err) => {
    if (!own) return callback(err);
    binding.close(fd, (closeErr) => callback(err || closeErr || null));
  };
  const withFd = (fd, own) => {
    binding.writeFileAll(fd, data, flags, mode, (err) => {
      if (err) return finish(fd, own, err);
      binding.fsync(fd, (syncErr) => finish(fd, own, syncErr));
    });
  };
  if (isFd(pathOrFd)) return withFd(pathOrFd, false);
  binding.open(pathOrFd, flags, mode, (err, fd) => {
    if (err) return callback(err);
    withFd(fd, true);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    if (!isUtf8(options.encoding || 'utf8')) data = lazyBuffer().from(data, options.encoding);
  }
  const flags = stringToFlags(options.flag || 'w');
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!flush) {
    binding.writeFileAll(path, data, flags, mode);
    return;
  }
  const fd = isUserFd ? path : binding.open(path, flags, mode);
  try {
    binding.writeFileAll(fd, data, flags, mode);
    binding.fsync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFileSync(path, data, options);
}

// ---- stat ----

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, options.bigint, callback);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, options.bigint, callback);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeStatsCallback(callback);
  binding.fstat(fd, options.bigint, callback);
}

// Synchronous stats land in these arrays (no allocation per call); Stats copies them out.
const statValues = new Float64Array(18);
const bigintStatValues = new BigInt64Array(18);

function statOrUndefined(method, path, options) {
  try {
    const bigint = options.bigint === true;
    return getStatsFromBinding(
      method(path, bigint, undefined, bigint ? bigintStatValues : statValues));
  } catch (error) {
    if (options.throwIfNoEntry === false && error.code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statOrUndefined(binding.stat, getValidatedPath(path), options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statOrUndefined(binding.lstat, getValidatedPath(path), options);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const bigint = options.bigint === true;
  return getStatsFromBinding(
    binding.fstat(fd, bigint, undefined, bigint ? bigintStatValues : statValues));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, options.bigint, (err, stats) => {
    if (err) return callback(err);
    callback(err, getStatFsFromBinding(stats));
  });
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), options.bigint));
}

// ---- Directories ----

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

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const results = [];
  const queue = [basePath];
  for (let q = 0; q < queue.length; q++) {
    const path = queue[q];
    if (withFileTypes) {
      const [names, types] = binding.readdir(path, true);
      for (let i = 0; i < names.length; i++) {
        const dirent = getDirent(path, names[i], types[i], encoding);
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathModule.join(path, names[i]));
      }
    } else {
      const names = binding.readdir(path, false);
      for (let i = 0; i < names.length; i++) {
        const resultPath = pathModule.join(path, names[i]);
        results.push(encodeName(pathModule.relative(basePath, resultPath), encoding));
        if (binding.internalModuleStat(resultPath) === 1) queue.push(resultPath);
      }
    }
  }
  return results;
}

function readdirResult(path, raw, options) {
  if (options.withFileTypes) {
    const [names, types] = raw;
    const out = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
      out[i] = getDirent(path, names[i], types[i], options.encoding);
    }
    return out;
  }
  if (options.encoding && !isUtf8(options.encoding)) {
    return raw.map((name) => encodeName(name, options.encoding));
  }
  return raw;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    // Node 20 reads the tree synchronously and calls back before returning.
    callback(null, readdirSyncRecursive(typeof path === 'string' ? path : path.toString(),
                                        options));
    return;
  }
  binding.readdir(path, Boolean(options.withFileTypes), (err, raw) => {
    if (err) return callback(err);
    let result;
    try {
      result = readdirResult(typeof path === 'string' ? path : path.toString(), raw, options);
    } catch (error) {
      return callback(error);
    }
    callback(null, result);
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const base = typeof path === 'string' ? path : path.toString();
  if (options.recursive) return readdirSyncRecursive(base, options);
  return readdirResult(base, binding.readdir(path, Boolean(options.withFileTypes)), options);
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

// mkdir -p: returns the first directory it created, or undefined. Errors name the path the
// caller passed, as Node's native implementation reports them.
function mkdirpSync(path, mode) {
  const target = pathModule.resolve(path);
  const created = [];
  const make = (dir) => {
    try {
      binding.mkdir(dir, mode);
      created.push(dir);
      return;
    } catch (error) {
      if (error.code === 'EEXIST') {
        if (binding.internalModuleStat(dir) === 1) return;
        throw error;
      }
      if (error.code !== 'ENOENT' || pathModule.dirname(dir) === dir) throw error;
    }
    make(pathModule.dirname(dir));
    try {
      binding.mkdir(dir, mode);
      created.push(dir);
    } catch (error) {
      if (error.code === 'EEXIST' && binding.internalModuleStat(dir) === 1) return;
      throw error;
    }
  };
  try {
    make(target);
  } catch (error) {
    throw uvError(error.errno, 'mkdir', path);
  }
  return created.length > 0 ? created[0] : undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (!recursive) {
    binding.mkdir(path, mode, callback);
    return;
  }
  require('internal/fs/promises').mkdirp(path, mode).then(
    (first) => callback(null, first), (error) => callback(error));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (recursive) return mkdirpSync(typeof path === 'string' ? path : path.toString(), mode);
  binding.mkdir(path, mode);
  return undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, fs.lstat, (err, opts) => {
      if (err === false) return binding.rmdir(path, callback);
      if (err) return callback(err);
      require('internal/fs/rimraf').rimraf(path, opts, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptionsSync(path, { ...options, force: false }, true, fs.lstatSync);
    if (options !== false) return require('internal/fs/rimraf').rimrafSync(path, options);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147');
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, fs.lstat, (err, options) => {
    if (err) return callback(err);
    require('internal/fs/rimraf').rimraf(path, options, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options, false, fs.lstatSync);
  return require('internal/fs/rimraf').rimrafSync(path, options);
}

// ---- Names and links ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpFn(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpSyncFn(src, dest, options);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type), callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callback);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

// The lstat error Node's JS realpath reports: the first component that does not resolve.
function realpathError(path, error) {
  if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') return error;
  const absolute = pathModule.resolve(typeof path === 'string' ? path : path.toString());
  const parts = absolute.split('/');
  let current = '';
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    current += `/${parts[i]}`;
    try {
      binding.lstat(current, false);
    } catch (lstatError) {
      return lstatError;
    }
  }
  return error;
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  try {
    return encodeName(binding.realpath(path), options.encoding);
  } catch (error) {
    throw realpathError(path, error);
  }
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path), options.encoding);
};

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, result) => {
    if (err) return callback(realpathError(path, err));
    callback(null, encodeName(result, options.encoding));
  });
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
};

// ---- Metadata ----

function truncate(path, len, callback) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
                        'fs.ftruncate with a file descriptor instead.',
                        'DeprecationWarning', 'DEP0081');
    return fs.ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  fs.open(path, 'r+', (er, fd) => {
    if (er) return callback(er);
    binding.ftruncate(fd, len, (err) => {
      binding.close(fd, (er2) => callback(err || er2 || null));
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) {
    process.emitWarning('Using fs.truncateSync with a file descriptor is deprecated. Please ' +
                        'use fs.ftruncateSync with a file descriptor instead.',
                        'DeprecationWarning', 'DEP0081');
    return fs.ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode, makeCallback(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

// lchmod needs O_SYMLINK (macOS): Linux has neither, so fs.lchmod is undefined there.
function lchmod(path, mode, callback) {
  callback = maybeCallback(callback);
  mode = parseFileMode(mode, 'mode');
  fs.open(path, O_WRONLY | O_SYMLINK, (err, fd) => {
    if (err) return callback(err);
    fs.fchmod(fd, mode, (err) => fs.close(fd, (err2) => callback(err || err2)));
  });
}

function lchmodSync(path, mode) {
  const fd = fs.openSync(path, O_WRONLY | O_SYMLINK);
  try {
    fs.fchmodSync(fd, mode);
  } finally {
    fs.closeSync(fd);
  }
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid, makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, atime, mtime, makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// ---- Watching ----

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
  }
  options = copyObject(getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  const watchers = require('internal/fs/watchers');
  const watcher = new watchers.FSWatcher();
  watcher[watchers.kFSWatchStart](filename, options.persistent, options.recursive,
                                  options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(typeof filename === 'string' ? filename : filename.toString());
  const defaults = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    options = { ...defaults, ...options };
  } else {
    listener = options;
    options = defaults;
  }
  validateFunction(listener, 'listener');
  const { StatWatcher } = require('internal/fs/watchers');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[require('internal/fs/watchers').kFSStatWatcherStart](filename, options.persistent,
                                                              options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[require('internal/fs/watchers').kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(typeof filename === 'string' ? filename : filename.toString());
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  const { kFSStatWatcherAddOrCleanRef } = require('internal/fs/watchers');
  if (typeof listener === 'function') {
    const beforeListenerCount = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < beforeListenerCount) {
      stat[kFSStatWatcherAddOrCleanRef]('clean');
    }
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- Streams and Dir, loaded on first use ----

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: O_SYMLINK !== undefined ? lchmod : undefined,
  lchmodSync: O_SYMLINK !== undefined ? lchmodSync : undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(fs, 'ReadStream', { value: val, writable: true, configurable: true });
  },
  get WriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(fs, 'WriteStream', { value: val, writable: true, configurable: true });
  },
  // Legacy names of the streams.
  get FileReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set FileReadStream(val) {
    Object.defineProperty(fs, 'FileReadStream',
                          { value: val, writable: true, configurable: true });
  },
  get FileWriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set FileWriteStream(val) {
    Object.defineProperty(fs, 'FileWriteStream',
                          { value: val, writable: true, configurable: true });
  },

  // For tests.
  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(fs, {
  Dir: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('internal/fs/dir').Dir; },
  },
  opendir: { __proto__: null, enumerable: true, configurable: true, writable: true,
             value: opendir },
  opendirSync: { __proto__: null, enumerable: true, configurable: true, writable: true,
                 value: opendirSync },
  F_OK: { __proto__: null, enumerable: true, value: F_OK || 0 },
  R_OK: { __proto__: null, enumerable: true, value: R_OK || 0 },
  W_OK: { __proto__: null, enumerable: true, value: W_OK || 0 },
  X_OK: { __proto__: null, enumerable: true, value: X_OK || 0 },
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/fs/promises').exports;
    },
  },
});
