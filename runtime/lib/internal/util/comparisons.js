'use strict';
// Deep equality as util.isDeepStrictEqual and assert.deepEqual/deepStrictEqual define it:
// strict mode compares prototypes, symbol keys and uses Object.is; loose mode uses ==.

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = require('internal/util/types');

const utilBinding = internalBinding('util');
const { getOwnNonIndexProperties } = utilBinding;
const ONLY_ENUMERABLE =
  utilBinding.ONLY_ENUMERABLE !== undefined ? utilBinding.ONLY_ENUMERABLE : 2;

const uncurryThis = (fn) => Function.prototype.call.bind(fn);
const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
const ArrayIsArray = Array.isArray;
const NumberIsNaN = Number.isNaN;
const hasOwn = uncurryThis(Object.prototype.hasOwnProperty);
const propertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
const objectToString = uncurryThis(Object.prototype.toString);
const DateGetTime = uncurryThis(Date.prototype.getTime);
const RegExpSource = uncurryThis(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get);
const RegExpFlags = uncurryThis(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get);
const NumberValueOf = uncurryThis(Number.prototype.valueOf);
const StringValueOf = uncurryThis(String.prototype.valueOf);
const BooleanValueOf = uncurryThis(Boolean.prototype.valueOf);
const BigIntValueOf = uncurryThis(BigInt.prototype.valueOf);
const SymbolValueOf = uncurryThis(Symbol.prototype.valueOf);
const SetHas = uncurryThis(Set.prototype.has);
const SetValues = uncurryThis(Set.prototype.values);
const SetSize = uncurryThis(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
const MapGet = uncurryThis(Map.prototype.get);
const MapHas = uncurryThis(Map.prototype.has);
const MapEntries = uncurryThis(Map.prototype.entries);
const MapSize = uncurryThis(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
const ViewByteLength = (view) => view.byteLength;
const ArrayBufferByteLength =
  uncurryThis(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get);

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isURL(value) {
  const URLConstructor = globalThis.URL;
  if (typeof URLConstructor !== 'function') return false;
  try {
    return value instanceof URLConstructor;
  } catch {
    return false;
  }
}

function toBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, ViewByteLength(view));
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarRegExps(a, b) {
  return RegExpSource(a) === RegExpSource(b) &&
    RegExpFlags(a) === RegExpFlags(b) &&
    a.lastIndex === b.lastIndex;
}

// Loose comparison of float arrays treats 0 and -0 as equal (but never NaN and NaN).
function areSimilarFloatArrays(a, b) {
  if (ViewByteLength(a) !== ViewByteLength(b)) return false;
  for (let offset = 0; offset < ViewByteLength(a); offset++) {
    if (a[offset] !== b[offset]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (ViewByteLength(a) !== ViewByteLength(b)) return false;
  return bytesEqual(toBytes(a), toBytes(b));
}

function areEqualArrayBuffers(a, b) {
  let lengthA;
  let lengthB;
  try {
    lengthA = ArrayBufferByteLength(a);
    lengthB = ArrayBufferByteLength(b);
  } catch {
    // SharedArrayBuffer has its own getter.
    lengthA = a.byteLength;
    lengthB = b.byteLength;
  }
  return lengthA === lengthB && bytesEqual(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && ObjectIs(NumberValueOf(a), NumberValueOf(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && StringValueOf(a) === StringValueOf(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && BooleanValueOf(a) === BooleanValueOf(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigIntValueOf(a) === BigIntValueOf(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && SymbolValueOf(a) === SymbolValueOf(b);
  }
  return false;
}

function nonIndexKeys(value, strict) {
  const keys = getOwnNonIndexProperties(value, ONLY_ENUMERABLE);
  // Loose mode ignores symbol keys.
  return strict ? keys : keys.filter((key) => typeof key !== 'symbol');
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return strict ? ObjectIs(val1, val2) : true;
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && NumberIsNaN(val1) && NumberIsNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) {
      return false;
    }
    if (ObjectGetPrototypeOf(val1) !== ObjectGetPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (NumberIsNaN(val1) && NumberIsNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') {
      return false;
    }
  }

  const val1Tag = objectToString(val1);
  const val2Tag = objectToString(val2);
  if (val1Tag !== val2Tag) {
    return false;
  }

  if (ArrayIsArray(val1)) {
    if (!ArrayIsArray(val2) || val1.length !== val2.length) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    const keys2 = nonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]' && !isURL(val1)) {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || DateGetTime(val1) !== DateGetTime(val2)) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) {
      return false;
    }
  } else if (isError(val1)) {
    // The stack is not compared: it differs between otherwise identical errors.
    if (!isError(val2) ||
        val1.message !== val2.message ||
        val1.name !== val2.name) {
      return false;
    }
    if ((!propertyIsEnumerable(val1, 'cause') || !propertyIsEnumerable(val2, 'cause')) &&
        ('cause' in val1 || 'cause' in val2) &&
        !innerDeepEqual(val1.cause, val2.cause, strict, memos)) {
      return false;
    }
    if ((!propertyIsEnumerable(val1, 'errors') || !propertyIsEnumerable(val2, 'errors')) &&
        ('errors' in val1 || 'errors' in val2) &&
        !innerDeepEqual(val1.errors, val2.errors, strict, memos)) {
      return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) {
      return false;
    }
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    const keys2 = nonIndexKeys(val2, strict);
    if (keys1.length !== keys2.length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || SetSize(val1) !== SetSize(val2)) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || MapSize(val1) !== MapSize(val2)) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) {
      return false;
    }
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) {
      return false;
    }
  } else if (ArrayIsArray(val2) ||
             isArrayBufferView(val2) ||
             isSet(val2) ||
             isMap(val2) ||
             isDate(val2) ||
             isRegExp(val2) ||
             isAnyArrayBuffer(val2) ||
             isBoxedPrimitive(val2) ||
             isNativeError(val2) ||
             val2 instanceof Error) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function countEnumerable(object, keys) {
  let count = 0;
  for (const key of keys) {
    if (propertyIsEnumerable(object, key)) count++;
  }
  return count;
}

// Compares own enumerable keys (and, strictly, enumerable symbols), then the values and the
// entries of sets and maps. `aKeys` is given when the caller already collected them.
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const collectKeys = aKeys === undefined;
  if (collectKeys) {
    aKeys = ObjectKeys(val1);
    const bKeys = ObjectKeys(val2);
    if (aKeys.length !== bKeys.length) {
      return false;
    }
  }

  for (let i = 0; i < aKeys.length; i++) {
    if (!hasOwn(val2, aKeys[i])) {
      return false;
    }
  }

  if (strict && collectKeys) {
    const symbolKeysA = ObjectGetOwnPropertySymbols(val1);
    if (symbolKeysA.length !== 0) {
      let count = 0;
      for (const key of symbolKeysA) {
        if (propertyIsEnumerable(val1, key)) {
          if (!propertyIsEnumerable(val2, key)) {
            return false;
          }
          aKeys.push(key);
          count++;
        } else if (propertyIsEnumerable(val2, key)) {
          return false;
        }
      }
      const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
      if (symbolKeysA.length !== symbolKeysB.length &&
          countEnumerable(val2, symbolKeysB) !== count) {
        return false;
      }
    } else {
      const symbolKeysB = ObjectGetOwnPropertySymbols(val2);
      if (symbolKeysB.length !== 0 && countEnumerable(val2, symbolKeysB) !== 0) {
        return false;
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       (iterationType === kIsSet && SetSize(val1) === 0) ||
       (iterationType === kIsMap && MapSize(val1) === 0))) {
    return true;
  }

  // Cycles: a pair seen again at the same position in both graphs counts as equal.
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    const memoA = memos.val1.get(val1);
    if (memoA !== undefined) {
      const memoB = memos.val2.get(val2);
      if (memoB !== undefined) {
        return memoA === memoB;
      }
    }
    memos.position++;
  }

  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);

  const equal = objEquiv(val1, val2, strict, aKeys, memos, iterationType);

  memos.val1.delete(val1);
  memos.val2.delete(val2);

  return equal;
}

function* iterate(iterator) {
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    yield step.value;
  }
}

