'use strict';
// FormData (XHR standard) and its multipart/form-data encoding (undici's bytes: boundary,
// escaping, line breaks) and parsing for Body.formData().

const { isBlob, kParts } = require('internal/blob');
const { argumentsRequired } = require('internal/fetch/headers');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('entries');
let FileClass;
let inspectModule;
let textEncoder;
let textDecoder;

function File() {
  FileClass ??= require('internal/file').File;
  return FileClass;
}

function toUSVString(value) {
  return `${value}`.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function isFormData(value) {
  return value !== null && typeof value === 'object' && value[kEntries] !== undefined;
}

function checkThis(value) {
  if (!isFormData(value)) throw new TypeError('Illegal invocation');
}

// The spec's "create an entry".
function makeEntry(name, value, filename) {
  name = toUSVString(name);
  if (typeof value === 'string') return { name, value };
  const FileCtor = File();
  if (!(value instanceof FileCtor)) {
    value = new FileCtor([value], filename !== undefined ? toUSVString(filename) : 'blob',
                         { type: value.type });
  } else if (filename !== undefined) {
    value = new FileCtor([value], toUSVString(filename),
                         { type: value.type, lastModified: value.lastModified });
  }
  return { name, value };
}

function entryValue(context, args) {
  const value = args[1];
  if (args.length === 3 || isBlob(value)) {
    if (!isBlob(value)) {
      throw new TypeError(`Failed to execute '${context}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    return value;
  }
  return toUSVString(value);
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw argumentsRequired('FormData.append', 2, arguments.length);
    value = entryValue('append', arguments);
    this[kEntries].push(makeEntry(name, value, filename));
  }

  delete(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('FormData.delete', 1, 0);
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((entry) => entry.name !== name);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('FormData.get', 1, 0);
    name = toUSVString(name);
    const entry = this[kEntries].find((item) => item.name === name);
    return entry === undefined ? null : entry.value;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('FormData.getAll', 1, 0);
    name = toUSVString(name);
    return this[kEntries].filter((entry) => entry.name === name).map((entry) => entry.value);
  }

  has(name) {
    checkThis(this);
    if (arguments.length < 1) throw argumentsRequired('FormData.has', 1, 0);
    name = toUSVString(name);
    return this[kEntries].some((entry) => entry.name === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw argumentsRequired('FormData.set', 2, arguments.length);
    value = entryValue('set', arguments);
    const entry = makeEntry(name, value, filename);
    const entries = this[kEntries];
    const index = entries.findIndex((item) => item.name === entry.name);
    if (index === -1) {
      entries.push(entry);
    } else {
      this[kEntries] = [...entries.slice(0, index), entry,
        ...entries.slice(index + 1).filter((item) => item.name !== entry.name)];
    }
  }

  * entries() {
    checkThis(this);
    for (let i = 0; i < this[kEntries].length; i++) {
      const { name, value } = this[kEntries][i];
      yield [name, value];
    }
  }

  * keys() {
    for (const [name] of this.entries()) yield name;
  }

  * values() {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  [customInspectSymbol](depth, options) {
    inspectModule ??= require('internal/util/inspect');
    const object = {};
    for (const { name, value } of this[kEntries]) {
      if (Object.prototype.hasOwnProperty.call(object, name)) {
        if (!Array.isArray(object[name])) object[name] = [object[name]];
        object[name].push(value);
      } else {
        object[name] = value;
      }
    }
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `FormData ${inspectModule.inspect(object, opts)}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'entries', 'keys', 'values',
  'forEach']) {
  Object.defineProperty(FormData.prototype, name, { enumerable: true });
}

function encode(text) {
  textEncoder ??= new (require('internal/encoding').TextEncoder)();
  return textEncoder.encode(text);
}

const escapeName = (text) => text.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinefeeds = (text) => text.replace(/\r?\n|\r/g, '\r\n');

// { bytes, type } of a FormData body, as undici writes it.
function serializeFormData(formData) {
  const random = `${Math.floor(Math.random() * 1e11)}`.padStart(11, '0');
  const boundary = `----formdata-undici-0${random}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  let length = 0;
  const push = (bytes) => {
    parts.push(bytes);
    length += bytes.byteLength;
  };
  for (const { name, value } of formData[kEntries]) {
    if (typeof value === 'string') {
      push(encode(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
                  `\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      push(encode(`${prefix}; name="${escapeName(normalizeLinefeeds(name))}"` +
                  (value.name ? `; filename="${escapeName(value.name)}"` : '') + '\r\n' +
                  `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      for (const part of value[kParts]) push(part);
      push(encode('\r\n'));
    }
  }
  push(encode(`--${boundary}--\r\n`));
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { bytes, type: `multipart/form-data; boundary=${boundary}` };
}

function indexOf(bytes, pattern, from) {
  const first = pattern[0];
  const last = bytes.byteLength - pattern.byteLength;
  outer: for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < pattern.byteLength; j++) {
      if (bytes[i + j] !== pattern[j]) continue outer;
    }
    return i;
  }
  return -1;
}

function decodeUtf8(bytes) {
  textDecoder ??= new (require('internal/encoding').TextDecoder)();
  return textDecoder.decode(bytes);
}

function parseFailure() {
  return new TypeError('Failed to parse body as FormData.');
}

// Parameters of a header value such as `form-data; name="a"; filename="b"`.
function headerParameters(value) {
  const result = { __proto__: null };
  const regex = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  let match;
  while ((match = regex.exec(value)) !== null) {
    result[match[1].toLowerCase()] = match[2] !== undefined ? match[2] : match[3].trim();
  }
  return result;
}

function parseMultipart(bytes, boundary) {
  const formData = new FormData();
  const delimiter = encode(`--${boundary}`);
  let position = indexOf(bytes, delimiter, 0);
  if (position === -1) throw parseFailure();
  const FileCtor = File();
  for (;;) {
    position += delimiter.byteLength;
    if (bytes[position] === 0x2d && bytes[position + 1] === 0x2d) break;  // "--": the end
    if (bytes[position] !== 0x0d || bytes[position + 1] !== 0x0a) throw parseFailure();
    position += 2;
    const headerEnd = indexOf(bytes, encode('\r\n\r\n'), position);
    if (headerEnd === -1) throw parseFailure();
    const headerText = decodeUtf8(bytes.subarray(position, headerEnd));
    let name = null;
    let filename = null;
    let type = 'text/plain';
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        if (!/^form-data\b/i.test(value)) throw parseFailure();
        const params = headerParameters(value);
        const unescape = (text) => text.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
        name = params.name === undefined ? null : unescape(params.name);
        filename = params.filename === undefined ? null : unescape(params.filename);
      } else if (key === 'content-type') {
        type = value;
      }
    }
    if (name === null) throw parseFailure();
    const bodyStart = headerEnd + 4;
    const next = indexOf(bytes, encode(`\r\n--${boundary}`), bodyStart);
    if (next === -1) throw parseFailure();
    const content = bytes.subarray(bodyStart, next);
    if (filename !== null) {
      formData.append(name, new FileCtor([content], filename, { type }));
    } else {
      formData.append(name, decodeUtf8(content));
    }
    position = next + 2;
  }
  return formData;
}

// Body.formData(): multipart/form-data or application/x-www-form-urlencoded bytes.
function parseFormData(bytes, contentType) {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const boundary = headerParameters(contentType).boundary;
    if (boundary === undefined || boundary === '') throw parseFailure();
    return parseMultipart(bytes, boundary);
  }
  if (type === 'application/x-www-form-urlencoded') {
    const formData = new FormData();
    for (const [name, value] of new URLSearchParams(decodeUtf8(bytes))) formData.append(name, value);
    return formData;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or ' +
                      '"application/x-www-form-urlencoded".');
}

module.exports = { FormData, isFormData, serializeFormData, parseFormData };
