'use strict';
// The pieces of node:buffer that other builtins share: FastBuffer (the class every Buffer
// really is), encoding names, and the read/write methods for numbers that
// addBufferPrototypeMethods() puts on Buffer.prototype. Number methods work on `this[i]`
// directly: V8 makes typed array element access fast and it gives Node's exact rounding.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  codes,
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// Every Buffer is a FastBuffer: a Uint8Array subclass whose prototype is Buffer.prototype.
class FastBuffer extends Uint8Array {
  // Passing the arguments on explicitly keeps `new FastBuffer(n)` on V8's fast path.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --- Encodings ---------------------------------------------------------------------------------

// Encoding ids, in the order Node numbers them (visible in a StringDecoder's native state).
const encodings = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];
const encodingsMap = { __proto__: null };
for (let i = 0; i < encodings.length; i++) encodingsMap[encodings[i]] = i;

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// The canonical name of an encoding (case-insensitive), 'utf8' for null, undefined and '',
// undefined when unknown. Accepts anything with a string form, like Node's.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') {
    return 'utf8';
  }
  const length = encoding.length;
  if (typeof length !== 'number' || length < 3 || length > 9) return undefined;
  const lower = `${encoding}`.toLowerCase();
  if (lower.length !== length) return undefined;
  return encodingAliases[lower];
}

// --- Errors ------------------------------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `last` is the index of the last byte written relative to offset (size - 1).
function checkBounds(buf, offset, last) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// --- Reading integers --------------------------------------------------------------------------

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return value;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const value = this[offset];
  if (value === undefined) boundsError(offset, this.length - 1);
  return (value << 24) >> 24;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 0x100;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return ((first | (last << 8)) << 16) >> 16;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return (((first << 8) | last) << 16) >> 16;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (last << 24);
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | last;
}

// Widths 3, 5 and 6 are reached only through read(U)Int(LE|BE)(offset, byteLength).
function readUInt24LE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first + buf[offset + 1] * 0x100 + last * 0x10000;
}

function readUInt24BE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 3);
  return first * 0x10000 + buf[offset + 1] * 0x100 + last;
}

function readUInt40LE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + last * 2 ** 32;
}

function readUInt40BE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 5);
  return first * 2 ** 32 + buf[offset + 1] * 0x1000000 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x100 + last;
}

function readUInt48LE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return first + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + (buf[offset + 4] + last * 0x100) * 2 ** 32;
}

function readUInt48BE(buf, offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 6);
  return (first * 0x100 + buf[offset + 1]) * 2 ** 32 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + last;
}

// Signed values of 24, 40 and 48 bits: subtract 2 ** bits when the top bit is set.
function readInt24LE(buf, offset) {
  const value = readUInt24LE(buf, offset);
  return value >= 0x800000 ? value - 0x1000000 : value;
}

function readInt24BE(buf, offset) {
  const value = readUInt24BE(buf, offset);
  return value >= 0x800000 ? value - 0x1000000 : value;
}

function readInt40LE(buf, offset) {
  const value = readUInt40LE(buf, offset);
  return value >= 2 ** 39 ? value - 2 ** 40 : value;
}

function readInt40BE(buf, offset) {
  const value = readUInt40BE(buf, offset);
  return value >= 2 ** 39 ? value - 2 ** 40 : value;
}

function readInt48LE(buf, offset) {
  const value = readUInt48LE(buf, offset);
  return value >= 2 ** 47 ? value - 2 ** 48 : value;
}

function readInt48BE(buf, offset) {
  const value = readUInt48BE(buf, offset);
  return value >= 2 ** 47 ? value - 2 ** 48 : value;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48LE(this, offset);
  if (byteLength === 5) return readUInt40LE(this, offset);
  if (byteLength === 3) return readUInt24LE(this, offset);
  if (byteLength === 4) return this.readUInt32LE(offset);
  if (byteLength === 2) return this.readUInt16LE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readUInt48BE(this, offset);
  if (byteLength === 5) return readUInt40BE(this, offset);
  if (byteLength === 3) return readUInt24BE(this, offset);
  if (byteLength === 4) return this.readUInt32BE(offset);
  if (byteLength === 2) return this.readUInt16BE(offset);
  if (byteLength === 1) return this.readUInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48LE(this, offset);
  if (byteLength === 5) return readInt40LE(this, offset);
  if (byteLength === 3) return readInt24LE(this, offset);
  if (byteLength === 4) return this.readInt32LE(offset);
  if (byteLength === 2) return this.readInt16LE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 6) return readInt48BE(this, offset);
  if (byteLength === 5) return readInt40BE(this, offset);
  if (byteLength === 3) return readInt24BE(this, offset);
  if (byteLength === 4) return this.readInt32BE(offset);
  if (byteLength === 2) return this.readInt16BE(offset);
  if (byteLength === 1) return this.readInt8(offset);
  boundsError(byteLength, 6, 'byteLength');
}

