'use strict';
// Headers (WHATWG Fetch) with undici's messages, as Node 20 has them. A header list keeps
// one entry per lower-cased name (values combined with ", ") plus the Set-Cookie values
// apart; the name's case of its first append is kept for sending and for util.inspect.

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kList = Symbol('headers list');
const kGuard = Symbol('guard');

let inspectModule;

// RFC 9110 token characters.
const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValueRegExp = /[\0\r\n]/;
const surroundingWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isValidHeaderName(name) { return tokenRegExp.test(name); }
function isValidHeaderValue(value) { return !invalidValueRegExp.test(value); }
function normalizeValue(value) { return value.replace(surroundingWhitespace, ''); }

function argumentsRequired(context, required, found) {
  return new TypeError(`${context}: ${required} argument${required === 1 ? '' : 's'} required, ` +
                       `but${found === 0 ? '' : ' only'} ${found} found.`);
}

// Web IDL ByteString conversion, with undici's message.
function toByteString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  const text = `${value}`;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
                          `index ${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return text;
}

class HeadersList {
  constructor() {
    this.map = new Map();  // lower-case name -> { name, value }
    this.cookies = null;   // Set-Cookie values, in order
    this.sorted = null;
  }

  clone() {
    const copy = new HeadersList();
    for (const [key, entry] of this.map) copy.map.set(key, { name: entry.name, value: entry.value });
    if (this.cookies !== null) copy.cookies = this.cookies.slice();
    return copy;
  }

  contains(name) { return this.map.has(name.toLowerCase()); }

  get(name) {
    const entry = this.map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }

  append(name, value) {
    this.sorted = null;
    const key = name.toLowerCase();
    const entry = this.map.get(key);
    if (entry !== undefined) {
      entry.value = `${entry.value}${key === 'cookie' ? '; ' : ', '}${value}`;
    } else {
      this.map.set(key, { name, value });
    }
    if (key === 'set-cookie') (this.cookies ??= []).push(value);
  }

  set(name, value) {
    this.sorted = null;
    const key = name.toLowerCase();
    if (key === 'set-cookie') this.cookies = [value];
    this.map.set(key, { name, value });
  }

  delete(name) {
    this.sorted = null;
    const key = name.toLowerCase();
    if (key === 'set-cookie') this.cookies = null;
    this.map.delete(key);
  }

  // [lower-case name, value] pairs sorted by name, Set-Cookie values kept apart (the
  // spec's "sort and combine").
  sortAndCombine() {
    if (this.sorted !== null) return this.sorted;
    const keys = [...this.map.keys()].sort();
    const result = [];
    for (const key of keys) {
      if (key === 'set-cookie' && this.cookies !== null) {
        for (const value of this.cookies) result.push([key, value]);
      } else {
        result.push([key, this.map.get(key).value]);
      }
    }
    this.sorted = result;
    return result;
  }

  // "name: value" lines for the wire, names as first given.
  toLines() {
    const lines = [];
    for (const [key, entry] of this.map) {
      if (key === 'set-cookie' && this.cookies !== null) {
        for (const value of this.cookies) lines.push(`${entry.name}: ${value}`);
      } else {
        lines.push(`${entry.name}: ${entry.value}`);
      }
    }
    return lines;
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendHeader(headers, name, value, context = 'Headers.append') {
  value = normalizeValue(value);
  if (!isValidHeaderName(name)) {
    throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  }
  if (!isValidHeaderValue(value)) {
    throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }
  checkGuard(headers);
  headers[kList].append(name, value);
}

function fillHeaders(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  const iteratorMethod = init[Symbol.iterator];
  if (iteratorMethod !== undefined && iteratorMethod !== null) {
    if (typeof iteratorMethod !== 'function') {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    const pairs = [];
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                            'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const items = [...pair].map(toByteString);
      if (items.length !== 2) {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            `found ${items.length}.`);
      }
      pairs.push(items);
    }
    for (const [name, value] of pairs) appendHeader(headers, name, value);
    return;
  }
  // A record: own enumerable string keys.
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    appendHeader(headers, toByteString(key), toByteString(init[key]));
  }
}

function checkThis(value) {
  if (value === null || typeof value !== 'object' || !(kList in value)) {
    throw new TypeError('Illegal invocation');
  }
}

// Named as in Node 20, whose message for a call without `new` says `_Headers`.
class _Headers {
  constructor(init = undefined) {
    this[kList] = new HeadersList();
    this[kGuard] = 'none';
    if (init !== undefined) fillHeaders(this, init);
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw argumentsRequired('Headers.append', 2, arguments.length);
    appendHeader(this, toByteString(name), toByteString(value));
  }

  delete(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('Headers.delete', 1, 0);
    name = toByteString(name);
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    }
    checkGuard(this);
    this[kList].delete(name);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('Headers.get', 1, 0);
    name = toByteString(name);
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    }
    return this[kList].get(name);
  }

  has(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('Headers.has', 1, 0);
    name = toByteString(name);
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    }
    return this[kList].contains(name);
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw argumentsRequired('Headers.set', 2, arguments.length);
    name = toByteString(name);
    value = normalizeValue(toByteString(value));
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    }
    if (!isValidHeaderValue(value)) {
      throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    }
    checkGuard(this);
    this[kList].set(name, value);
  }

  getSetCookie() {
    checkThis(this);
    const cookies = this[kList].cookies;
    return cookies === null ? [] : cookies.slice();
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('Headers.forEach', 1, 0);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this[kList].sortAndCombine()) {
      callback.call(thisArg, value, name, this);
    }
  }

  keys() { checkThis(this); return createIterator(this, 'key'); }
  values() { checkThis(this); return createIterator(this, 'value'); }
  entries() { checkThis(this); return createIterator(this, 'key+value'); }

  [customInspectSymbol](depth, options) {
    inspectModule ??= require('internal/util/inspect');
    const object = {};
    for (const entry of this[kList].map.values()) object[entry.name] = entry.value;
    options.depth ??= depth;
    return `Headers ${inspectModule.formatWithOptions(options, object)}`;
  }
}

const Headers = _Headers;
Object.defineProperty(Headers, 'name', { value: 'Headers' });

const HeadersIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: {
      value: function next() {
        const state = this?.[kIteratorState];
        if (state === undefined) {
          throw new TypeError("'next' called on an object that does not implement interface Headers Iterator.");
        }
        const pairs = state.headers[kList].sortAndCombine();
        if (state.index >= pairs.length) return { value: undefined, done: true };
        const pair = pairs[state.index++];
        const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]];
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
  });
const kIteratorState = Symbol('iterator state');

function createIterator(headers, kind) {
  const iterator = Object.create(HeadersIteratorPrototype);
  iterator[kIteratorState] = { headers, kind, index: 0 };
  return iterator;
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });
for (const name of ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'forEach', 'keys',
  'values', 'entries']) {
  Object.defineProperty(Headers.prototype, name, { enumerable: true });
}

// A Headers object over an existing list, with a guard ('request', 'response', 'immutable',
// 'none').
function headersFromList(list, guard) {
  const headers = Object.create(Headers.prototype);
  headers[kList] = list;
  headers[kGuard] = guard;
  return headers;
}

function getHeadersList(headers) { return headers[kList]; }
function setHeadersGuard(headers, guard) { headers[kGuard] = guard; }
function getHeadersGuard(headers) { return headers[kGuard]; }

module.exports = {
  Headers,
  HeadersList,
  fillHeaders,
  headersFromList,
  getHeadersList,
  setHeadersGuard,
  getHeadersGuard,
  isValidHeaderName,
  isValidHeaderValue,
  argumentsRequired,
  toByteString,
};
