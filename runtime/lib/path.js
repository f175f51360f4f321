'use strict';

// node:path — POSIX and Windows path manipulation, both available on every platform
// (`path.posix`, `path.win32`); the default export follows the host platform.

const { validateObject, validateString } = require('internal/validators');

const kSlash = 47; // '/'
const kBackslash = 92; // '\'
const kColon = 58; // ':'
const kDot = 46; // '.'
const kQuestionMark = 63; // '?'

function isPosixPathSeparator(code) {
  return code === kSlash;
}

function isPathSeparator(code) {
  return code === kSlash || code === kBackslash;
}

function isWindowsDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' segments of a path that has no root; empty segments disappear.
// With allowAboveRoot, '..' segments that climb above the start are kept.
function normalizeSegments(path, allowAboveRoot, separator, isSeparator) {
  const out = [];
  let segmentStart = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSeparator(path.charCodeAt(i))) continue;
    const segment = path.slice(segmentStart, i);
    segmentStart = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
    } else {
      out.push(segment);
    }
  }
  return out.join(separator);
}

// The last path component of path[from..]: where it starts and ends (trailing separators
// ignored), and where its extension starts (-1 when there is none, as for '.', '..' and
// dotfiles like '.bashrc').
function scanLastComponent(path, from, isSeparator, startPartDefault = from) {
  let startPart = startPartDefault;
  let end = -1;
  let startDot = -1;
  // What precedes the last dot: 0 nothing yet, 1 only dots, -1 something else.
  let preDotState = 0;
  for (let i = path.length - 1; i >= from; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === kDot) {
      if (startDot === -1) {
        startDot = i;
      } else if (preDotState !== 1) {
        preDotState = 1;
      }
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startPart, end, startDot, preDotState };
}

// Whether the scanned component has an extension; `partStart` is where the component is
// considered to start for the '..' check.
function hasExtension(scan, partStart) {
  const { end, startDot, preDotState } = scan;
  if (startDot === -1 || end === -1 || preDotState === 0) return false;
  // '..' has no extension.
  return !(preDotState === 1 && startDot === end - 1 && startDot === partStart + 1);
}

