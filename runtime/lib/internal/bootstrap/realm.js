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
    const require = id.startsWith(kDepsPrefix) ? makeDepsRequire(id) : requireBuiltin;
    fn.call(undefined, module.exports, require, module, process, internalBinding);
    threw = false;
  } finally {
    if (threw) cache.delete(id);
  }
  module.loaded = true;
  return module.exports;
}

// npm packages bundled into the library (internal/deps/<name>/lib/…, see
// docs/dependencies.md) are CommonJS written for node_modules. Each of their modules gets a
// require bound to its id that resolves relative requests ('./x', '../y', with or without
// '.js', a directory's index) against that id, and bare names of builtins to Kiln's builtins,
// as in node_modules. Other modules keep requireBuiltin itself, so this costs nothing until a
// bundled package is loaded.
const kDepsPrefix = 'internal/deps/';
const publicIdSet = new Set(libraryIds.filter((id) => !id.startsWith('internal/')));

// npm polyfills of Node's globals that the bundled packages name: Kiln's own objects stand in.
// A trailing slash (require('process/')) names the same package.
const depsPolyfills = {
  __proto__: null,
  'process': () => process,
  'abort-controller': () => {
    const { AbortController, AbortSignal } = requireBuiltin('internal/abort_controller');
    return { AbortController, AbortSignal };
  },
};

// Files of bundled packages that approximate Node internals Kiln has for real: requiring them
// loads Kiln's module instead, so that stream errors are Node's (code in the stack header, own
// `code` property, Node's messages) and util.inspect is the real one.
const depsOverrides = {
  __proto__: null,
  'internal/deps/readable-stream/lib/ours/errors': 'internal/errors',
  'internal/deps/readable-stream/lib/ours/util/inspect': 'internal/util/inspect',
  'internal/deps/readable-stream/lib/internal/streams/readable': 'internal/streams/readable',
  'internal/deps/readable-stream/lib/internal/streams/writable': 'internal/streams/writable',
};

function resolveDepsRequest(parentId, request) {
  if (request[0] !== '.') return undefined;
  const segments = parentId.split('/');
  segments.pop();
  for (const segment of request.split('/')) {
    if (segment === '..') {
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  const base = segments.join('/');
  if (!base.startsWith(kDepsPrefix)) return undefined;
  const candidates = base.endsWith('.js') ?
    [base.slice(0, -3), base, `${base}/index`] : [base, `${base}/index`];
  for (const candidate of candidates) {
    const id = depsOverrides[candidate] ?? candidate;
    if (libraryIdSet.has(id)) return id;
  }
  return undefined;
}

function makeDepsRequire(parentId) {
  return function require(request) {
    const name = request.endsWith('/') ? request.slice(0, -1) : request;
    const polyfill = depsPolyfills[name];
    if (polyfill !== undefined) return polyfill();
    if (publicIdSet.has(name)) return requireBuiltin(name);
    const id = resolveDepsRequest(parentId, request);
    if (id === undefined) {
      const error = new Error(`Cannot find module '${request}' from node:${parentId}`);
      error.code = 'MODULE_NOT_FOUND';
      throw error;
    }
    return requireBuiltin(id);
  };
}

// The ids user code may load: everything outside internal/.
requireBuiltin.publicIds = [...publicIdSet];
requireBuiltin.isLoaded = (id) => cache.has(id);
requireBuiltin.has = (id) => libraryIdSet.has(id);

return requireBuiltin;
