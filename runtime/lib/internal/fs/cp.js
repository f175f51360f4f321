'use strict';
// fs.cp / fs.cpSync / fs.promises.cp: copies files, directories (recursive), symlinks
// (resolved against the source unless verbatimSymlinks) with filter, force, errorOnExist,
// dereference, preserveTimestamps and mode, and Node's ERR_FS_CP_* errors.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { isPromise } = require('internal/util/types');
const { dirname, isAbsolute, join, resolve, sep } = require('path');

const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

let lazyFs;
function fs() {
  lazyFs ??= require('fs');
  return lazyFs;
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

// Is dest inside src (path-wise)?
function isSrcSubdir(src, dest) {
  const srcArr = resolve(src).split(sep).filter((s) => s !== '');
  const destArr = resolve(dest).split(sep).filter((s) => s !== '');
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function checkStats(src, dest, srcStat, destStat, opts) {
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL({
        message: 'src and dest cannot be the same',
        path: dest,
        syscall: 'cp',
        errno: EINVAL,
        code: 'EINVAL',
      });
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR({
        message: `cannot overwrite non-directory ${dest} with directory ${src}`,
        path: dest,
        syscall: 'cp',
        errno: EISDIR,
        code: 'EISDIR',
      });
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR({
        message: `cannot overwrite directory ${dest} with non-directory ${src}`,
        path: dest,
        syscall: 'cp',
        errno: ENOTDIR,
        code: 'ENOTDIR',
      });
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL({
      message: `cannot copy ${src} to a subdirectory of self ${dest}`,
      path: dest,
      syscall: 'cp',
      errno: EINVAL,
      code: 'EINVAL',
    });
  }
}

function typeError(srcStat, src, dest) {
  if (srcStat.isSocket()) {
    return new ERR_FS_CP_SOCKET({
      message: `cannot copy a socket file: ${dest}`,
      path: dest,
      syscall: 'cp',
      errno: EINVAL,
      code: 'EINVAL',
    });
  }
  if (srcStat.isFIFO()) {
    return new ERR_FS_CP_FIFO_PIPE({
      message: `cannot copy a FIFO pipe: ${dest}`,
      path: dest,
      syscall: 'cp',
      errno: EINVAL,
      code: 'EINVAL',
    });
  }
  return new ERR_FS_CP_UNKNOWN({
    message: `cannot copy an unknown file type: ${dest}`,
    path: dest,
    syscall: 'cp',
    errno: EINVAL,
    code: 'EINVAL',
  });
}

function notRecursiveError(src) {
  return new ERR_FS_EISDIR({
    message: `${src} is a directory (not copied)`,
    path: src,
    syscall: 'cp',
    errno: EISDIR,
    code: 'EISDIR',
  });
}

function symlinkIntoSelfError(src, dest) {
  return new ERR_FS_CP_EINVAL({
    message: `cannot copy ${src} to a subdirectory of self ${dest}`,
    path: dest,
    syscall: 'cp',
    errno: EINVAL,
    code: 'EINVAL',
  });
}

function symlinkToSubdirError(src, dest) {
  return new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY({
    message: `cannot overwrite ${dest} with ${src}`,
    path: dest,
    syscall: 'cp',
    errno: EINVAL,
    code: 'EINVAL',
  });
}

function existsError(dest) {
  return new ERR_FS_CP_EEXIST({
    message: `${dest} already exists`,
    path: dest,
    syscall: 'cp',
    errno: EEXIST,
    code: 'EEXIST',
  });
}

// ---- Synchronous ----

function statsSync(src, dest, opts) {
  const statFunc = opts.dereference ?
    (file) => fs().statSync(file, { bigint: true }) :
    (file) => fs().lstatSync(file, { bigint: true });
  const srcStat = statFunc(src);
  let destStat;
  try {
    destStat = statFunc(dest);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

function cpSyncFn(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = opts.filter(src, dest);
    if (isPromise(shouldCopy)) {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
    }
    if (!shouldCopy) return;
  }
  const { srcStat, destStat } = statsSync(src, dest, opts);
  checkStats(src, dest, srcStat, destStat, opts);
  const destParent = dirname(dest);
  if (!fs().existsSync(destParent)) fs().mkdirSync(destParent, { recursive: true });
  copyEntrySync(srcStat, destStat, src, dest, opts);
}

function copyEntrySync(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory() && opts.recursive) return onDirSync(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) throw notRecursiveError(src);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFileSync(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLinkSync(destStat, src, dest, opts);
  throw typeError(srcStat, src, dest);
}

function onFileSync(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      fs().unlinkSync(dest);
    } else {
      if (opts.errorOnExist) throw existsError(dest);
      return;
    }
  }
  fs().copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only file cannot take new times: make it writable for the call.
    const mode = Number(srcStat.mode);
    if ((mode & 0o200) === 0) fs().chmodSync(dest, mode | 0o200);
    const updated = fs().statSync(src);
    fs().utimesSync(dest, updated.atime, updated.mtime);
  }
  fs().chmodSync(dest, Number(srcStat.mode));
}

