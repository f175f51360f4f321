'use strict';
// file: URLs as strings, for the hot paths of the ES module loader: the URL of a path, the path
// of a URL, and a relative or absolute specifier resolved against a file: URL. The results
// are what the WHATWG URL parser and url.pathToFileURL/fileURLToPath give for file: URLs
// (percent-encoding, dot segments, query and fragment), without building URL objects.

function lazyErrors() { return require('internal/errors').codes; }

// ASCII bytes that a path keeps as they are in a file: URL, as Node's pathToFileURL writes it:
// everything but controls, space and " # % < > ? [ \ ] ^ ` { | } ~ DEL.
const kPathSafe = /^[A-Za-z0-9\-._!$&'()*+,;=:@/]*$/;
const kQuerySafe = /^[^\x00-\x20"#<>'\x7f-\uffff]*$/;
const kFragmentSafe = /^[^\x00-\x20"<>`\x7f-\uffff]*$/;

function hex(byte) { return `%${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`; }

// Percent-encodes the characters of `text` that `keep` does not accept (a RegExp that tests a
// single character), as UTF-8. Existing escapes are kept when `keepPercent` is set.
function encodeSet(text, keep, keepPercent) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i];
    if (code < 0x80) {
      if (code === 0x25 /* % */ ? keepPercent : keep.test(char)) {
        out += char;
      } else {
        out += hex(code);
      }
      continue;
    }
    let codePoint = code;
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        codePoint = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        i++;
      }
    }
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) codePoint = 0xFFFD;
    if (codePoint < 0x800) {
      out += hex(0xC0 | (codePoint >> 6)) + hex(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
      out += hex(0xE0 | (codePoint >> 12)) + hex(0x80 | ((codePoint >> 6) & 0x3F)) +
        hex(0x80 | (codePoint & 0x3F));
    } else {
      out += hex(0xF0 | (codePoint >> 18)) + hex(0x80 | ((codePoint >> 12) & 0x3F)) +
        hex(0x80 | ((codePoint >> 6) & 0x3F)) + hex(0x80 | (codePoint & 0x3F));
    }
  }
  return out;
}

const kPathChar = /[A-Za-z0-9\-._!$&'()*+,;=:@/]/;
// What the URL parser leaves alone in the path of a relative URL (it encodes less than
// pathToFileURL: [ \ ] ^ | ~ stay).
const kURLPathSafe = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]^|%]*$/;
const kURLPathChar = /[A-Za-z0-9\-._~!$&'()*+,;=:@/[\]^|]/;
const kQueryChar = /[^\x00-\x20"#<>'\x7f]/;
const kFragmentChar = /[^\x00-\x20"<>`\x7f]/;

// url.pathToFileURL(path).href for an absolute, normalized path.
function pathToFileHref(path) {
  if (kPathSafe.test(path)) return `file://${path}`;
  return `file://${encodeSet(path, kPathChar, false)}`;
}

// Removes the dot segments of an absolute URL path ('/a/./b/../c' -> '/a/c'), counting '%2e'
// as '.' as the URL parser does.
function removeDotSegments(path) {
  if (!path.includes('/.') && !/%2e/i.test(path)) return path;
  const input = path.split('/');
  const output = [];
  for (let i = 1; i < input.length; i++) {
    const segment = input[i];
    const last = i === input.length - 1;
    const lower = segment.length <= 6 ? segment.toLowerCase() : segment;
    if (lower === '.' || lower === '%2e') {
      if (last) output.push('');
    } else if (lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e') {
      output.pop();
      if (last) output.push('');
    } else {
      output.push(segment);
    }
  }
  return `/${output.join('/')}`;
}

// Splits `text` at its first '?' or '#': [path, query (with '?'), fragment (with '#')].
function splitURLTail(text) {
  const hash = text.indexOf('#');
  const beforeHash = hash === -1 ? text : text.slice(0, hash);
  const fragment = hash === -1 ? '' : text.slice(hash);
  const question = beforeHash.indexOf('?');
  if (question === -1) return [beforeHash, '', fragment];
  return [beforeHash.slice(0, question), beforeHash.slice(question), fragment];
}

function encodePath(path) {
  if (path.includes('\\')) path = path.replace(/\\/g, '/');
  if (kURLPathSafe.test(path)) return path;
  return encodeSet(path, kURLPathChar, true);
}

function encodeTail(query, fragment) {
  if (query !== '' && !kQuerySafe.test(query.slice(1))) {
    query = `?${encodeSet(query.slice(1), kQueryChar, true)}`;
  }
  if (fragment !== '' && !kFragmentSafe.test(fragment.slice(1))) {
    fragment = `#${encodeSet(fragment.slice(1), kFragmentChar, true)}`;
  }
  return query + fragment;
}

// new URL(specifier, base).href for a specifier that is a relative path ('./x', '../x', '/x')
// and a file: URL base.
function resolveRelative(specifier, base) {
  if (/[\t\n\r]/.test(specifier)) specifier = specifier.replace(/[\t\n\r]/g, '');
  let [path, query, fragment] = splitURLTail(specifier);
  if (path[0] !== '/') {
    const baseEnd = base.search(/[?#]/);
    const basePath = baseEnd === -1 ? base : base.slice(0, baseEnd);
    path = basePath.slice(7, basePath.lastIndexOf('/') + 1) + path;
  }
  return `file://${removeDotSegments(encodePath(path))}${encodeTail(query, fragment)}`;
}

// new URL(specifier).href for a file: URL specifier ('file:///a/b', 'file://localhost/a').
function normalizeFileURL(specifier) {
  let rest = specifier.slice(5).replace(/[\t\n\r]/g, '');
  let host = '';
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/\\?#]/);
    host = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    rest = end === -1 ? '' : rest.slice(2 + end);
    if (host.toLowerCase() === 'localhost') host = '';
  }
  let [path, query, fragment] = splitURLTail(rest);
  if (path === '') path = '/';
  if (path[0] !== '/' && path[0] !== '\\') path = `/${path}`;
  return `file://${host}${removeDotSegments(encodePath(path))}${encodeTail(query, fragment)}`;
}

// url.fileURLToPath(href) for a normalized file: URL string.
function fileHrefToPath(href) {
  if (!href.startsWith('file://')) {
    throw new (lazyErrors().ERR_INVALID_URL_SCHEME)('file');
  }
  let end = href.length;
  for (let i = 7; i < href.length; i++) {
    const code = href.charCodeAt(i);
    if (code === 63 /* ? */ || code === 35 /* # */) {
      end = i;
      break;
    }
  }
  const slash = href.indexOf('/', 7);
  if (slash !== 7) {
    const host = href.slice(7, slash === -1 ? end : slash);
    if (host !== '' && host !== 'localhost') {
      throw new (lazyErrors().ERR_INVALID_FILE_URL_HOST)('linux');
    }
  }
  const pathname = slash === -1 ? '/' : href.slice(slash, end);
  if (!pathname.includes('%')) return pathname;
  if (/%2f/i.test(pathname)) {
    throw new (lazyErrors().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// The pathname part of a file: URL string, still percent-encoded.
function fileHrefPathname(href) {
  const slash = href.indexOf('/', 7);
  if (slash === -1) return '/';
  const end = href.slice(slash).search(/[?#]/);
  return end === -1 ? href.slice(slash) : href.slice(slash, slash + end);
}

module.exports = {
  pathToFileHref,
  fileHrefToPath,
  fileHrefPathname,
  resolveRelative,
  normalizeFileURL,
  removeDotSegments,
};