// 64-bit values as two 32-bit halves.
function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    last * 0x1000000;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = this[offset + 4] | (this[offset + 5] << 8) | (this[offset + 6] << 16) | (last << 24);
  const lo = first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = (first << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// --- Reading and writing floats ----------------------------------------------------------------

// One scratch float of each size, seen as bytes. `little` maps byte i of a little-endian value
// to its index in the scratch bytes on this machine.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function readFloat(buf, offset, littleEndian) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < 4; i++) uInt8Float32Array[swap ? 3 - i : i] = buf[offset + i];
  return float32Array[0];
}

function readDouble(buf, offset, littleEndian) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < 8; i++) uInt8Float64Array[swap ? 7 - i : i] = buf[offset + i];
  return float64Array[0];
}

function writeFloat(buf, value, offset, littleEndian) {
  value = +value;
  checkBounds(buf, offset, 3);
  float32Array[0] = value;
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < 4; i++) buf[offset + i] = uInt8Float32Array[swap ? 3 - i : i];
  return offset + 4;
}

function writeDouble(buf, value, offset, littleEndian) {
  value = +value;
  checkBounds(buf, offset, 7);
  float64Array[0] = value;
  const swap = littleEndian === bigEndian;
  for (let i = 0; i < 8; i++) buf[offset + i] = uInt8Float64Array[swap ? 7 - i : i];
  return offset + 8;
}

function readFloatLE(offset = 0) { return readFloat(this, offset, true); }
function readFloatBE(offset = 0) { return readFloat(this, offset, false); }
function readDoubleLE(offset = 0) { return readDouble(this, offset, true); }
function readDoubleBE(offset = 0) { return readDouble(this, offset, false); }
function writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, true); }
function writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, false); }
function writeDoubleLE(value, offset = 0) { return writeDouble(this, value, offset, true); }
function writeDoubleBE(value, offset = 0) { return writeDouble(this, value, offset, false); }

// --- Writing integers --------------------------------------------------------------------------
// Values are stored through typed array element conversion (modulo 2 ** 8) of `value >>> n`
// for the low 32 bits and of Math.floor(value / 2 ** 32) above them, which is how Node rounds
// values that are not integers.

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU_Int16LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeU_Int16BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 1);
  buf[offset] = value >>> 8;
  buf[offset + 1] = value;
  return offset + 2;
}

function writeU_Int24LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeU_Int24BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  buf[offset] = value >>> 16;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value;
  return offset + 3;
}

function writeU_Int32LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeU_Int32BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function writeU_Int40LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = Math.floor(value * 2 ** -32);
  return offset + 5;
}

function writeU_Int40BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  buf[offset] = Math.floor(value * 2 ** -32);
  buf[offset + 1] = value >>> 24;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 8;
  buf[offset + 4] = value;
  return offset + 5;
}

function writeU_Int48LE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  buf[offset + 5] = high >>> 8;
  return offset + 6;
}

function writeU_Int48BE(buf, value, offset, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const high = Math.floor(value * 2 ** -32);
  buf[offset] = high >>> 8;
  buf[offset + 1] = high;
  buf[offset + 2] = value >>> 24;
  buf[offset + 3] = value >>> 16;
  buf[offset + 4] = value >>> 8;
  buf[offset + 5] = value;
  return offset + 6;
}

function writeBigU_Int64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo >>> (8 * i);
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = hi >>> (8 * i);
  }
  return offset + 8;
}

