'use strict';
// Helpers shared by the node:http modules.

// Node's http classes are constructor functions (libraries call `http.ServerResponse.call(this,
// req)` and inherit with util.inherits), so ours are too: a function for the constructor, and a
// class body as the holder of methods and accessors, copied onto its prototype. Methods become
// enumerable, as assigned prototype functions are in Node; accessors stay non-enumerable.
function defineMethods(constructor, holder) {
  const descriptors = Object.getOwnPropertyDescriptors(holder.prototype);
  delete descriptors.constructor;
  for (const key of Reflect.ownKeys(descriptors)) {
    const descriptor = descriptors[key];
    if (typeof descriptor.value === 'function') descriptor.enumerable = true;
  }
  Object.defineProperties(constructor.prototype, descriptors);
}

function inherit(constructor, parent) {
  Object.setPrototypeOf(constructor.prototype, parent.prototype);
  Object.setPrototypeOf(constructor, parent);
}

module.exports = { defineMethods, inherit };
