'use strict';
// The WHATWG URL and URLSearchParams classes (url.spec.whatwg.org) on the native parser of
// internalBinding('url'), and the file: URL helpers Node builds on them. A URL keeps its
// serialized href and the offsets of the components in it; getters slice, setters re-run the
// parser natively with a state override.

const binding = internalBinding('url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { encodeStr, hexTable } = require('internal/querystring');
const pathModule = require('path');

// Indices into the components array the binding fills (runtime/bindings/url.cc).
const kProtocolEnd = 0;
const kUsernameEnd = 1;
const kHostStart = 2;
const kHostEnd = 3;
const kPort = 4;
const kPathnameStart = 5;
const kSearchStart = 6;
const kHashStart = 7;
const kHasHost = 8;
const kNone = 0xffffffff;

// The setters of binding.update().
const kSetHref = 0;
const kSetProtocol = 1;
const kSetUsername = 2;
const kSetPassword = 3;
const kSetHost = 4;
const kSetHostname = 5;
const kSetPort = 6;
const kSetPathname = 7;
const kSetSearch = 8;
const kSetHash = 9;

let lazyInspect;
function inspect(...args) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(...args);
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function toUSVString(value) {
  return `${value}`.toWellFormed();
}

// ---- URLSearchParams ----

// application/x-www-form-urlencoded: which ASCII characters pass unescaped (the rest, and every
// non-ASCII character as UTF-8 bytes, become %XX; space becomes '+').
const noEscapeForm = new Int8Array([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0,  // * - .
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,  // _
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
]);

// The form serializer writes a space as '+'.
const formHexTable = hexTable.slice();
formHexTable[0x20] = '+';

function serializeForm(value) {
  return encodeStr(value, noEscapeForm, formHexTable);
}

function serializeParams(list) {
  let output = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) output += '&';
    output += `${serializeForm(list[i])}=${serializeForm(list[i + 1])}`;
  }
  return output;
}

function isHexDigit(code) {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

// Percent-decodes `text` and reads the bytes as UTF-8 (invalid sequences become U+FFFD).
function percentDecode(text) {
  if (!text.includes('%')) return text;
  const bytes = Buffer.from(text, 'utf8');
  let out = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) &&
        isHexDigit(bytes[i + 2])) {
      bytes[out++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      bytes[out++] = byte;
    }
  }
  return bytes.toString('utf8', 0, out);
}

// The application/x-www-form-urlencoded parser: a flat [name, value, name, value, ...] list.
function parseParams(input) {
  const list = [];
  if (input === '') return list;
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    let name = eq === -1 ? sequence : sequence.slice(0, eq);
    let value = eq === -1 ? '' : sequence.slice(eq + 1);
    if (name.includes('+')) name = name.replaceAll('+', ' ');
    if (value.includes('+')) value = value.replaceAll('+', ' ');
    list.push(percentDecode(name), percentDecode(value));
  }
  return list;
}

let attachParams;
let resetParams;
let paramsList;
let setSearchFromParams;
let hrefWithUnicodeHost;
const kFromHref = Symbol('kFromHref');

