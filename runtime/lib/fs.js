'use strict';
// node:fs — the first part: the calls programs and the loader need most. The complete module
// (streams, FileHandle, watch, cp, ...) is tracked by the core I/O issue.

const binding = internalBinding('fs');
const { fs: constants } = internalBinding('constants');
const pathModule = require('path');

function lazyErrors() { return require('internal/errors').codes; }

function toPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path instanceof URL) return require('internal/url').fileURLToPath(path);
  if (typeof Buffer === 'function' && Buffer.isBuffer(path)) return path.toString();
  throw new (lazyErrors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], path);
}

function maybeCallback(callback) {
  if (typeof callback !== 'function') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('cb', 'function', callback);
  }
  return callback;
}

const kFlags = {
  r: constants.O_RDONLY,
  rs: constants.O_RDONLY | constants.O_SYNC,
  sr: constants.O_RDONLY | constants.O_SYNC,
  'r+': constants.O_RDWR,
  'rs+': constants.O_RDWR | constants.O_SYNC,
  'sr+': constants.O_RDWR | constants.O_SYNC,
  w: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY,
  wx: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  xw: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  'w+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR,
  'wx+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'xw+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  a: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY,
  ax: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  xa: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  as: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_SYNC,
  sa: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_SYNC,
  'a+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR,
  'ax+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'xa+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'as+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_SYNC,
  'sa+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return constants.O_RDONLY;
  const value = kFlags[flags];
  if (value === undefined) throw new (lazyErrors().ERR_INVALID_ARG_VALUE)(name, flags);
  return value;
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  return { ...defaults, ...options };
}

