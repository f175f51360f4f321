'use strict';
// Builtins that current npm packages call but V8 10.2 lacks, written to the ECMAScript spec
// and installed like the real ones (non-enumerable, right name and length, not constructors).
// Each is installed only where V8 does not already provide it.

const kMaxArrayLength = 2 ** 32 - 1;
const kMaxSafeInteger = Number.MAX_SAFE_INTEGER;

function install(target, methods) {
  for (const name of Reflect.ownKeys(methods)) {
    if (Object.prototype.hasOwnProperty.call(target, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(methods, name);
    descriptor.enumerable = false;
    Object.defineProperty(target, name, descriptor);
  }
}

function toIntegerOrInfinity(value) {
  const number = Number(value);
  if (Number.isNaN(number) || number === 0) return 0;
  if (!Number.isFinite(number)) return number;
  return Math.trunc(number);
}

function lengthOfArrayLike(object) {
  const length = toIntegerOrInfinity(object.length);
  if (length <= 0) return 0;
  return Math.min(length, kMaxSafeInteger);
}

function arrayCreate(length) {
  if (length > kMaxArrayLength) throw new RangeError('Invalid array length');
  return new Array(length);
}

function requireCallable(value, what) {
  if (typeof value !== 'function') throw new TypeError(`${what} is not a function`);
}

function relativeIndex(value, length) {
  const relative = toIntegerOrInfinity(value);
  if (relative >= 0) return relative;
  return length + relative;
}

// Array.prototype.{toSorted, toReversed, toSpliced, with} (ES2023).
install(Array.prototype, {
  toReversed() {
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const result = arrayCreate(length);
    for (let k = 0; k < length; k++) result[k] = object[length - 1 - k];
    return result;
  },
  toSorted(comparefn) {
    if (comparefn !== undefined) requireCallable(comparefn, 'The comparison function');
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const result = arrayCreate(length);
    for (let k = 0; k < length; k++) result[k] = object[k];
    return Array.prototype.sort.call(result, comparefn);
  },
  toSpliced(start, skipCount, ...items) {
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const relativeStart = toIntegerOrInfinity(start);
    const actualStart = relativeStart < 0 ? Math.max(length + relativeStart, 0)
                                          : Math.min(relativeStart, length);
    let actualSkipCount;
    if (arguments.length === 0) {
      actualSkipCount = 0;
    } else if (arguments.length === 1) {
      actualSkipCount = length - actualStart;
    } else {
      actualSkipCount = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), length - actualStart);
    }
    const newLength = length + items.length - actualSkipCount;
    if (newLength > kMaxSafeInteger) throw new TypeError('Invalid array length');
    const result = arrayCreate(newLength);
    let i = 0;
    let r = actualStart + actualSkipCount;
    for (; i < actualStart; i++) result[i] = object[i];
    for (const item of items) result[i++] = item;
    for (; i < newLength; i++, r++) result[i] = object[r];
    return result;
  },
  with(index, value) {
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const actualIndex = relativeIndex(index, length);
    if (actualIndex >= length || actualIndex < 0) throw new RangeError('Invalid index');
    const result = arrayCreate(length);
    for (let k = 0; k < length; k++) result[k] = k === actualIndex ? value : object[k];
    return result;
  },
});
for (const name of ['toReversed', 'toSorted', 'toSpliced']) {
  Array.prototype[Symbol.unscopables][name] = true;
}