function writeUInt8(value, offset = 0) { return writeU_Int8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU_Int8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeU_Int16LE(this, value, offset, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return writeU_Int16BE(this, value, offset, 0, 0xffff); }
function writeInt16LE(value, offset = 0) {
  return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
}
function writeInt16BE(value, offset = 0) {
  return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
}
function writeUInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
}
function writeUInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
}
function writeInt32LE(value, offset = 0) {
  return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn, false);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48LE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 6) return writeU_Int48BE(this, value, offset, 0, 0xffffffffffff);
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, 0, 0xffffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, 0, 0xffffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, 0, 0xffffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, 0, 0xffff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntLE(value, offset, byteLength) {
  if (byteLength === 6) {
    return writeU_Int48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  if (byteLength === 5) return writeU_Int40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24LE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32LE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16LE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

function writeIntBE(value, offset, byteLength) {
  if (byteLength === 6) {
    return writeU_Int48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  if (byteLength === 5) return writeU_Int40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
  if (byteLength === 3) return writeU_Int24BE(this, value, offset, -0x800000, 0x7fffff);
  if (byteLength === 4) return writeU_Int32BE(this, value, offset, -0x80000000, 0x7fffffff);
  if (byteLength === 2) return writeU_Int16BE(this, value, offset, -0x8000, 0x7fff);
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  boundsError(byteLength, 6, 'byteLength');
}

// --- String methods (Node implements these natively, with these checks) ------------------------

function nativeError(ErrorClass, code, message) {
  const error = new ErrorClass(message);
  error.code = code;
  return error;
}

// An index argument as Node's C++ reads it: undefined gives the default, anything else is
// converted to an integer and must not be negative.
function parseArrayIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const index = Math.trunc(+value) || 0;
  if (index < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return index;
}

function makeSlice(name, slice) {
  const method = {
    [name](start, end) {
      // Fast path: a range already inside the view (the native side truncates fractions).
      if (ArrayBuffer.isView(this) && start >= 0 && end >= start && end <= this.byteLength &&
          typeof start === 'number' && typeof end === 'number') {
        const result = slice(this, start, end);
        if (result !== undefined) return result;
      }
      if (!ArrayBuffer.isView(this)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
      }
      const length = this.byteLength;
      if (length === 0) return '';
      start = parseArrayIndex(start, 0);
      end = parseArrayIndex(end, length);
      if (end < start) end = start;
      if (end > length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      const result = slice(this, start, end);
      if (result === undefined) {
        throw new codes.ERR_STRING_TOO_LONG(binding.kStringMaxLength.toString(16));
      }
      return result;
    },
  }[name];
  return method;
}

function makeWrite(name, write) {
  const method = {
    [name](string, offset, length) {
      if (!ArrayBuffer.isView(this)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
      }
      if (typeof string !== 'string') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const bufferLength = this.byteLength;
      offset = parseArrayIndex(offset, 0);
      if (offset > bufferLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      const maxLength = Math.min(bufferLength - offset,
                                 parseArrayIndex(length, bufferLength - offset));
      if (maxLength === 0) return 0;
      return write(this, string, offset, maxLength);
    },
  }[name];
  return method;
}

const stringMethods = {};
for (const encoding of ['utf8', 'latin1', 'ascii', 'ucs2', 'hex', 'base64', 'base64url']) {
  stringMethods[`${encoding}Slice`] = makeSlice(`${encoding}Slice`, binding[`${encoding}Slice`]);
  stringMethods[`${encoding}Write`] = makeWrite(`${encoding}Write`, binding[`${encoding}Write`]);
}

function addBufferPrototypeMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  proto.readFloatLE = readFloatLE;
  proto.readFloatBE = readFloatBE;
  proto.readDoubleLE = readDoubleLE;
  proto.readDoubleBE = readDoubleBE;
  proto.writeFloatLE = writeFloatLE;
  proto.writeFloatBE = writeFloatBE;
  proto.writeDoubleLE = writeDoubleLE;
  proto.writeDoubleBE = writeDoubleBE;

  proto.asciiSlice = stringMethods.asciiSlice;
  proto.base64Slice = stringMethods.base64Slice;
  proto.base64urlSlice = stringMethods.base64urlSlice;
  proto.latin1Slice = stringMethods.latin1Slice;
  proto.hexSlice = stringMethods.hexSlice;
  proto.ucs2Slice = stringMethods.ucs2Slice;
  proto.utf8Slice = stringMethods.utf8Slice;
  proto.asciiWrite = stringMethods.asciiWrite;
  proto.base64Write = stringMethods.base64Write;
  proto.base64urlWrite = stringMethods.base64urlWrite;
  proto.latin1Write = stringMethods.latin1Write;
  proto.hexWrite = stringMethods.hexWrite;
  proto.ucs2Write = stringMethods.ucs2Write;
  proto.utf8Write = stringMethods.utf8Write;
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  encodings,
  encodingsMap,
  normalizeEncoding,
  boundsError,
  nativeError,
};
