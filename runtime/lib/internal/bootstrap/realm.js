'use strict';
// The loader of the embedded library. Compiled with (process, internalBinding) and returns
// `requireBuiltin(id)`, the `require` every embedded module receives.

const { compileFunction, ids } = internalBinding('builtins');
const libraryIds = ids();
const libraryIdSet = new Set(libraryIds);
const cache = new Map();

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!libraryIdSet.has(id)) throw new Error(`No such built-in module: ${id}`);
  const fn = compileFunction(id);
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  let threw = true;
  try {
    fn.call(undefined, module.exports, requireBuiltin, module, process, internalBinding);
    threw = false;
  } finally {
    if (threw) cache.delete(id);
  }
  module.loaded = true;
  return module.exports;
}

// The ids user code may load: everything outside internal/.
requireBuiltin.publicIds = libraryIds.filter((id) => !id.startsWith('internal/'));
requireBuiltin.isLoaded = (id) => cache.has(id);
requireBuiltin.has = (id) => libraryIdSet.has(id);

return requireBuiltin;