function onDirSync(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    fs().mkdirSync(dest);
    copyDirSync(src, dest, opts);
    fs().chmodSync(dest, Number(srcStat.mode));
    return;
  }
  copyDirSync(src, dest, opts);
}

function copyDirSync(src, dest, opts) {
  const dir = fs().opendirSync(src);
  try {
    let dirent;
    while ((dirent = dir.readSync()) !== null) {
      const srcItem = join(src, dirent.name);
      const destItem = join(dest, dirent.name);
      let shouldCopy = true;
      if (opts.filter) {
        shouldCopy = opts.filter(srcItem, destItem);
        if (isPromise(shouldCopy)) {
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
        }
      }
      if (shouldCopy) {
        const { srcStat, destStat } = statsSync(srcItem, destItem, opts);
        checkStats(srcItem, destItem, srcStat, destStat, opts);
        copyEntrySync(srcStat, destStat, srcItem, destItem, opts);
      }
    }
  } finally {
    dir.closeSync();
  }
}

function onLinkSync(destStat, src, dest, opts) {
  let resolvedSrc = fs().readlinkSync(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return fs().symlinkSync(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = fs().readlinkSync(dest);
  } catch (err) {
    // dest is not a link: replace it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs().symlinkSync(resolvedSrc, dest);
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) throw symlinkIntoSelfError(resolvedSrc, resolvedDest);
  const srcStat = fs().statSync(src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw symlinkToSubdirError(resolvedSrc, resolvedDest);
  }
  fs().unlinkSync(dest);
  return fs().symlinkSync(resolvedSrc, dest);
}

// ---- Asynchronous ----

function promises() {
  return require('internal/fs/promises').exports;
}

async function statsAsync(src, dest, opts) {
  const statFunc = opts.dereference ?
    (file) => promises().stat(file, { bigint: true }) :
    (file) => promises().lstat(file, { bigint: true });
  const srcStat = await statFunc(src);
  let destStat;
  try {
    destStat = await statFunc(dest);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

async function cpFn(src, dest, opts) {
  if (opts.filter && !(await opts.filter(src, dest))) return;
  const { srcStat, destStat } = await statsAsync(src, dest, opts);
  checkStats(src, dest, srcStat, destStat, opts);
  const destParent = dirname(dest);
  if (!fs().existsSync(destParent)) await promises().mkdir(destParent, { recursive: true });
  return copyEntryAsync(srcStat, destStat, src, dest, opts);
}

async function copyEntryAsync(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory() && opts.recursive) return onDirAsync(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) throw notRecursiveError(src);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return onFileAsync(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return onLinkAsync(destStat, src, dest, opts);
  throw typeError(srcStat, src, dest);
}

async function onFileAsync(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      await promises().unlink(dest);
    } else {
      if (opts.errorOnExist) throw existsError(dest);
      return;
    }
  }
  await promises().copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    const mode = Number(srcStat.mode);
    if ((mode & 0o200) === 0) await promises().chmod(dest, mode | 0o200);
    const updated = await promises().stat(src);
    await promises().utimes(dest, updated.atime, updated.mtime);
  }
  await promises().chmod(dest, Number(srcStat.mode));
}

async function onDirAsync(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    await promises().mkdir(dest);
    await copyDirAsync(src, dest, opts);
    await promises().chmod(dest, Number(srcStat.mode));
    return;
  }
  await copyDirAsync(src, dest, opts);
}

async function copyDirAsync(src, dest, opts) {
  const dir = await promises().opendir(src);
  for await (const dirent of dir) {
    const srcItem = join(src, dirent.name);
    const destItem = join(dest, dirent.name);
    const shouldCopy = opts.filter ? await opts.filter(srcItem, destItem) : true;
    if (shouldCopy) {
      const { srcStat, destStat } = await statsAsync(srcItem, destItem, opts);
      checkStats(srcItem, destItem, srcStat, destStat, opts);
      await copyEntryAsync(srcStat, destStat, srcItem, destItem, opts);
    }
  }
}

async function onLinkAsync(destStat, src, dest, opts) {
  let resolvedSrc = await promises().readlink(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return promises().symlink(resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = await promises().readlink(dest);
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      return promises().symlink(resolvedSrc, dest);
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) throw symlinkIntoSelfError(resolvedSrc, resolvedDest);
  const srcStat = await promises().stat(src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw symlinkToSubdirError(resolvedSrc, resolvedDest);
  }
  await promises().unlink(dest);
  return promises().symlink(resolvedSrc, dest);
}

module.exports = { cpFn, cpSyncFn };
