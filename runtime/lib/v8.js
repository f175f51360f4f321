'use strict';
// node:v8: heap statistics, V8 flags and the startup-snapshot API surface. Kiln builds its own
// snapshot at build time, so a program never runs while a snapshot is being built.

const {
  codes: { ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { FastBuffer } = require('internal/buffer');

const binding = internalBinding('heap_utils');

const heapStatisticsFields = [
  'total_heap_size',
  'total_heap_size_executable',
  'total_physical_size',
  'total_available_size',
  'used_heap_size',
  'heap_size_limit',
  'malloced_memory',
  'peak_malloced_memory',
  'does_zap_garbage',
  'number_of_native_contexts',
  'number_of_detached_contexts',
  'total_global_handles_size',
  'used_global_handles_size',
  'external_memory',
];
const heapStatisticsBuffer = new Float64Array(heapStatisticsFields.length);

function getHeapStatistics() {
  binding.heapStatistics(heapStatisticsBuffer);
  const result = {};
  for (let i = 0; i < heapStatisticsFields.length; i++) {
    result[heapStatisticsFields[i]] = heapStatisticsBuffer[i];
  }
  return result;
}

function getHeapSpaceStatistics() {
  return binding.heapSpaceStatistics().map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

function getHeapCodeStatistics() {
  const [code, bytecode, externalSource, cpuProfiler] = binding.heapCodeStatistics();
  return {
    code_and_metadata_size: code,
    bytecode_and_metadata_size: bytecode,
    external_script_source_size: externalSource,
    cpu_profiler_metadata_size: cpuProfiler,
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return binding.isStringOneByteRepresentation(content);
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  isBuildingSnapshot: () => 0,  // A number, as Node's (a flag read from a typed array)
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
};

// Coverage is collected only under NODE_V8_COVERAGE, which Kiln does not implement: as in
// Node without it, these do nothing.
function takeCoverage() {}
function stopCoverage() {}

// --- Serialization (V8's wire format) -----------------------------------------------------------
// The native classes call back into the _-prefixed methods, which subclasses may override.
const serdes = internalBinding('value_serializer');

class Serializer extends serdes.Serializer {
  releaseBuffer() {
    const buffer = super.releaseBuffer();
    return new FastBuffer(buffer, 0, buffer.byteLength);
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _writeHostObject(object) {
    throw this._getDataCloneError(`Unserializable host object: ${require('internal/util/inspect').inspect(object)}`);
  }

  _getSharedArrayBufferId() {
    throw this._getDataCloneError('SharedArrayBuffer serialization is not supported');
  }
}

class Deserializer extends serdes.Deserializer {
  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
      // Node's native check, with its own message.
      const error = new TypeError('buffer must be a TypedArray or a DataView');
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    super(buffer);
    Object.defineProperty(this, 'buffer', {
      __proto__: null, value: buffer, writable: true, enumerable: true, configurable: true,
    });
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }

  _readHostObject() {
    throw new Error('Unable to deserialize host object');
  }
}

// ArrayBufferViews travel as host objects: a type index, the byte length, the bytes. Index 10
// is a Buffer, as in Node.
const viewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];
const viewTypeIndexByTag = new Map(viewTypes.filter((type) => type !== FastBuffer)
  .map((type) => [`[object ${type.name}]`, viewTypes.indexOf(type)]));
const kBufferTypeIndex = viewTypes.indexOf(FastBuffer);

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let index = kBufferTypeIndex;
    if (!Buffer.isBuffer(view)) {
      index = viewTypeIndexByTag.get(Object.prototype.toString.call(view));
      if (index === undefined) {
        throw this._getDataCloneError(
          `Unserializable host object: ${require('internal/util/inspect').inspect(view)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const type = viewTypes[index];
    if (type === undefined) throw new Error('Unable to deserialize host object');
    const elementSize = type === DataView || type === FastBuffer ? 1 : type.BYTES_PER_ELEMENT;
    const start = this.buffer.byteOffset + offset;
    if (start % elementSize === 0) {
      return new type(this.buffer.buffer, start, byteLength / elementSize);
    }
    // Misaligned for its element size: copy.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, start, byteLength));
    return new type(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

module.exports = {
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  serialize,
  deserialize,
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  isStringOneByteRepresentation,
  startupSnapshot,
  takeCoverage,
  stopCoverage,
};
