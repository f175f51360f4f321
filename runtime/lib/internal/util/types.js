'use strict';
// util.types: the native type checks of internalBinding('types') plus the typed array checks,
// which only need the %TypedArray%.prototype[Symbol.toStringTag] getter.

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const ArrayBufferIsView = ArrayBuffer.isView;

function isArrayBufferView(value) {
  return ArrayBufferIsView(value);
}

function isTypedArray(value) {
  return getTypedArrayTag(value) !== undefined;
}

function isUint8Array(value) {
  return getTypedArrayTag(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return getTypedArrayTag(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return getTypedArrayTag(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return getTypedArrayTag(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return getTypedArrayTag(value) === 'Int8Array';
}

function isInt16Array(value) {
  return getTypedArrayTag(value) === 'Int16Array';
}

function isInt32Array(value) {
  return getTypedArrayTag(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return getTypedArrayTag(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return getTypedArrayTag(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return getTypedArrayTag(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return getTypedArrayTag(value) === 'BigUint64Array';
}

const nativeNames = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap', 'isSet',
  'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView',
  'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer',
  'isBoxedPrimitive',
];

const types = {};
for (const name of nativeNames) {
  types[name] = binding[name];
}
Object.assign(types, {
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
});

// Crypto keys belong to node:crypto, loaded on the first call (as Node does); isCryptoKey
// reports false until Web Crypto exists. The descriptor shape (read-only, enumerable, functions
// named "value") is Node's.
let isKeyObject;
Object.defineProperties(types, {
  isKeyObject: {
    __proto__: null,
    value(obj) {
      isKeyObject ??= require('internal/crypto/keys').isKeyObject;
      return isKeyObject(obj);
    },
    enumerable: true,
  },
  isCryptoKey: {
    __proto__: null,
    value(obj) {
      return false;
    },
    enumerable: true,
  },
});

module.exports = types;