// %TypedArray%.prototype.{toSorted, toReversed, with} (ES2023).
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
// ValidateTypedArray: a TypedArray whose buffer is not detached; returns its length.
function validTypedArrayLength(array) {
  if (typedArrayTag.call(array) === undefined) throw new TypeError('this is not a typed array.');
  const length = typedArrayLength.call(array);
  if (length === 0 && isDetached(array.buffer)) {
    throw new TypeError('Cannot perform this operation on a detached ArrayBuffer');
  }
  return length;
}
function isDetached(buffer) {
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}
install(TypedArrayPrototype, {
  toReversed() {
    const length = validTypedArrayLength(this);
    const result = new (Object.getPrototypeOf(this).constructor)(length);
    for (let k = 0; k < length; k++) result[k] = this[length - 1 - k];
    return result;
  },
  toSorted(comparefn) {
    if (comparefn !== undefined) requireCallable(comparefn, 'The comparison function');
    const length = validTypedArrayLength(this);
    const result = new (Object.getPrototypeOf(this).constructor)(length);
    for (let k = 0; k < length; k++) result[k] = this[k];
    return TypedArrayPrototype.sort.call(result, comparefn);
  },
  with(index, value) {
    const length = validTypedArrayLength(this);
    const actualIndex = relativeIndex(index, length);
    const isBigInt = this instanceof BigInt64Array || this instanceof BigUint64Array;
    const numeric = isBigInt ? BigInt(value) : Number(value);
    if (actualIndex >= typedArrayLength.call(this) || actualIndex < 0) {
      throw new RangeError('Invalid typed array index');
    }
    const result = new (Object.getPrototypeOf(this).constructor)(length);
    for (let k = 0; k < length; k++) result[k] = k === actualIndex ? numeric : this[k];
    return result;
  },
});

// String.prototype.{isWellFormed, toWellFormed} (ES2024).
function requireObjectCoercible(value, method) {
  if (value === null || value === undefined) {
    throw new TypeError(`String.prototype.${method} called on null or undefined`);
  }
  return value;
}
install(String.prototype, {
  isWellFormed() {
    const text = `${requireObjectCoercible(this, 'isWellFormed')}`;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i++;
          continue;
        }
        return false;
      }
      if (unit >= 0xDC00 && unit <= 0xDFFF) return false;
    }
    return true;
  },
  toWellFormed() {
    const text = `${requireObjectCoercible(this, 'toWellFormed')}`;
    let result = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i++;
          continue;
        }
      } else if (!(unit >= 0xDC00 && unit <= 0xDFFF)) {
        continue;
      }
      result += `${text.slice(start, i)}\uFFFD`;
      start = i + 1;
    }
    return result + text.slice(start);
  },
});

// Object.groupBy and Map.groupBy (ES2024).
function groupBy(items, callback, keyCoercion) {
  if (items === null || items === undefined) throw new TypeError('Cannot iterate over ' + items);
  requireCallable(callback, 'callback');
  const groups = [];
  let k = 0;
  for (const value of items) {
    let key = callback(value, k++);
    if (keyCoercion === 'property') {
      key = typeof key === 'symbol' ? key : `${key}`;
    } else if (key === 0) {
      key = 0;  // -0 becomes +0
    }
    let group = groups.find((entry) => Object.is(entry.key, key) ||
                                       (keyCoercion !== 'property' && entry.key === key));
    if (group === undefined) {
      group = { key, elements: [] };
      groups.push(group);
    }
    group.elements.push(value);
  }
  return groups;
}
install(Object, {
  groupBy(items, callback) {
    const result = Object.create(null);
    for (const { key, elements } of groupBy(items, callback, 'property')) result[key] = elements;
    return result;
  },
});
install(Map, {
  groupBy(items, callback) {
    const result = new Map();
    for (const { key, elements } of groupBy(items, callback, 'zero')) result.set(key, elements);
    return result;
  },
});

