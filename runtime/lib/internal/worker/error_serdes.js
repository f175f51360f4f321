'use strict';
// A worker's uncaught exception on its way to the parent's Worker 'error' event, as Node's
// internal/error_serdes: an Error keeps its class (found by name among the built-in error
// constructors) and its properties (functions and symbols left out, `cause` serialized in
// turn); an object with a custom inspect becomes its inspected text; another value is cloned
// when it can be, else sent as its util.inspect() text. Candidates are tried in that order
// with `check` (a clone attempt), which throws when one cannot cross threads.

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const errors = {
  Error, TypeError, RangeError, URIError, SyntaxError, ReferenceError, EvalError,
};
const errorConstructorNames = new Set(Object.keys(errors));

function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}

function tryGetAllProperties(object, target = object) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, tryGetAllProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let descriptor;
    try {
      descriptor = Object.getOwnPropertyDescriptor(object, key);
    } catch {
      continue;
    }
    const getter = descriptor.get;
    if (getter && key !== '__proto__') {
      try {
        descriptor.value = getter.call(target);
        delete descriptor.get;
        delete descriptor.set;
      } catch {
        // Continue regardless of error.
      }
    }
    if (key === 'cause') {
      descriptor.value = serializeError(descriptor.value, structuredClone);
      all[key] = descriptor;
    } else if ('value' in descriptor && typeof descriptor.value !== 'function' &&
               typeof descriptor.value !== 'symbol') {
      all[key] = descriptor;
    }
  }
  return all;
}

function errorConstructorName(error) {
  for (let current = error; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor?.value) {
      const name = Object.getOwnPropertyDescriptor(descriptor.value, 'name')?.value;
      if (errorConstructorNames.has(name)) return name;
    }
  }
  return undefined;
}

// -> a clonable record; `check(record)` throws if the record cannot be sent.
function serializeError(error, check) {
  if (typeof error === 'symbol') return check({ kind: 'symbol', text: inspect(error) });
  try {
    if (typeof error === 'object' && Object.prototype.toString.call(error) === '[object Error]') {
      const name = errorConstructorName(error);
      if (name !== undefined) {
        return check({ kind: 'error', name, properties: { ...tryGetAllProperties(error) } });
      }
    }
  } catch {
    // Continue regardless of error.
  }
  try {
    if (error != null && customInspectSymbol in error) {
      return check({ kind: 'custom', text: inspect(error) });
    }
  } catch {
    // Continue regardless of error.
  }
  try {
    return check({ kind: 'value', value: error });
  } catch {
    // Continue regardless of error.
  }
  return check({ kind: 'inspected', text: inspect(error) });
}

function deserializeError(record) {
  switch (record.kind) {
    case 'error': {
      const properties = record.properties;
      Object.defineProperty(properties, Symbol.toStringTag, {
        __proto__: null,
        value: { __proto__: null, value: 'Error', configurable: true },
        enumerable: true,
      });
      if ('cause' in properties && 'value' in properties.cause) {
        properties.cause.value = deserializeError(properties.cause.value);
      }
      return Object.create(errors[record.name].prototype, properties);
    }
    case 'value':
      return record.value;
    case 'symbol':
      return Symbol.for(record.text.slice('Symbol('.length, -1));
    case 'custom':
      return { __proto__: null, [customInspectSymbol]: () => record.text };
    default:
      return record.text;
  }
}

module.exports = { deserializeError, serializeError };
