// util.types type checks.
const { types } = require('util');
console.log(types.isDate(new Date()), types.isRegExp(/x/), types.isPromise(Promise.resolve()));
console.log(types.isMap(new Map()), types.isSet(new Set()), types.isWeakMap(new WeakMap()));
console.log(types.isTypedArray(new Uint8Array()), types.isUint8Array(new Uint8Array()),
  types.isUint8Array(new Int8Array()), types.isFloat64Array(new Float64Array()));
console.log(types.isArrayBufferView(new DataView(new ArrayBuffer(1))), types.isTypedArray([]));
console.log(types.isBoxedPrimitive(new String('')), types.isNumberObject(1));
console.log(types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}));
console.log(types.isNativeError(new TypeError()), types.isNativeError({ name: 'Error' }));
console.log(types.isProxy(new Proxy({}, {})), types.isKeyObject({}), types.isCryptoKey({}));
console.log(require('util/types') === types);