// Promise.withResolvers (ES2024).
install(Promise, {
  withResolvers() {
    const C = this;
    if (typeof C !== 'function') throw new TypeError('Promise.withResolvers called on non-object');
    let resolve;
    let reject;
    const promise = new C((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  },
});

// Set methods (ES2025): union, intersection, difference, symmetricDifference, isSubsetOf,
// isSupersetOf, isDisjointFrom, with the spec's GetSetRecord on the argument.
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
function thisSet(value, method) {
  try {
    setSize.call(value);
  } catch {
    throw new TypeError(`Method Set.prototype.${method} called on incompatible receiver ${String(value)}`);
  }
  return value;
}
function getSetRecord(other) {
  if (other === null || (typeof other !== 'object' && typeof other !== 'function')) {
    throw new TypeError('The "other" argument must be an object');
  }
  const rawSize = other.size;
  const numSize = Number(rawSize);
  if (Number.isNaN(numSize)) throw new TypeError('The "size" property must be a number');
  const size = toIntegerOrInfinity(numSize);
  if (size < 0) throw new RangeError('The "size" property must not be negative');
  const has = other.has;
  requireCallable(has, 'The "has" property');
  const keys = other.keys;
  requireCallable(keys, 'The "keys" property');
  return {
    size,
    has: (value) => Boolean(has.call(other, value)),
    *keys() {
      const iterator = keys.call(other);
      if (iterator === null || typeof iterator !== 'object') throw new TypeError('keys() must return an object');
      const next = iterator.next;
      for (;;) {
        const step = next.call(iterator);
        if (step === null || typeof step !== 'object') throw new TypeError('iterator result is not an object');
        if (step.done) return;
        yield step.value === 0 ? 0 : step.value;
      }
    },
  };
}
install(Set.prototype, {
  union(other) {
    thisSet(this, 'union');
    const record = getSetRecord(other);
    const result = new Set(this);
    for (const value of record.keys()) result.add(value);
    return result;
  },
  intersection(other) {
    thisSet(this, 'intersection');
    const record = getSetRecord(other);
    const result = new Set();
    if (setSize.call(this) <= record.size) {
      for (const value of [...this]) if (record.has(value)) result.add(value);
    } else {
      for (const value of record.keys()) if (Set.prototype.has.call(this, value)) result.add(value);
    }
    return result;
  },
  difference(other) {
    thisSet(this, 'difference');
    const record = getSetRecord(other);
    const result = new Set(this);
    if (setSize.call(this) <= record.size) {
      for (const value of [...this]) if (record.has(value)) result.delete(value);
    } else {
      for (const value of record.keys()) result.delete(value);
    }
    return result;
  },
  symmetricDifference(other) {
    thisSet(this, 'symmetricDifference');
    const record = getSetRecord(other);
    const result = new Set(this);
    for (const value of record.keys()) {
      if (Set.prototype.has.call(this, value)) result.delete(value); else result.add(value);
    }
    return result;
  },
  isSubsetOf(other) {
    thisSet(this, 'isSubsetOf');
    const record = getSetRecord(other);
    if (setSize.call(this) > record.size) return false;
    for (const value of [...this]) if (!record.has(value)) return false;
    return true;
  },
  isSupersetOf(other) {
    thisSet(this, 'isSupersetOf');
    const record = getSetRecord(other);
    if (setSize.call(this) < record.size) return false;
    for (const value of record.keys()) if (!Set.prototype.has.call(this, value)) return false;
    return true;
  },
  isDisjointFrom(other) {
    thisSet(this, 'isDisjointFrom');
    const record = getSetRecord(other);
    if (setSize.call(this) <= record.size) {
      for (const value of [...this]) if (record.has(value)) return false;
    } else {
      for (const value of record.keys()) if (Set.prototype.has.call(this, value)) return false;
    }
    return true;
  },
});

// Array.fromAsync (ES2026).
function isConstructor(value) {
  if (typeof value !== 'function') return false;
  try {
    Reflect.construct(String, [], value);
    return true;
  } catch {
    return false;
  }
}
install(Array, {
  fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
    const C = this;
    return (async () => {
      if (mapfn !== undefined) requireCallable(mapfn, 'mapfn');
      const usingAsync = asyncItems?.[Symbol.asyncIterator];
      const usingSync = usingAsync == null ? asyncItems?.[Symbol.iterator] : undefined;
      if (usingAsync != null || usingSync != null) {
        const result = isConstructor(C) ? new C() : [];
        let k = 0;
        const iterable = usingAsync != null ? asyncItems : (async function* wrap() {
          for (const value of asyncItems) yield await value;
        })();
        for await (const value of iterable) {
          result[k] = mapfn === undefined ? value : await mapfn.call(thisArg, value, k);
          k++;
        }
        result.length = k;
        return result;
      }
      if (asyncItems === null || asyncItems === undefined) {
        throw new TypeError(`${asyncItems} is not iterable`);
      }
      const arrayLike = Object(asyncItems);
      const length = lengthOfArrayLike(arrayLike);
      const result = isConstructor(C) ? new C(length) : arrayCreate(length);
      for (let k = 0; k < length; k++) {
        const value = await arrayLike[k];
        result[k] = mapfn === undefined ? value : await mapfn.call(thisArg, value, k);
      }
      result.length = length;
      return result;
    })();
  },
});

// Symbol.dispose and Symbol.asyncDispose, as Node 20 defines them.
for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (!(name in Symbol)) {
    Object.defineProperty(Symbol, name, {
      value: Symbol.for(key), writable: false, enumerable: false, configurable: false,
    });
  }
}