function setHasEqualElement(set, val1, strict, memos) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, strict, memos)) {
      // Each element of the other set may match only once.
      set.delete(val2);
      return true;
    }
  }
  return false;
}

// For a primitive missing from the other collection: null when a loosely equal primitive
// has to be searched for, otherwise whether the entry may still match (false: it cannot).
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // Only null gets here.
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Fall through: only strings that convert to a number can equal something else.
    case 'number':
      if (NumberIsNaN(prim)) {
        return false;
      }
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return SetHas(b, altValue) && !SetHas(a, altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = MapGet(b, altValue);
  if ((curB === undefined && !MapHas(b, altValue)) ||
      !innerDeepEqual(item, curB, false, memos)) {
    return false;
  }
  return !MapHas(a, altValue) && innerDeepEqual(item, curB, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Entries that need a pairwise search, collected lazily.
  let set = null;
  for (const val of iterate(SetValues(a))) {
    if (typeof val === 'object' && val !== null) {
      if (set === null) set = new Set();
      set.add(val);
    } else if (!SetHas(b, val)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, val)) return false;
      if (set === null) set = new Set();
      set.add(val);
    }
  }

  if (set !== null) {
    for (const val of iterate(SetValues(b))) {
      if (typeof val === 'object' && val !== null) {
        if (!setHasEqualElement(set, val, strict, memos)) return false;
      } else if (!strict && !SetHas(a, val) && !setHasEqualElement(set, val, strict, memos)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memos) {
  // Every candidate key must be tried: Map([[{}, 1], [{}, 2]]) has two equal-looking keys.
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) &&
        innerDeepEqual(item1, MapGet(map, key2), strict, memos)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let set = null;
  for (const [key, item1] of iterate(MapEntries(a))) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = MapGet(b, key);
      if ((item2 === undefined && !MapHas(b, key)) ||
          !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }

  if (set !== null) {
    for (const [key, item] of iterate(MapEntries(b))) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memos)) return false;
      } else if (!strict &&
                 (!MapHas(a, key) || !innerDeepEqual(MapGet(a, key), item, false, memos)) &&
                 !mapHasEqualEntry(set, a, key, item, false, memos)) {
        return false;
      }
    }
    return set.size === 0;
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
          return false;
        }
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining keys of the sparse array as a whole.
        const keysA = ObjectKeys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysA.length === ObjectKeys(b).length;
      }
    }
  }

  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
