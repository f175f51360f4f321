'use strict';
// node:string_decoder: decodes a stream of byte chunks into strings without splitting a
// character across two results. The state lives in a 7-byte Buffer laid out as Node's native
// decoder's (bytes of the incomplete character, bytes missing, bytes buffered, encoding), so
// that inspecting a StringDecoder prints what Node prints.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const {
  encodingsMap,
  normalizeEncoding: normalizeEncodingName,
} = require('internal/buffer');
const binding = internalBinding('buffer');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const kAscii = encodingsMap.ascii;
const kUtf8 = encodingsMap.utf8;
const kBase64 = encodingsMap.base64;
const kUtf16le = encodingsMap.utf16le;
const kLatin1 = encodingsMap.latin1;
const kHex = encodingsMap.hex;
const kBase64url = encodingsMap.base64url;

const slices = [];
slices[kAscii] = binding.asciiSlice;
slices[kUtf8] = binding.utf8Slice;
slices[kBase64] = binding.base64Slice;
slices[kUtf16le] = binding.ucs2Slice;
slices[kLatin1] = binding.latin1Slice;
slices[kHex] = binding.hexSlice;
slices[encodingsMap.buffer] = binding.latin1Slice;
slices[kBase64url] = binding.base64urlSlice;

const kNativeDecoder = Symbol('kNativeDecoder');
const originalIsEncoding = Buffer.isEncoding;

// Buffer.isEncoding is looked up on each call: some modules patch it to add encodings.
function normalizeEncoding(encoding) {
  const normalized = normalizeEncodingName(encoding);
  if (normalized === undefined) {
    if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return encoding;
  }
  return normalized;
}

function makeString(bytes, start, end, encoding) {
  return slices[encoding](bytes, start, end);
}

// Decodes one chunk: first completes a character left over from the previous chunk, then
// decodes the rest except for an incomplete character at its end, which is kept for later.
function decode(state, view) {
  const bytes = view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const encoding = state[kEncodingField];
  let start = 0;
  let end = bytes.length;
  if (encoding === kAscii || encoding === kHex || encoding === kLatin1) {
    return makeString(bytes, start, end, encoding);
  }

  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === kUtf8) {
      // A byte that is not a continuation byte ends the incomplete character early (it is
      // decoded as invalid) and starts a new one, as V8's decoder would see it.
      for (let i = 0; i < end && i < state[kMissingBytes]; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(bytes.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(bytes.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  let buffered = 0;
  let missing = 0;
  if (encoding === kUtf8 && (bytes[end - 1] & 0x80)) {
    // Find where the last character starts to see whether the chunk cuts it.
    for (let i = end - 1; ; i--) {
      buffered++;
      if ((bytes[i] & 0xC0) === 0x80) {
        // A continuation byte. With four of them, or at the start of the chunk, the character
        // did not start in this chunk: nothing is kept back.
        if (buffered >= 4 || i === start) {
          buffered = 0;
          break;
        }
      } else {
        if ((bytes[i] & 0xE0) === 0xC0) {
          missing = 2;
        } else if ((bytes[i] & 0xF0) === 0xE0) {
          missing = 3;
        } else if ((bytes[i] & 0xF8) === 0xF0) {
          missing = 4;
        } else {
          buffered = 0;  // Not a lead byte of a representable character.
          break;
        }
        if (buffered >= missing) {
          // Complete (or too long to be valid anyway): nothing is kept back.
          missing = 0;
          buffered = 0;
        }
        missing -= buffered;
        break;
      }
    }
  } else if (encoding === kUtf16le) {
    if ((end - start) % 2 === 1) {
      buffered = 1;  // Half a code unit.
      missing = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      buffered = 2;  // A high surrogate waiting for its pair.
      missing = 2;
    }
  } else if (encoding === kBase64 || encoding === kBase64url) {
    buffered = (end - start) % 3;
    if (buffered > 0) missing = 3 - buffered;
  }

  if (buffered > 0) {
    end -= buffered;
    state.set(bytes.subarray(end, end + buffered), kIncompleteCharactersStart);
  }
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;

  const body = end > start ? makeString(bytes, start, end, encoding) : '';
  return prepend + body;
}

function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === kUtf16le && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const result = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return result;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

// The decoded text of `buf`, without an incomplete character at its end.
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], buf);
};

// Writes `buf` if given, then whatever is left buffered (an incomplete UTF-8 character
// becomes U+FFFD). The decoder can be reused afterwards.
StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) result += flush(this[kNativeDecoder]);
  return result;
};

// Undocumented legacy API.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