// The RegExp `v` flag (ES2024 unicodeSets), which V8 10.2 rejects. `RegExp` becomes a thin
// wrapper: without `v` it constructs V8's RegExp directly (same object shape, so V8's fast
// paths are kept); with `v` the pattern is translated to an equivalent `u` pattern natively
// (internalBinding('regexp'), loader/include/loader/regexp_v.h), and the regex gets a prototype
// of its own, between it and RegExp.prototype, whose `source`, `flags`, `unicodeSets` and
// `constructor` report the `v` original. RegExp.prototype itself is left untouched: any new
// property on it (even `unicodeSets`) makes V8 10.2 take the slow path of every split/replace
// (~10x). `v` literals in source are rewritten by the module loaders instead (to `u` literals).
const OriginalRegExp = RegExp;
const regExpSource = Object.getOwnPropertyDescriptor(OriginalRegExp.prototype, 'source').get;
const regExpFlags = Object.getOwnPropertyDescriptor(OriginalRegExp.prototype, 'flags').get;
const unicodeSetsRegExps = new WeakMap();  // translated regex -> { source, flags }
const translations = new Map();  // (i flag, v pattern) -> u pattern, for repeated constructions
let regExpBinding;

const UnicodeSetsPrototype = Object.create(OriginalRegExp.prototype, {
  source: {
    get() { return unicodeSetsRegExps.get(this)?.escapedSource ?? Reflect.apply(regExpSource, this, []); },
    enumerable: false, configurable: true,
  },
  flags: {
    get() { return unicodeSetsRegExps.get(this)?.flags ?? Reflect.apply(regExpFlags, this, []); },
    enumerable: false, configurable: true,
  },
  unicodeSets: {
    get() { return unicodeSetsRegExps.has(this); }, enumerable: false, configurable: true,
  },
});
// V8 gives objects made with a new.target the map of new.target.prototype, made once.
function UnicodeSetsTarget() {}
UnicodeSetsTarget.prototype = UnicodeSetsPrototype;

function construct(newTarget, args) {
  if (newTarget === undefined) return Reflect.apply(OriginalRegExp, undefined, args);
  if (newTarget === RegExpWrapper) return new OriginalRegExp(...args);
  return Reflect.construct(OriginalRegExp, args, newTarget);
}

// EscapeRegExpPattern, as V8 writes `source`: `/` outside classes and line terminators escaped.
function escapeRegExpSource(source) {
  if (source === '') return '(?:)';
  let result = '';
  let classDepth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      if (next === '\n') result += '\\n';
      else if (next === '\r') result += '\\r';
      else if (next === '\u2028') result += '\\u2028';
      else if (next === '\u2029') result += '\\u2029';
      else result += c + next;
      i++;
      continue;
    }
    if (c === '[') classDepth++;
    else if (c === ']' && classDepth > 0) classDepth--;
    if (c === '/' && classDepth === 0) result += '\\/';
    else if (c === '\n') result += '\\n';
    else if (c === '\r') result += '\\r';
    else if (c === '\u2028') result += '\\u2028';
    else if (c === '\u2029') result += '\\u2029';
    else result += c;
  }
  return result;
}

