'use strict';
// A worker's uncaught exception on its way to the parent's Worker 'error' event, as Node's
// internal/error_serdes: an Error keeps its class (found by name among the built-in error
// constructors) and all its properties; another value is cloned when it can be, else sent as
// its util.inspect() text.

const errorConstructorNames = new Set([
  'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'AggregateError',
]);

function isError(value) {
  return Object.prototype.toString.call(value) === '[object Error]';
}

function constructorNameOf(error) {
  for (let object = error; object !== null; object = Object.getPrototypeOf(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
    const name = descriptor?.value?.name;
    if (typeof name === 'string' && errorConstructorNames.has(name)) return name;
  }
  return undefined;
}

// Own and inherited properties with their descriptors; getters are read (errors ignored) and
// functions left out, as Node's TryGetAllProperties.
function allProperties(object, target = object) {
  const all = { __proto__: null };
  if (object === null) return all;
  Object.assign(all, allProperties(Object.getPrototypeOf(object), target));
  for (const key of Object.getOwnPropertyNames(object)) {
    let descriptor;
    try {
      descriptor = Object.getOwnPropertyDescriptor(object, key);
    } catch {
      continue;
    }
    if (descriptor.get && key !== '__proto__') {
      try {
        descriptor.value = descriptor.get.call(target);
      } catch {
        // Continue regardless of error.
      }
    }
    if ('value' in descriptor && typeof descriptor.value !== 'function') {
      delete descriptor.get;
      delete descriptor.set;
      all[key] = descriptor;
    }
  }
  return all;
}

// -> a value for postMessage: { kind, ... }
function serializeError(error) {
  if (typeof error === 'object' && error !== null && isError(error)) {
    const name = constructorNameOf(error);
    if (name !== undefined) return { kind: 'error', name, properties: { ...allProperties(error) } };
  }
  return { kind: 'value', value: error };
}

function inspected(error) {
  return { kind: 'inspected', text: require('internal/util/inspect').inspect(error) };
}

function deserializeError(serialized) {
  switch (serialized.kind) {
    case 'error':
      return Object.create(globalThis[serialized.name].prototype, serialized.properties);
    case 'value':
      return serialized.value;
    default:
      return serialized.text;
  }
}

module.exports = { deserializeError, inspected, serializeError };