class Stats {
  constructor(fields) {
    this.dev = fields[0];
    this.mode = fields[1];
    this.nlink = fields[2];
    this.uid = fields[3];
    this.gid = fields[4];
    this.rdev = fields[5];
    this.blksize = fields[6];
    this.ino = fields[7];
    this.size = fields[8];
    this.blocks = fields[9];
    this.atimeMs = fields[10];
    this.mtimeMs = fields[11];
    this.ctimeMs = fields[12];
    this.birthtimeMs = fields[13];
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }
  #type() { return this.mode & constants.S_IFMT; }
  isFile() { return this.#type() === constants.S_IFREG; }
  isDirectory() { return this.#type() === constants.S_IFDIR; }
  isSymbolicLink() { return this.#type() === constants.S_IFLNK; }
  isBlockDevice() { return this.#type() === constants.S_IFBLK; }
  isCharacterDevice() { return this.#type() === constants.S_IFCHR; }
  isFIFO() { return this.#type() === constants.S_IFIFO; }
  isSocket() { return this.#type() === constants.S_IFSOCK; }
}

function statSync(path, options) {
  try {
    return new Stats(binding.stat(toPath(path)));
  } catch (error) {
    if (options?.throwIfNoEntry === false && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function lstatSync(path, options) {
  try {
    return new Stats(binding.lstat(toPath(path)));
  } catch (error) {
    if (options?.throwIfNoEntry === false && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function fstatSync(fd) { return new Stats(binding.fstat(fd)); }

function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  binding.stat(toPath(path), (error, fields) => callback(error, error ? undefined : new Stats(fields)));
}

function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  binding.lstat(toPath(path), (error, fields) => callback(error, error ? undefined : new Stats(fields)));
}

function existsSync(path) {
  try {
    binding.access(toPath(path), constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path, callback) {
  maybeCallback(callback);
  let filename;
  try {
    filename = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(filename, constants.F_OK, (error) => callback(!error));
}

function accessSync(path, mode = constants.F_OK) { binding.access(toPath(path), mode); }

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  binding.access(toPath(path), mode, maybeCallback(callback));
}

function openSync(path, flags, mode = 0o666) {
  return binding.open(toPath(path), stringToFlags(flags), mode);
}

function open(path, flags, mode, callback) {
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  binding.open(toPath(path), stringToFlags(flags), mode ?? 0o666, maybeCallback(callback));
}

function closeSync(fd) { binding.close(fd); }
function close(fd, callback = () => {}) { binding.close(fd, maybeCallback(callback)); }

function decode(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') {
    return typeof Buffer === 'function' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }
  if (typeof Buffer === 'function') {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
  }
  return new (require('internal/encoding').TextDecoder)().decode(bytes);
}

function readAllSync(fd) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(total < 65536 ? 65536 : total);
    const n = binding.read(fd, chunk, 0, chunk.length, -1);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function readFileSync(path, options) {
  const { encoding, flag } = getOptions(options, { encoding: null, flag: 'r' });
  if ((encoding === 'utf8' || encoding === 'utf-8') && typeof path === 'string' &&
      stringToFlags(flag) === constants.O_RDONLY) {
    return binding.readFileUtf8(path);
  }
  const isFd = typeof path === 'number';
  const fd = isFd ? path : openSync(path, flag);
  try {
    return decode(readAllSync(fd), encoding);
  } finally {
    if (!isFd) closeSync(fd);
  }
}

function readFile(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  const { encoding, flag } = getOptions(options, { encoding: null, flag: 'r' });
  const chunks = [];
  let total = 0;
  const finish = (fd, error) => {
    const done = () => {
      if (error) return callback(error);
      const out = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      let result;
      try {
        result = decode(out, encoding);
      } catch (decodeError) {
        return callback(decodeError);
      }
      callback(null, result);
    };
    if (typeof path === 'number') done();
    else binding.close(fd, () => done());
  };
  const readChunk = (fd) => {
    const chunk = new Uint8Array(65536);
    binding.read(fd, chunk, 0, chunk.length, -1, (error, n) => {
      if (error) return finish(fd, error);
      if (n === 0) return finish(fd, null);
      chunks.push(chunk.subarray(0, n));
      total += n;
      readChunk(fd);
    });
  };
  if (typeof path === 'number') {
    readChunk(path);
    return;
  }
  binding.open(toPath(path), stringToFlags(flag), 0o666, (error, fd) => {
    if (error) return callback(error);
    readChunk(fd);
  });
}

function toBytes(data, encoding) {
  if (typeof data === 'string') {
    if (typeof Buffer === 'function') return Buffer.from(data, encoding || 'utf8');
    return new (require('internal/encoding').TextEncoder)().encode(data);
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeAllSync(fd, bytes, position) {
  let offset = 0;
  while (offset < bytes.length) {
    const n = binding.writeBuffer(fd, bytes, offset, bytes.length - offset,
                                  position === null || position === undefined ? -1 : position + offset);
    offset += n;
  }
}

function writeFileSync(path, data, options) {
  const { encoding, mode, flag } = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, encoding);
  const isFd = typeof path === 'number';
  const fd = isFd ? path : openSync(path, flag, mode);
  try {
    writeAllSync(fd, bytes, null);
  } finally {
    if (!isFd) closeSync(fd);
  }
}

function appendFileSync(path, data, options) {
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, opts);
}

function writeFile(path, data, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  const { encoding, mode, flag } = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  let bytes;
  try {
    bytes = toBytes(data, encoding);
  } catch (error) {
    process.nextTick(callback, error);
    return;
  }
  const writeFrom = (fd, offset, done) => {
    if (offset >= bytes.length) return done(null);
    binding.writeBuffer(fd, bytes, offset, bytes.length - offset, -1, (error, n) => {
      if (error) return done(error);
      writeFrom(fd, offset + n, done);
    });
  };
  if (typeof path === 'number') {
    writeFrom(path, 0, callback);
    return;
  }
  binding.open(toPath(path), stringToFlags(flag), mode, (error, fd) => {
    if (error) return callback(error);
    writeFrom(fd, 0, (writeError) => binding.close(fd, (closeError) => callback(writeError || closeError || null)));
  });
}

function appendFile(path, data, options, callback) {
  if (typeof options === 'function') callback = options;
  const opts = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFile(path, data, opts, callback);
}

class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this[kType] = type;
  }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
}
const kType = Symbol('type');

function readdirSync(path, options) {
  const { withFileTypes, recursive } = getOptions(options, { withFileTypes: false, recursive: false });
  const root = toPath(path);
  const results = [];
  const visit = (dir, prefix) => {
    const [names, types] = binding.readdir(dir, true);
    for (let i = 0; i < names.length; i++) {
      let type = types[i];
      if (type === constants.UV_DIRENT_UNKNOWN) {
        const mode = binding.lstat(pathModule.join(dir, names[i]))[1] & constants.S_IFMT;
        type = mode === constants.S_IFDIR ? constants.UV_DIRENT_DIR
          : mode === constants.S_IFLNK ? constants.UV_DIRENT_LINK : constants.UV_DIRENT_FILE;
      }
      results.push(withFileTypes ? new Dirent(names[i], type, dir) : prefix + names[i]);
      if (recursive && type === constants.UV_DIRENT_DIR) {
        visit(pathModule.join(dir, names[i]), `${prefix}${names[i]}/`);
      }
    }
  };
  visit(root, '');
  return results;
}

function readdir(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  let result;
  let failure = null;
  try {
    result = readdirSync(path, options);
  } catch (error) {
    failure = error;
  }
  process.nextTick(() => (failure ? callback(failure) : callback(null, result)));
}

function mkdirSync(path, options) {
  const { recursive, mode } = typeof options === 'number'
    ? { recursive: false, mode: options }
    : getOptions(options, { recursive: false, mode: 0o777 });
  const target = toPath(path);
  if (!recursive) {
    binding.mkdir(target, mode);
    return undefined;
  }
  const absolute = pathModule.resolve(target);
  const firstCreated = [];
  const makeTracked = (dir) => {
    if (existsSync(dir)) {
      if ((binding.stat(dir)[1] & constants.S_IFMT) !== constants.S_IFDIR) {
        binding.mkdir(dir, mode);  // throws EEXIST/ENOTDIR as Node does
      }
      return;
    }
    makeTracked(pathModule.dirname(dir));
    binding.mkdir(dir, mode);
    firstCreated.push(dir);
  };
  makeTracked(absolute);
  return firstCreated[0];
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  let result;
  let failure = null;
  try {
    result = mkdirSync(path, typeof options === 'function' ? undefined : options);
  } catch (error) {
    failure = error;
  }
  process.nextTick(() => (failure ? callback(failure) : callback(null, result)));
}

function unlinkSync(path) { binding.unlink(toPath(path)); }
function unlink(path, callback) { binding.unlink(toPath(path), maybeCallback(callback)); }
function rmdirSync(path) { binding.rmdir(toPath(path)); }
function rmdir(path, options, callback) {
  if (typeof options === 'function') callback = options;
  binding.rmdir(toPath(path), maybeCallback(callback));
}
function renameSync(from, to) { binding.rename(toPath(from, 'oldPath'), toPath(to, 'newPath')); }
function rename(from, to, callback) {
  binding.rename(toPath(from, 'oldPath'), toPath(to, 'newPath'), maybeCallback(callback));
}

function rmSync(path, options) {
  const { recursive, force } = getOptions(options, { recursive: false, force: false });
  const target = toPath(path);
  let fields;
  try {
    fields = binding.lstat(target);
  } catch (error) {
    if (force && error.code === 'ENOENT') return;
    throw error;
  }
  if ((fields[1] & constants.S_IFMT) === constants.S_IFDIR) {
    if (!recursive) {
      const error = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${target}`);
      error.code = 'ERR_FS_EISDIR';
      throw error;
    }
    for (const name of binding.readdir(target, false)) {
      rmSync(pathModule.join(target, name), { recursive, force });
    }
    binding.rmdir(target);
    return;
  }
  binding.unlink(target);
}

function rm(path, options, callback) {
  if (typeof options === 'function') callback = options;
  maybeCallback(callback);
  let failure = null;
  try {
    rmSync(path, typeof options === 'function' ? undefined : options);
  } catch (error) {
    failure = error;
  }
  process.nextTick(() => callback(failure));
}

function realpathSync(path, options) {
  const result = binding.realpath(toPath(path));
  return options?.encoding === 'buffer' ? Buffer.from(result) : result;
}
realpathSync.native = realpathSync;

function realpath(path, options, callback) {
  if (typeof options === 'function') callback = options;
  binding.realpath(toPath(path), maybeCallback(callback));
}
realpath.native = realpath;

function mkdtempSync(prefix, options) {
  const result = binding.mkdtemp(toPath(prefix, 'prefix'));
  return options?.encoding === 'buffer' ? Buffer.from(result) : result;
}
function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') callback = options;
  binding.mkdtemp(toPath(prefix, 'prefix'), maybeCallback(callback));
}
// The type argument ('file', 'dir', 'junction') matters on Windows only.
function symlinkSync(target, path, type) {
  binding.symlink(toPath(target, 'target'), toPath(path), 0);
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  binding.symlink(toPath(target, 'target'), toPath(path), 0, maybeCallback(callback));
}
function readlinkSync(path) { return binding.readlink(toPath(path)); }
function readlink(path, options, callback) {
  if (typeof options === 'function') callback = options;
  binding.readlink(toPath(path), maybeCallback(callback));
}

function readSync(fd, buffer, offset = 0, length = buffer.byteLength - offset, position = null) {
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  return binding.read(fd, buffer, offset, length, position ?? -1);
}

function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  if (typeof data === 'string') {
    const bytes = toBytes(data, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8');
    return binding.writeBuffer(fd, bytes, 0, bytes.length, offsetOrPosition ?? -1);
  }
  const offset = offsetOrPosition ?? 0;
  const length = lengthOrEncoding ?? data.byteLength - offset;
  return binding.writeBuffer(fd, data, offset, length, position ?? -1);
}

module.exports = {
  constants,
  Stats,
  Dirent,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  access, accessSync,
  appendFile, appendFileSync,
  close, closeSync,
  exists, existsSync,
  fstatSync,
  lstat, lstatSync,
  mkdir, mkdirSync,
  mkdtemp, mkdtempSync,
  open, openSync,
  readdir, readdirSync,
  readFile, readFileSync,
  readlink, readlinkSync,
  readSync,
  realpath, realpathSync,
  rename, renameSync,
  rm, rmSync,
  rmdir, rmdirSync,
  stat, statSync,
  symlink, symlinkSync,
  unlink, unlinkSync,
  writeFile, writeFileSync,
  writeSync,
};