function translateUnicodeSets(source, ignoreCase) {
  const key = (ignoreCase ? 'i' : '-') + source;
  let translated = translations.get(key);
  if (translated === undefined) {
    regExpBinding ??= internalBinding('regexp');
    translated = regExpBinding.translateUnicodeSets(source, ignoreCase);
    if (translations.size >= 512) translations.clear();
    translations.set(key, translated);
  }
  return translated;
}

function createUnicodeSetsRegExp(source, flags, newTarget) {
  let ordered = '';
  for (const flag of 'dgimsuvy') {
    const at = flags.indexOf(flag);
    if (at === -1) continue;
    if (flag === 'u' || flags.indexOf(flag, at + 1) !== -1) ordered = undefined;
    if (ordered !== undefined) ordered += flag;
  }
  if (ordered === undefined || ordered.length !== flags.length) {
    throw new SyntaxError(`Invalid flags supplied to RegExp constructor '${flags}'`);
  }
  const translated = translateUnicodeSets(source, flags.includes('i'));
  if (typeof translated !== 'string') {
    throw new SyntaxError(`Invalid regular expression: /${source}/${flags}: ${translated[0]}`);
  }
  const uFlags = flags.replace('v', 'u');
  const subclass = newTarget !== undefined && newTarget !== RegExpWrapper;
  let regexp;
  try {
    regexp = Reflect.construct(OriginalRegExp, [translated, uFlags],
                               subclass ? newTarget : UnicodeSetsTarget);
  } catch (error) {
    // Outside classes a `v` pattern is a `u` pattern: V8's message names the problem.
    // V8 10.2 writes "/pattern/: problem" (no flags), later versions "/pattern/flags: ".
    for (const prefix of [`Invalid regular expression: /${translated}/: `,
                          `Invalid regular expression: /${translated}/${uFlags}: `]) {
      if (error instanceof SyntaxError && error.message.startsWith(prefix)) {
        throw new SyntaxError(`Invalid regular expression: /${source}/${flags}: ` +
                              error.message.slice(prefix.length));
      }
    }
    throw error;
  }
  const record = {
    source, escapedSource: escapeRegExpSource(source), flags: ordered, translated, uFlags,
    inner: undefined,
  };
  unicodeSetsRegExps.set(regexp, record);
  if (subclass) {
    // A subclass's prototype chain is its own: the `v` view goes on the instance (slower).
    const hidden = { writable: false, enumerable: false, configurable: true };
    const descriptors = {
      source: { ...hidden, value: record.escapedSource },
      flags: { ...hidden, value: ordered },
      unicodeSets: { ...hidden, value: true },
    };
    for (const key of Reflect.ownKeys(unicodeSetsMethods)) {
      descriptors[key] = { ...hidden, writable: true, value: unicodeSetsMethods[key] };
    }
    Object.defineProperties(regexp, descriptors);
  }
  return regexp;
}