let isURLSearchParams;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Empty.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        // A record: own enumerable string keys; a later key with the same USV form wins.
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const index = visited.get(name);
          if (index !== undefined) {
            this.#list[index] = value;
          } else {
            visited.set(name, this.#list.length + 1);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      let text = toUSVString(init);
      if (text[0] === '?') text = text.slice(1);
      this.#list = parseParams(text);
    }
  }

  static #check(self) {
    if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
  }

  static {
    isURLSearchParams = (value) => value !== null && typeof value === 'object' && #list in value;
    // For URL: binds `params` to `url` with the pairs of `query`, or re-reads them.
    attachParams = (params, url, query) => {
      params.#url = url;
      params.#list = parseParams(query);
    };
    resetParams = (params, query) => {
      params.#list = parseParams(query);
    };
    paramsList = (params) => params.#list;
  }

  #update() {
    if (this.#url === null) return;
    setSearchFromParams(this.#url, serializeParams(this.#list));
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeParams(this.#list);
  }

  [customInspect](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const { stripVTControlCharacters } = require('internal/util/inspect');
    const length = output.reduce(
      (prev, cur) => prev + stripVTControlCharacters(cur).length + separator.length,
      -separator.length);
    if (length > ctx.breakLength) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }
}

Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.iterator]: {
    configurable: true, writable: true, value: URLSearchParams.prototype.entries,
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, descriptor);
}

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#target);
    if (this.#index >= list.length) return { value: undefined, done: true };
    const name = list[this.#index];
    const value = list[this.#index + 1];
    this.#index += 2;
    if (this.#kind === 'key') return { value: name, done: false };
    if (this.#kind === 'value') return { value, done: false };
    return { value: [name, value], done: false };
  }

  [customInspect](recurseTimes, ctx) {
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = paramsList(this.#target);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const inner = output.map((item) => inspect(item, innerOpts));
    const oneLine = inner.join(', ');
    const body = oneLine.length + 2 > ctx.breakLength ?
      `\n  ${inner.join(',\n  ')}\n` : (inner.length ? ` ${oneLine} ` : '');
    return `URLSearchParams Iterator {${body}}`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  configurable: true, value: 'URLSearchParams Iterator',
});

// ---- URL ----

let isURL;

// The constructor's error is the one Node 20's C++ URL parser throws: a plain TypeError
// ("TypeError: Invalid URL", no code in its name) carrying code, input and base.
function invalidURLFromParser(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  Error.captureStackTrace(error, invalidURLFromParser);
  return error;
}

// The parser writes a URL's component offsets here and each URL copies them into its own small
// array. Writing natively into a URL's own array would move it off V8's heap (a malloc'd backing
// store per URL, several times the cost of the parse).
const componentsScratch = new Uint32Array(new ArrayBuffer(9 * 4));

function takeComponents(into = new Uint32Array(9)) {
  into.set(componentsScratch);
  return into;
}

class URL {
  #href = '';
  #c = null;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    if (input === kFromHref) {
      // From URL.parse: `base` is [href, components], already parsed.
      this.#href = base[0];
      this.#c = base[1];
      return;
    }
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = binding.parse(input, base, componentsScratch);
    if (href === undefined) throw invalidURLFromParser(input, base);
    this.#href = href;
    this.#c = takeComponents();
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = binding.parse(input, base, componentsScratch);
    if (href === undefined) return null;
    return new URL(kFromHref, [href, takeComponents()]);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return binding.canParse(url, base);
  }

  static {
    isURL = (value) => value !== null && typeof value === 'object' && #href in value;
    hrefWithUnicodeHost = (url) => {
      const c = url.#c;
      if (!c[kHasHost] || c[kHostStart] === c[kHostEnd]) return url.#href;
      const host = binding.toUnicodeHost(url.#slice(c[kHostStart], c[kHostEnd]));
      return url.#slice(0, c[kHostStart]) + host + url.#slice(c[kHostEnd]);
    };
    setSearchFromParams = (url, serialized) => {
      url.#href = binding.update(url.#href, kSetSearch, serialized, componentsScratch);
      takeComponents(url.#c);
    };
  }

  static #check(self) {
    if (!isURL(self)) throw new ERR_INVALID_THIS('URL');
  }

  #set(action, value) {
    const href = binding.update(this.#href, action, `${value}`, componentsScratch);
    if (href === false) return false;
    this.#href = href;
    takeComponents(this.#c);
    return true;
  }

  #slice(start, end) {
    return this.#href.slice(start, end);
  }

  toString() {
    URL.#check(this);
    return this.#href;
  }

  get href() {
    URL.#check(this);
    return this.#href;
  }

  set href(value) {
    URL.#check(this);
    value = `${value}`;
    if (!this.#set(kSetHref, value)) throw new ERR_INVALID_URL(value);
    if (this.#searchParams !== null) resetParams(this.#searchParams, this.#query());
  }

  get origin() {
    URL.#check(this);
    const c = this.#c;
    const protocol = this.#slice(0, c[kProtocolEnd]);
    switch (protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
      case 'ftp:':
        return `${protocol}//${this.#slice(c[kHostStart], c[kPathnameStart])}`;
      case 'blob:':
        return binding.origin(this.#href);
      default:
        return 'null';
    }
  }

  get protocol() {
    URL.#check(this);
    return this.#slice(0, this.#c[kProtocolEnd]);
  }

  set protocol(value) {
    URL.#check(this);
    this.#set(kSetProtocol, value);
  }

  get username() {
    URL.#check(this);
    const c = this.#c;
    if (!c[kHasHost]) return '';
    const start = c[kProtocolEnd] + 2;
    return c[kUsernameEnd] > start ? this.#slice(start, c[kUsernameEnd]) : '';
  }

  set username(value) {
    URL.#check(this);
    this.#set(kSetUsername, value);
  }

  get password() {
    URL.#check(this);
    const c = this.#c;
    if (!c[kHasHost] || this.#href.charCodeAt(c[kUsernameEnd]) !== 0x3a /* : */ ||
        c[kUsernameEnd] >= c[kHostStart]) {
      return '';
    }
    return this.#slice(c[kUsernameEnd] + 1, c[kHostStart] - 1);
  }

  set password(value) {
    URL.#check(this);
    this.#set(kSetPassword, value);
  }

  get host() {
    URL.#check(this);
    const c = this.#c;
    if (!c[kHasHost]) return '';
    return this.#slice(c[kHostStart], c[kPathnameStart]);
  }

  set host(value) {
    URL.#check(this);
    this.#set(kSetHost, value);
  }

  get hostname() {
    URL.#check(this);
    const c = this.#c;
    if (!c[kHasHost]) return '';
    return this.#slice(c[kHostStart], c[kHostEnd]);
  }

  set hostname(value) {
    URL.#check(this);
    this.#set(kSetHostname, value);
  }

  get port() {
    URL.#check(this);
    const port = this.#c[kPort];
    return port === kNone ? '' : `${port}`;
  }

  set port(value) {
    URL.#check(this);
    this.#set(kSetPort, value);
  }

  get pathname() {
    URL.#check(this);
    const c = this.#c;
    let end = c[kSearchStart];
    if (end === kNone) end = c[kHashStart];
    return this.#slice(c[kPathnameStart], end === kNone ? undefined : end);
  }

  set pathname(value) {
    URL.#check(this);
    this.#set(kSetPathname, value);
  }

  // The query without '?' ('' when null or empty).
  #query() {
    const c = this.#c;
    if (c[kSearchStart] === kNone) return '';
    return this.#slice(c[kSearchStart] + 1, c[kHashStart] === kNone ? undefined : c[kHashStart]);
  }

  get search() {
    URL.#check(this);
    const query = this.#query();
    return query === '' ? '' : `?${query}`;
  }

  set search(value) {
    URL.#check(this);
    this.#set(kSetSearch, value);
    if (this.#searchParams !== null) resetParams(this.#searchParams, this.#query());
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams();
      attachParams(this.#searchParams, this, this.#query());
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const start = this.#c[kHashStart];
    if (start === kNone || start === this.#href.length - 1) return '';
    return this.#slice(start);
  }

  set hash(value) {
    URL.#check(this);
    this.#set(kSetHash, value);
  }

  toJSON() {
    URL.#check(this);
    return this.#href;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor ?? URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URL.prototype, name, descriptor);
}

// ---- file: URLs and helpers ----

// Node's duck-typed test of "a URL object" (url.format, fs paths, fileURLToPath).
function isURLLike(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path) {
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURLLike(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return getPathFromURLPosix(path);
}

// The characters the pathname setter would not keep as they are: '%' (not encoded), '\'
// (a separator in special URLs), and tab/CR/LF (stripped); '?' and '#' would end the path.
function encodePathChars(filepath) {
  if (filepath.includes('%')) filepath = filepath.replaceAll('%', '%25');
  if (filepath.includes('\\')) filepath = filepath.replaceAll('\\', '%5C');
  if (filepath.includes('\n')) filepath = filepath.replaceAll('\n', '%0A');
  if (filepath.includes('\r')) filepath = filepath.replaceAll('\r', '%0D');
  if (filepath.includes('\t')) filepath = filepath.replaceAll('\t', '%09');
  return filepath;
}

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  }
  let resolved = pathModule.posix.resolve(filepath);
  // path.resolve strips trailing slashes: keep the one the caller wrote.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  resolved = encodePathChars(resolved);
  if (resolved.includes('?')) resolved = resolved.replaceAll('?', '%3F');
  if (resolved.includes('#')) resolved = resolved.replaceAll('#', '%23');
  return new URL(`file://${resolved}`);
}

// fs and other modules: a file: URL (object) as its path; anything else unchanged.
function toPathIfFileURL(fileURLOrPath) {
  if (!isURLLike(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The options object http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// url.format(URL, options): the href with parts left out or the host in Unicode.
function formatURL(url, options) {
  if (options !== undefined) validateObject(options, 'options');
  const copy = new URL(url.href);
  if (options?.fragment === false) copy.hash = '';
  if (options?.search === false) copy.search = '';
  if (options?.auth === false) {
    copy.username = '';
    copy.password = '';
  }
  if (options?.unicode === true) return hrefWithUnicodeHost(copy);
  return copy.href;
}

function installObjectURLMethods() {
  // Blob URLs: a per-process registry, as Node keeps one.
  const registry = new Map();
  let counter = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: function createObjectURL(obj) {
      const { Blob } = require('buffer');
      if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
      const hex = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0');
      const id = `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${(counter++ % 0x10000).toString(16).padStart(4, '0')}`;
      const url = `blob:nodedata:${id}`;
      registry.set(url, obj);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: function revokeObjectURL(url) {
      if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
      registry.delete(`${url}`);
    },
  });
  return registry;
}
const objectURLRegistry = installObjectURLMethods();

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL: isURLLike,
  formatURL,
  encodeStr,
  objectURLRegistry,
  unsafeProtocol: new Set(['javascript', 'javascript:']),
  hostlessProtocol: new Set(['javascript', 'javascript:']),
  slashedProtocol: new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
                            'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']),
};