function basenameFrom(path, suffix, start, isSeparator) {
  let end = -1;
  let inTrailingSeparators = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Walk backwards, matching the suffix against the component while looking for its start.
    let suffixIndex = suffix.length - 1;
    let componentEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSeparator(code)) {
        if (!inTrailingSeparators) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (componentEnd === -1) {
        inTrailingSeparators = false;
        componentEnd = i + 1;
      }
      if (suffixIndex >= 0) {
        if (code === suffix.charCodeAt(suffixIndex)) {
          if (--suffixIndex === -1) end = i;
        } else {
          suffixIndex = -1;
          end = componentEnd;
        }
      }
    }
    if (start === end) {
      end = componentEnd;
    } else if (end === -1) {
      end = path.length;
    }
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; --i) {
    if (isSeparator(path.charCodeAt(i))) {
      if (!inTrailingSeparators) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      inTrailingSeparators = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------------------
// Windows

// Matches the `\\server\share` prefix of a UNC path; null when the path does not start
// with two separators, a server name, separators and a share name.
function matchUncRoot(path) {
  const len = path.length;
  if (len < 2 || !isPathSeparator(path.charCodeAt(0)) || !isPathSeparator(path.charCodeAt(1))) {
    return null;
  }
  let j = 2;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return null;
  const server = path.slice(2, j);
  const afterServer = j;
  while (j < len && isPathSeparator(path.charCodeAt(j))) j++;
  if (j === len || j === afterServer) return null;
  const shareStart = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

// `\\.\` and `\\?\` start device and verbatim paths: the root is the prefix alone and
// what follows is an ordinary path.
function isDeviceNamespace(server) {
  return server === '.' || server === '?';
}

// DOS device names that Windows resolves to devices in any directory.
const kReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Whether a colon in the path ends a path component ('a:' or 'a:\b').
function hasComponentEndingInColon(path) {
  for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i + 1 === path.length || isPathSeparator(path.charCodeAt(i + 1))) return true;
  }
  return false;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // Windows keeps one working directory per drive, in the hidden `=X:` variables;
        // without one for our drive, the drive's root is used.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === kBackslash)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const len = path.length;
      let rootEnd = 0;
      let device = '';
      let isAbsolute = false;
      const code = path.charCodeAt(0);

      if (len === 1) {
        if (isPathSeparator(code)) {
          rootEnd = 1;
          isAbsolute = true;
        }
      } else if (isPathSeparator(code)) {
        isAbsolute = true;
        if (isPathSeparator(path.charCodeAt(1))) {
          const unc = matchUncRoot(path);
          if (unc !== null) {
            if (isDeviceNamespace(unc.server)) {
              device = `\\\\${unc.server}`;
              rootEnd = unc.shareStart;
            } else {
              device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
              rootEnd = unc.shareEnd;
            }
          }
        } else {
          rootEnd = 1;
        }
      } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === kColon) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      }

      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // A path on another drive does not contribute.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);
    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    let reservedDevice = false;
    const code = path.charCodeAt(0);

    if (len === 1) {
      return isPosixPathSeparator(code) ? '\\' : path;
    }
    if (isPathSeparator(code)) {
      isAbsolute = true;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null) {
          if (isDeviceNamespace(unc.server)) {
            device = `\\\\${unc.server}`;
            rootEnd = unc.shareStart;
          } else {
            // A bare UNC root is returned as a directory.
            if (unc.shareEnd === len) return `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === kColon) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
        isAbsolute = true;
        rootEnd = 3;
      }
    } else {
      // A DOS device name before the first colon ('NUL:x') is kept as a prefix and the
      // result is marked relative with '.\'. Node 20 compares the text before the first
      // colon, or everything but the last character when there is no colon.
      const colonIndex = path.indexOf(':');
      if (kReservedNames.has(path.slice(0, colonIndex).toUpperCase())) {
        reservedDevice = true;
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';
    if (reservedDevice) return `.\\${device}${tail}`;
    if (!isAbsolute && device === undefined && path.includes(':')) {
      // Keep a relative result from reading as a drive ('c:x') or a stream ('a:\b').
      if ((tail.length >= 2 && isWindowsDeviceRoot(tail.charCodeAt(0)) &&
           tail.charCodeAt(1) === kColon) ||
          hasComponentEndingInColon(path)) {
        return `.\\${tail}`;
      }
    }
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isPathSeparator(code) ||
      (len > 2 && isWindowsDeviceRoot(code) && path.charCodeAt(1) === kColon &&
       isPathSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = firstPart = arg;
        } else {
          joined += `\\${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';

    // Leading separators would make normalize() read a UNC root; collapse them unless the
    // first part clearly is one (exactly two separators, then a name), which also lets
    // join('//server', 'share') build '\\server\share\'.
    let needsReplace = true;
    let slashCount = 0;
    if (isPathSeparator(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isPathSeparator(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isPathSeparator(firstPart.charCodeAt(2))) {
            ++slashCount;
          } else {
            needsReplace = false;
          }
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isPathSeparator(joined.charCodeAt(slashCount))) {
        slashCount++;
      }
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  // Windows paths compare case-insensitively; the result keeps the case of `to`.
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    // Ignore leading backslashes, and trailing ones (only UNC roots have them).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === kBackslash) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === kBackslash) fromEnd--;
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === kBackslash) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === kBackslash) toEnd--;
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === kBackslash) lastCommonSep = i;
    }

    if (i !== length) {
      // Different roots: there is no relative path.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `to` continues below `from` ('C:\a' -> 'C:\a\b'), or `from` is a drive root.
        if (to.charCodeAt(toStart + i) === kBackslash) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        // `from` continues below `to` ('C:\a\b' -> 'C:\a'), or `to` is a drive root.
        if (from.charCodeAt(fromStart + i) === kBackslash) {
          lastCommonSep = i;
        } else if (i === 2) {
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === kBackslash) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }

    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === kBackslash) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  // 'C:\x' -> '\\?\C:\x', '\\server\share\x' -> '\\?\UNC\server\share\x'.
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === kBackslash) {
      if (resolvedPath.charCodeAt(1) === kBackslash) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== kQuestionMark && code !== kDot) {
          return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
        }
      }
    } else if (isWindowsDeviceRoot(resolvedPath.charCodeAt(0)) &&
               resolvedPath.charCodeAt(1) === kColon &&
               resolvedPath.charCodeAt(2) === kBackslash) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);

    if (len === 1) return isPathSeparator(code) ? path : '.';

    if (isPathSeparator(code)) {
      rootEnd = offset = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null) {
          // A bare UNC root is its own dirname.
          if (unc.shareEnd === len) return path;
          rootEnd = offset = unc.shareEnd + 1;
        }
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === kColon) {
      rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }

    let end = -1;
    let inTrailingSeparators = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isPathSeparator(path.charCodeAt(i))) {
        if (!inTrailingSeparators) {
          end = i;
          break;
        }
      } else {
        inTrailingSeparators = false;
      }
    }

    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // After a drive letter, a separator belongs to the root, not to the last component.
    const start = path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) &&
      path.charCodeAt(1) === kColon ? 2 : 0;
    return basenameFrom(path, suffix, start, isPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === kColon &&
      isWindowsDeviceRoot(path.charCodeAt(0)) ? 2 : 0;
    const scan = scanLastComponent(path, start, isPathSeparator);
    if (!hasExtension(scan, scan.startPart)) return '';
    return path.slice(scan.startDot, scan.end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;

    const len = path.length;
    let rootEnd = 0;
    const code = path.charCodeAt(0);

    if (len === 1) {
      if (isPathSeparator(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isPathSeparator(code)) {
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = matchUncRoot(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === kColon) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isPathSeparator(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const scan = scanLastComponent(path, rootEnd, isPathSeparator);
    const { startPart, end, startDot } = scan;
    if (end !== -1) {
      if (!hasExtension(scan, startPart)) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }

    // A directory that is the root keeps its trailing separator ('C:\abc' -> 'C:\').
    if (startPart > 0 && startPart !== rootEnd) {
      ret.dir = path.slice(0, startPart - 1);
    } else {
      ret.dir = ret.root;
    }
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------------------
// POSIX

function posixCwd() {
  return process.cwd();
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    // Right to left until an absolute path is found, then the working directory.
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === kSlash;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, '/', isPosixPathSeparator);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === kSlash;
    const trailingSeparator = path.charCodeAt(path.length - 1) === kSlash;
    path = normalizeSegments(path, !isAbsolute, '/', isPosixPathSeparator);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === kSlash;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = arg;
        } else {
          joined += `/${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const up = new Array(fromParts.length - common).fill('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === kSlash;
    let end = -1;
    let inTrailingSeparators = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === kSlash) {
        if (!inTrailingSeparators) {
          end = i;
          break;
        }
      } else {
        inTrailingSeparators = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const scan = scanLastComponent(path, 0, isPosixPathSeparator);
    if (!hasExtension(scan, scan.startPart)) return '';
    return path.slice(scan.startDot, scan.end);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === kSlash;
    if (isAbsolute) ret.root = '/';
    // The scan stops before the root; startPart stays 0 when no separator precedes the
    // last component, and the '..' check compares against that 0.
    const scan = scanLastComponent(path, isAbsolute ? 1 : 0, isPosixPathSeparator, 0);
    const { startPart, end, startDot } = scan;
    if (end !== -1) {
      const start = startPart === 0 && isAbsolute ? 1 : startPart;
      if (!hasExtension(scan, startPart)) {
        ret.base = ret.name = path.slice(start, end);
      } else {
        ret.name = path.slice(start, startDot);
        ret.base = path.slice(start, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) {
      ret.dir = path.slice(0, startPart - 1);
    } else if (isAbsolute) {
      ret.dir = '/';
    }
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Node's historical name for toNamespacedPath.
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
