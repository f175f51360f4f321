'use strict';
// fs.promises / node:fs/promises: the promise API and FileHandle, on the asynchronous forms of
// internalBinding('fs') calls (each resolves from the thread pool's completion callback).

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  UVException,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STRING_TOO_LONG,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  constants,
  copyObject,
  direntTypeFromMode,
  Dirent,
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
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const { F_OK, O_SYMLINK, O_WRONLY, UV_DIRENT_UNKNOWN } = constants;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kLocked = Symbol('kLocked');

let lazyFastBuffer;
let lazyBufferClass;
function lazyBuffer() {
  lazyBufferClass ??= require('buffer').Buffer;
  return lazyBufferClass;
}

// Calls binding.<name>(...args, callback) and settles with its result.
function call(method, ...args) {
  return new Promise((resolve, reject) => {
    method(...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// binding.readFileAll as a promise (the hot path of fs.promises.readFile, so without the
// generic call()'s argument arrays).
function readFileAll(path, flags, utf8) {
  return new Promise((resolve, reject) => {
    binding.readFileAll(path, flags, utf8, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const kReadFileDefaults = Object.freeze({ __proto__: null, flag: 'r' });

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kLocked] = false;
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = call(binding.close, fd).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }

  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    const { ReadableStream } = require('stream/web');
    const handle = this;
    let position = 0;
    return new ReadableStream({
      type: options?.type === 'bytes' ? 'bytes' : undefined,
      async pull(controller) {
        const buffer = lazyBuffer().allocUnsafe(65536);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) {
          controller.close();
          handle[kLocked] = false;
          return;
        }
        position += bytesRead;
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
      cancel() {
        handle[kLocked] = false;
      },
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      call(binding.close, fd).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

async function fsCall(fn, handle, ...args) {
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function fdOf(handle) {
  return handle instanceof FileHandle ? handle.fd : handle;
}

// ---- Whole files ----

function fileResult(result, encoding) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(result);
  if (result === false) {
    throw new ERR_STRING_TOO_LONG(require('buffer').constants.MAX_STRING_LENGTH.toString(16));
  }
  if (typeof result === 'string') return result;
  // node:buffer completes FastBuffer's prototype: load it first.
  lazyFastBuffer ??= (require('buffer'), require('internal/buffer').FastBuffer);
  const buffer = new lazyFastBuffer(result);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

async function readFileHandle(filehandle, options) {
  options = getOptions(options, { flag: 'r' });
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const result = await call(binding.readFileAll, filehandle.fd, 0, isUtf8(encoding));
  checkAborted(signal);
  return fileResult(result, encoding);
}

// Not an async function: the common path returns the binding's promise with one then(), and
// argument errors still reject instead of throwing.
function readFile(path, options) {
  try {
    options = getOptions(options, kReadFileDefaults);
    const flag = options.flag || 'r';
    if (path instanceof FileHandle) return readFileHandle(path, options);
    checkAborted(options.signal);
    path = getValidatedPath(path);
    const { encoding, signal } = options;
    return readFileAll(path, stringToFlags(flag), isUtf8(encoding)).then((result) => {
      checkAborted(signal);
      return fileResult(result, encoding);
    });
  } catch (error) {
    return Promise.reject(error);
  }
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !isArrayBufferView(obj) &&
    (typeof obj[Symbol.iterator] === 'function' || typeof obj[Symbol.asyncIterator] === 'function');
}

async function writeIterable(fd, data, encoding, signal) {
  for await (const chunk of data) {
    checkAborted(signal);
    let bytes = chunk;
    if (typeof chunk === 'string') {
      bytes = lazyBuffer().from(chunk, encoding || 'utf8');
    } else if (!isArrayBufferView(chunk)) {
      validateStringAfterArrayBufferView(chunk, 'data');
    }
    let offset = 0;
    while (offset < bytes.byteLength) {
      offset += await call(binding.writeBuffer, fd, bytes, offset, bytes.byteLength - offset, null);
    }
  }
}

async function writeFileHandle(filehandle, data, options) {
  options = getOptions(options, { encoding: 'utf8' });
  const signal = options.signal;
  checkAborted(signal);
  if (isCustomIterable(data)) {
    await writeIterable(filehandle.fd, data, options.encoding, signal);
    return;
  }
  if (!isArrayBufferView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    if (!isUtf8(options.encoding || 'utf8')) data = lazyBuffer().from(data, options.encoding);
  }
  await call(binding.writeFileAll, filehandle.fd, data, 0, 0o666);
  checkAborted(signal);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    if (!isUtf8(options.encoding || 'utf8')) data = lazyBuffer().from(data, options.encoding);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!flush && !isCustomIterable(data)) {
    await call(binding.writeFileAll, path, data, stringToFlags(flag), mode);
    checkAborted(options.signal);
    return;
  }
  const fd = await call(binding.open, path, stringToFlags(flag), mode);
  try {
    if (isCustomIterable(data)) {
      await writeIterable(fd, data, options.encoding, options.signal);
    } else {
      await call(binding.writeFileAll, fd, data, 0, mode);
    }
    if (flush) await call(binding.fsync, fd);
  } finally {
    await call(binding.close, fd);
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

// ---- Descriptor calls (FileHandle methods) ----

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // read(params)
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const bytesRead = (await call(binding.read, fdOf(handle), buffer, offset, length, position)) ||
    0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call(binding.readBuffers, fdOf(handle), buffers, position)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten =
      (await call(binding.writeBuffer, fdOf(handle), buffer, offset, length, position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = lazyBuffer().from(buffer, lazyBuffer().isEncoding(length) ? length : 'utf8');
  const bytesWritten = (await call(binding.writeBuffer, fdOf(handle), bytes, 0, bytes.length,
                                   typeof offset === 'number' ? offset : null)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call(binding.writeBuffers, fdOf(handle), buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call(binding.fstat, fdOf(handle), options.bigint));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  return call(binding.ftruncate, fdOf(handle), Math.max(0, len));
}

async function fsync(handle) {
  return call(binding.fsync, fdOf(handle));
}

async function fdatasync(handle) {
  return call(binding.fdatasync, fdOf(handle));
}

async function fchmod(handle, mode) {
  return call(binding.fchmod, fdOf(handle), parseFileMode(mode, 'mode'));
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call(binding.fchown, fdOf(handle), uid, gid);
}

async function futimes(handle, atime, mtime) {
  return call(binding.futimes, fdOf(handle), toUnixTimestamp(atime, 'atime'),
              toUnixTimestamp(mtime, 'mtime'));
}

// ---- Path calls ----

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call(binding.access, path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call(binding.copyFile, src, dest, mode);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  return require('internal/fs/cp').cpFn(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(binding.rename, oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return fd.truncate(len).finally(fd.close);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = await new Promise((resolve, reject) => {
    validateRmOptions(path, options, false, require('fs').lstat, (err, opts) => {
      if (err) reject(err);
      else resolve(opts);
    });
  });
  return require('internal/fs/rimraf').rimrafPromises(path, options);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    const stats = await stat(path);
    if (stats.isDirectory()) return require('internal/fs/rimraf').rimrafPromises(path, options);
  }
  return call(binding.rmdir, path);
}

// mkdir -p with the same result and errors as fs.mkdirSync({ recursive: true }).
async function mkdirp(path, mode) {
  const target = pathModule.resolve(typeof path === 'string' ? path : path.toString());
  let first;
  const make = async (dir) => {
    try {
      await call(binding.mkdir, dir, mode);
      first ??= dir;
      return;
    } catch (error) {
      if (error.code === 'EEXIST') {
        if (binding.internalModuleStat(dir) === 1) return;
        throw error;
      }
      if (error.code !== 'ENOENT' || pathModule.dirname(dir) === dir) throw error;
    }
    await make(pathModule.dirname(dir));
    try {
      await call(binding.mkdir, dir, mode);
      first ??= dir;
    } catch (error) {
      if (error.code === 'EEXIST' && binding.internalModuleStat(dir) === 1) return;
      throw error;
    }
  };
  try {
    await make(target);
  } catch (error) {
    throw UVException({ errno: error.errno, syscall: 'mkdir', path });
  }
  // Parents are made before children, so the first success is the topmost new directory.
  return first;
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const parsedMode = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return mkdirp(path, parsedMode);
  return call(binding.mkdir, path, parsedMode);
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    return require('fs').readdirSync(path, options);
  }
  const base = typeof path === 'string' ? path : path.toString();
  const raw = await call(binding.readdir, path, Boolean(options.withFileTypes));
  if (options.withFileTypes) {
    const [names, types] = raw;
    const out = [];
    for (let i = 0; i < names.length; i++) {
      let type = types[i];
      if (type === UV_DIRENT_UNKNOWN) {
        try {
          const stats = await call(binding.lstat, pathModule.join(base, names[i]), false);
          type = direntTypeFromMode(stats[1]);
        } catch {
          // Keep unknown.
        }
      }
      out.push(new Dirent(encodeName(names[i], options.encoding), type, base));
    }
    return out;
  }
  if (options.encoding && !isUtf8(options.encoding)) {
    return raw.map((name) => encodeName(name, options.encoding));
  }
  return raw;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call(binding.readlink, path), options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return call(binding.symlink, target, path, stringToSymlinkType(type));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.lstat, path, options.bigint));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.stat, path, options.bigint));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call(binding.statfs, path, options.bigint));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(binding.link, existingPath, newPath);
}

async function unlink(path) {
  return call(binding.unlink, getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call(binding.chmod, path, mode);
}

async function lchmod(path, mode) {
  if (O_SYMLINK === undefined) throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
  const fd = await open(path, O_WRONLY | O_SYMLINK);
  return fd.chmod(mode).finally(fd.close);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call(binding.lchown, path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call(binding.chown, path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call(binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call(binding.realpath, path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(await call(binding.mkdtemp, prefix), options.encoding);
}

function watch(filename, options = kEmptyObject) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const exports_ = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = {
  exports: exports_,
  FileHandle,
  kRef,
  kUnref,
  mkdirp,
  readFile,
};
