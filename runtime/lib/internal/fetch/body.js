'use strict';
// The Body of Request and Response: extracting a body from the init value (bytes and a
// Content-Type), and consuming it (text/json/arrayBuffer/blob/formData, `body`, `bodyUsed`).
// A body is kept as bytes, a web ReadableStream or a network source until `body` is read, so
// that `await res.text()` never goes through a stream.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { Blob, isBlob, kParts, kLength } = require('internal/blob');

let webStreams;
let textEncoder;
let textDecoder;
let formDataModule;

function streams() {
  webStreams ??= require('stream/web');
  return webStreams;
}

function encode(text) {
  textEncoder ??= new (require('internal/encoding').TextEncoder)();
  return textEncoder.encode(text);
}

function decodeUtf8(bytes) {
  textDecoder ??= new (require('internal/encoding').TextDecoder)();
  return textDecoder.decode(bytes);
}

function concat(chunks, length) {
  if (chunks.length === 1 && chunks[0].byteLength === length) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function isReadableStream(value) {
  return value !== null && typeof value === 'object' && typeof value.getReader === 'function' &&
    value instanceof streams().ReadableStream;
}

function copyBytes(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// A body: exactly one of bytes, stream or source is set; `length` is the byte count or null.
class Body {
  constructor(bytes, stream, source, length) {
    this.bytes = bytes;
    this.stream = stream;
    this.source = source;
    this.length = length;
    this.used = false;
  }
}

// The spec's "extract a body": { body, type } for a BodyInit.
function extractBody(object) {
  if (typeof object === 'string') {
    const bytes = encode(object);
    return { body: new Body(bytes, null, null, bytes.byteLength), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    const bytes = encode(object.toString());
    return {
      body: new Body(bytes, null, null, bytes.byteLength),
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (isAnyArrayBuffer(object)) {
    const bytes = new Uint8Array(object.slice(0));
    return { body: new Body(bytes, null, null, bytes.byteLength), type: null };
  }
  if (isArrayBufferView(object)) {
    const bytes = copyBytes(object);
    return { body: new Body(bytes, null, null, bytes.byteLength), type: null };
  }
  if (isBlob(object)) {
    const bytes = concat(object[kParts], object[kLength]);
    return { body: new Body(bytes, null, null, bytes.byteLength), type: object.type || null };
  }
  formDataModule ??= require('internal/fetch/formdata');
  if (formDataModule.isFormData(object)) {
    const { bytes, type } = formDataModule.serializeFormData(object);
    return { body: new Body(bytes, null, null, bytes.byteLength), type };
  }
  if (isReadableStream(object)) {
    if (object.locked || object._disturbed) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { body: new Body(null, object, null, null), type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    const iterator = object;
    const stream = new (streams().ReadableStream)({
      async start() {},
      async pull(controller) {
        if (this.it === undefined) this.it = iterator[Symbol.asyncIterator]();
        const { value, done } = await this.it.next();
        if (done) {
          queueMicrotask(() => controller.close());
        } else if (value.byteLength !== 0) {
          controller.enqueue(new Uint8Array(typeof value === 'string' ? encode(value) : value));
        }
      },
      type: 'bytes',
    });
    return { body: new Body(null, stream, null, null), type: null };
  }
  const bytes = encode(`${object}`);
  return { body: new Body(bytes, null, null, bytes.byteLength), type: 'text/plain;charset=UTF-8' };
}

function bytesToStream(bytes) {
  return new (streams().ReadableStream)({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// The body's ReadableStream, made on first use.
function bodyStream(body) {
  if (body.stream === null) {
    if (body.bytes !== null) {
      body.stream = bytesToStream(body.bytes);
      body.bytes = null;
    } else {
      body.stream = body.source.toStream();
      body.source = null;
    }
    if (body.used) {
      // Consumed before anyone asked for the stream: it shows as read and locked.
      body.stream.getReader().read().catch(() => {});
    }
  }
  return body.stream;
}

function isUnusable(body) {
  if (body === null) return false;
  if (body.stream !== null) return body.stream.locked || body.stream._disturbed === true;
  return body.used;
}

async function readStreamBytes(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!isArrayBufferView(value) || !(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    length += value.byteLength;
  }
  return concat(chunks, length);
}

// All the bytes of a body, which becomes used.
function consumeBytes(body) {
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream !== null) return readStreamBytes(body.stream);
  body.used = true;
  if (body.bytes !== null) {
    const bytes = body.bytes;
    return Promise.resolve(bytes);
  }
  return body.source.collect();
}

function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null && body.bytes !== null) {
    return new Body(body.bytes, null, null, body.length);
  }
  const [first, second] = bodyStream(body).tee();
  body.stream = first;
  return new Body(null, second, null, body.length);
}

// The parts of a MIME type essence for formData() and blob().
function mimeEssence(type) {
  if (type === null) return '';
  return type.split(';')[0].trim().toLowerCase();
}

// Installs body, bodyUsed, arrayBuffer, blob, formData, json and text on `klass`, whose
// instances give their Body and headers through `getState(instance)`; `name` is for messages.
function mixinBody(klass, name, getState) {
  function check(object, method) {
    const state = getState(object, method);
    if (isUnusable(state.body)) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    return null;
  }
  function contentType(object) {
    return getState(object).headersList.get('content-type');
  }
  const methods = {
    get body() {
      const { body } = getState(this, 'body');
      return body === null ? null : bodyStream(body);
    },
    get bodyUsed() {
      const { body } = getState(this, 'bodyUsed');
      return body !== null && (body.used || (body.stream !== null && body.stream._disturbed === true));
    },
    arrayBuffer() {
      return check(this, 'arrayBuffer') ?? consumeBytes(getState(this).body).then((bytes) => {
        if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
          return bytes.buffer;
        }
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      });
    },
    blob() {
      return check(this, 'blob') ?? consumeBytes(getState(this).body).then((bytes) => {
        const type = contentType(this) ?? '';
        return new Blob([bytes], { type });
      });
    },
    formData() {
      return check(this, 'formData') ?? consumeBytes(getState(this).body).then((bytes) => {
        formDataModule ??= require('internal/fetch/formdata');
        return formDataModule.parseFormData(bytes, contentType(this));
      });
    },
    json() {
      return check(this, 'json') ?? consumeBytes(getState(this).body).then(
        (bytes) => JSON.parse(decodeUtf8(bytes)));
    },
    text() {
      return check(this, 'text') ?? consumeBytes(getState(this).body).then(decodeUtf8);
    },
  };
  for (const key of ['body', 'bodyUsed', 'arrayBuffer', 'blob', 'formData', 'json', 'text']) {
    const descriptor = Object.getOwnPropertyDescriptor(methods, key);
    descriptor.enumerable = true;
    Object.defineProperty(klass.prototype, key, descriptor);
  }
}

module.exports = {
  Body,
  extractBody,
  bodyStream,
  cloneBody,
  consumeBytes,
  isUnusable,
  isReadableStream,
  mixinBody,
  mimeEssence,
  concat,
  encode,
  decodeUtf8,
  streams,
};