// V8 10.2's match/matchAll/replace/split/search read `flags` and step over empty matches by
// code unit when it has no `u`: on a `v` regex they would loop forever at an astral character.
// They run on a plain `u` twin of the regex instead (V8's fast paths), lastIndex kept in step.
function withTwin(regexp, method, args) {
  const record = unicodeSetsRegExps.get(regexp);
  if (record === undefined) return Reflect.apply(method, regexp, args);
  const twin = record.inner ??= new OriginalRegExp(record.translated, record.uFlags);
  twin.lastIndex = regexp.lastIndex;
  try {
    return Reflect.apply(method, twin, args);
  } finally {
    regexp.lastIndex = twin.lastIndex;
  }
}
const RegExpPrototype = OriginalRegExp.prototype;
const unicodeSetsMethods = {
  [Symbol.match](string) { return withTwin(this, RegExpPrototype[Symbol.match], [string]); },
  [Symbol.matchAll](string) { return withTwin(this, RegExpPrototype[Symbol.matchAll], [string]); },
  [Symbol.replace](string, replaceValue) {
    return withTwin(this, RegExpPrototype[Symbol.replace], [string, replaceValue]);
  },
  [Symbol.search](string) { return withTwin(this, RegExpPrototype[Symbol.search], [string]); },
  [Symbol.split](string, limit) {
    return withTwin(this, RegExpPrototype[Symbol.split], [string, limit]);
  },
};
for (const key of Reflect.ownKeys(unicodeSetsMethods)) {
  Object.defineProperty(UnicodeSetsPrototype, key, {
    value: unicodeSetsMethods[key], writable: true, enumerable: false, configurable: true,
  });
}

const RegExpWrapper = function RegExp(pattern, flags) {
  // The common case first, with no allocation: no `v` flag, no `v` regex to copy.
  if (flags === undefined ?
    (typeof pattern !== 'object' || pattern === null || !unicodeSetsRegExps.has(pattern)) :
    (typeof flags === 'string' && !flags.includes('v'))) {
    if (new.target === RegExpWrapper) return new OriginalRegExp(pattern, flags);
    if (new.target === undefined) return OriginalRegExp(pattern, flags);
    return Reflect.construct(OriginalRegExp, [pattern, flags], new.target);
  }
  return constructRegExp(pattern, flags, new.target);
};

function constructRegExp(pattern, flags, newTarget) {
  if (flags === undefined) {
    // A copy of a `v` regex (RegExp(re) without new returns `re` itself).
    if (newTarget === undefined && pattern.constructor === RegExpWrapper) return pattern;
    const record = unicodeSetsRegExps.get(pattern);
    return createUnicodeSetsRegExp(record.source, record.flags, newTarget);
  }
  if (typeof flags !== 'string') flags = `${flags}`;
  if (!flags.includes('v')) return construct(newTarget, [pattern, flags]);
  let source;
  if (pattern !== null && typeof pattern === 'object' && unicodeSetsRegExps.has(pattern)) {
    source = unicodeSetsRegExps.get(pattern).source;
  } else if (isRegExpObject(pattern)) {
    source = Reflect.apply(regExpSource, pattern, []);
  } else if (pattern !== null && typeof pattern === 'object' && pattern[Symbol.match]) {
    source = `${pattern.source}`;
  } else {
    source = pattern === undefined ? '' : `${pattern}`;
  }
  return createUnicodeSetsRegExp(source, flags, newTarget);
}

function isRegExpObject(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    Reflect.apply(regExpSource, value, []);
    return true;
  } catch {
    return false;
  }
}

Object.defineProperty(UnicodeSetsPrototype, 'constructor', {
  value: RegExpWrapper, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(RegExpWrapper, 'prototype', {
  value: OriginalRegExp.prototype, writable: false, enumerable: false, configurable: false,
});
Object.defineProperty(RegExpWrapper, Symbol.species, {
  get() { return this; }, enumerable: false, configurable: true,
});
// The legacy static properties (RegExp.$1, RegExp.lastMatch, …) read V8's.
for (const name of Reflect.ownKeys(OriginalRegExp)) {
  const descriptor = Object.getOwnPropertyDescriptor(OriginalRegExp, name);
  if (descriptor.get === undefined || name === Symbol.species) continue;
  Object.defineProperty(RegExpWrapper, name, {
    get() { return OriginalRegExp[name]; },
    set: descriptor.set === undefined ? undefined : (value) => { OriginalRegExp[name] = value; },
    enumerable: descriptor.enumerable,
    configurable: descriptor.configurable,
  });
}
Object.defineProperty(globalThis, 'RegExp', {
  value: RegExpWrapper, writable: true, enumerable: false, configurable: true,
});
