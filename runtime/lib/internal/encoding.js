'use strict';
// TextEncoder and TextDecoder (UTF-8, plus utf-16le and latin1 decoding).

const binding = internalBinding('encoding');

function lazyErrors() { return require('internal/errors').codes; }

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') { return binding.encodeUtf8(`${input}`); }
  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', destination);
    }
    const [read, written] = binding.encodeInto(`${source}`, destination);
    return { read, written };
  }
  get [Symbol.toStringTag]() { return 'TextEncoder'; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return `TextEncoder { encoding: 'utf-8' }`;
  }
}

const kLabels = new Map([
  ['unicode-1-1-utf-8', 'utf-8'], ['unicode11utf8', 'utf-8'], ['unicode20utf8', 'utf-8'],
  ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['x-unicode20utf8', 'utf-8'],
  ['csunicode', 'utf-16le'], ['iso-10646-ucs-2', 'utf-16le'], ['ucs-2', 'utf-16le'],
  ['unicode', 'utf-16le'], ['unicodefeff', 'utf-16le'], ['utf-16', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['ansi_x3.4-1968', 'windows-1252'], ['ascii', 'windows-1252'], ['cp1252', 'windows-1252'],
  ['cp819', 'windows-1252'], ['csisolatin1', 'windows-1252'], ['ibm819', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'], ['iso-ir-100', 'windows-1252'], ['iso8859-1', 'windows-1252'],
  ['iso88591', 'windows-1252'], ['iso_8859-1', 'windows-1252'], ['iso_8859-1:1987', 'windows-1252'],
  ['l1', 'windows-1252'], ['latin1', 'windows-1252'], ['us-ascii', 'windows-1252'],
  ['windows-1252', 'windows-1252'], ['x-cp1252', 'windows-1252'],
]);

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return new Uint8Array(input);
  // Node raises this one from native code, with a fixed message.
  const error = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
                              'ArrayBuffer or ArrayBufferView.');
  error.code = 'ERR_INVALID_ARG_TYPE';
  throw error;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;  // bytes of an incomplete sequence kept across stream: true calls
  #bomSeen = false;

  constructor(label = 'utf-8', options = {}) {
    const encoding = kLabels.get(`${label}`.trim().toLowerCase());
    if (encoding === undefined) {
      const error = new RangeError(`The "${label}" encoding is not supported`);
      error.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw error;
    }
    this.#encoding = encoding;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input = undefined, options = {}) {
    let bytes = toBytes(input);
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    if (stream) {
      const keep = this.#incompleteTail(bytes);
      if (keep > 0) {
        this.#pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let text;
    if (this.#encoding === 'utf-8') {
      const skipBOM = !this.#ignoreBOM && !this.#bomSeen;
      text = binding.decodeUtf8(bytes, !skipBOM, this.#fatal);
      if (text === undefined) {
        const error = new TypeError('The encoded data was not valid for encoding utf-8');
        error.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw error;
      }
    } else if (this.#encoding === 'utf-16le') {
      text = '';
      let start = 0;
      if (!this.#ignoreBOM && !this.#bomSeen && bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE) start = 2;
      for (let i = start; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if ((bytes.length - start) % 2 === 1) text += '\ufffd';
    } else {
      text = '';
      for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    }
    if (bytes.length > 0) this.#bomSeen = stream;
    if (!stream) this.#bomSeen = false;
    return text;
  }

  // How many trailing bytes start a sequence that the next chunk completes.
  #incompleteTail(bytes) {
    if (this.#encoding === 'utf-16le') return bytes.length % 2;
    if (this.#encoding !== 'utf-8') return 0;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const byte = bytes[bytes.length - back];
      if ((byte & 0xC0) === 0x80) continue;
      const need = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      return need > back ? back : 0;
    }
    return 0;
  }

  get [Symbol.toStringTag]() { return 'TextDecoder'; }
}

module.exports = { TextEncoder, TextDecoder };
