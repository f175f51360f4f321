'use strict';
// CommonJS modules, a port of Node's lib/internal/modules/cjs/loader.js (v20): relative and
// absolute paths, node_modules walking up, package.json "main" and "exports" (conditions
// require, node, kiln, node-addons, default), "#imports", self-reference, directory index
// files, require.cache, cycles, Module._extensions and the wrapper.
//
// This module is loaded into the startup snapshot: nothing at the top level may depend on the
// run (environment, arguments, files). Module._initPaths() is called per run.

const path = require('path');
const fsBinding = internalBinding('fs');
const { runScript } = internalBinding('contextify');
const packageJsonReader = require('internal/modules/package_json');
const builtins = require('internal/modules/builtins');
const sourceTransform = require('internal/modules/source_transform');
// TypeScript: registers the .ts/.mts/.cts/.tsx/.jsx transforms; resolution helpers.
const typescript = require('internal/modules/typescript');
const {
  compileFunctionForCJSLoader, resolveFile, rewriteImportAttributes,
} = internalBinding('module_wrap');
const kImportAttributesHint = /\bwith\s*:/;
// A `/` then regex flags with `v`: the files that may hold a `v` regex literal (V8 10.2 has no
// `v` flag; internalBinding('regexp') rewrites them to `u` literals).
const kUnicodeSetsHint = /\/[dgimsuy]*v[dgimsuy]*(?![\w$/-])/;
let rewriteUnicodeSets;
// The ES module loader, for require(esm) and files that turn out to be ES modules.
function lazyESM() { return require('internal/modules/esm/loader'); }
const { reportFileLoaded } = require('internal/watch_report');

const requireBuiltin = require;

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');
// Node keeps a module's parent under a private symbol; a WeakMap is as invisible.
const moduleParents = new WeakMap();

// The conditions of require(): Node's, plus 'kiln' so that packages can target Kiln, plus the
// run's --conditions (added by initializeConditions).
const cjsConditions = new Set(['require', 'node', 'kiln', 'node-addons']);

function initializeConditions(userConditions) {
  for (const condition of userConditions) cjsConditions.add(condition);
}

function lazyErrors() { return require('internal/errors').codes; }

function validateString(value, name) {
  if (typeof value !== 'string') throw new (lazyErrors().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

function setOwnProperty(object, key, value) {
  return Object.defineProperty(object, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

const relativeResolveCache = { __proto__: null };

let requireDepth = 0;
let isPreloading = false;
let statCache = null;

function internalRequire(module, id) {
  validateString(id, 'id');
  if (id === '') {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, module, false);
  } finally {
    requireDepth--;
  }
}

// The real paths found so far, by the path that named them.
const realpathCache = new Map();

function stat(filename) {
  if (statCache !== null) {
    const result = statCache.get(filename);
    if (result !== undefined) return result;
  }
  // resolveFile is a stat that also gives a file's real path (one lstat, with the real paths
  // of directories cached): toRealPath() then needs no system call of its own.
  const found = resolveFile(filename);
  let result = found;
  if (typeof found === 'string') {
    result = 0;
    realpathCache.set(filename, found);
  }
  // Only successes are cached, and only while the main module runs synchronously.
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

let _stat = stat;
let _readPackage = packageJsonReader.readPackage;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
let modulePaths = [];
Module.globalPaths = [];

let patched = false;

let wrap = function(script) { // eslint-disable-line func-style
  return Module.wrapper[0] + script + Module.wrapper[1];
};

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

let wrapperProxy = new Proxy(wrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Object.defineProperty(target, property, descriptor);
  },
});

Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
});

Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  get() { return isPreloading; },
});

// module.parent: deprecated (DEP0144) but only warned about with --pending-deprecation.
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() { return moduleParents.get(this); },
  set(value) { moduleParents.set(this, value); },
});

Module._debug = function() {};
Module.isBuiltin = builtins.isBuiltin;

Object.defineProperty(Module, '_stat', {
  __proto__: null,
  get() { return _stat; },
  set(value) {
    _stat = value;
    return true;
  },
  configurable: true,
});

Object.defineProperty(Module, '_readPackage', {
  __proto__: null,
  get() { return _readPackage; },
  set(value) {
    _readPackage = value;
    return true;
  },
  configurable: true,
});

Module.builtinModules = Object.freeze(builtins.getCanBeRequiredByUsersWithoutSchemeList());

// Tries `requestPath` as a package directory: its "main", then index files.
function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = _readPackage(requestPath).main;
  if (!pkg) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);

  const filename = path.resolve(requestPath, pkg);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      const jsonPath = path.resolve(requestPath, 'package.json');
      process.emitWarning(
        `Invalid 'main' field in '${jsonPath}' of '${pkg}'. ` +
          'Please either fix that or report it to the module author',
        'DeprecationWarning',
        'DEP0128');
    }
  }
  return actual;
}

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    // resolveFile caches the real paths of directories: one lstat per file, as Node's cached
    // realpathSync; anything but a file takes the plain path.
    real = resolveFile(requestPath);
    if (typeof real !== 'string') real = fsBinding.realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

function tryFile(requestPath, isMain) {
  const rc = _stat(requestPath);
  if (rc !== 0) return;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // Dotfiles like .gitignore.
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
}

// A package requiring itself by its name, through its own "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const { data: pkg, path: pkgPath } = packageJsonReader.readPackageScope(parentPath);
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;

  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = `.${request.slice(pkg.name.length)}`;
  } else {
    return false;
  }

  try {
    return finalizeEsmResolution(packageJsonReader.packageExportsResolve(
      `${pkgPath}/package.json`, expansion, pkg, parentPath, cjsConditions), parentPath, pkgPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') {
      throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
    }
    throw e;
  }
}

// Requests of the forms name/... and @scope/name/... may be mapped by the package's "exports".
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const { 1: name, 2: expansion = '' } = EXPORTS_PATTERN.exec(request) || {};
  if (!name) return;
  const pkgPath = path.resolve(nmPath, name);
  const pkg = _readPackage(pkgPath);
  if (pkg.exists && pkg.exports != null) {
    try {
      return finalizeEsmResolution(packageJsonReader.packageExportsResolve(
        `${pkgPath}/package.json`, `.${expansion}`, pkg, null, cjsConditions), null, pkgPath);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
      }
      throw e;
    }
  }
}

function getDefaultExtensions() { return Object.keys(Module._extensions); }

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const last = request.length - 1;
  const trailingSlash = request.length > 0 &&
    (request[last] === '/' || (request[last] === '.' &&
      (request.length === 1 || request[last - 1] === '/' ||
       (request[last - 1] === '.' && (request.length === 2 || request[last - 2] === '/')))));

  let insidePath = true;
  // A request without '..' cannot leave its directory: no need to normalize it.
  if (isRelative(request) && request.includes('..')) {
    const normalizedRequest = path.normalize(request);
    if (normalizedRequest.startsWith('..')) insidePath = false;
  }
  // './name' with nothing to normalize (the common case) joins without path.resolve.
  const simpleRelative = request.startsWith('./') && !request.includes('/.', 1) &&
    !request.includes('//') && !request.endsWith('/');

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (typeof curPath !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('paths', 'array of strings', paths);
    }
    // Don't search further if the directory doesn't exist.
    if (insidePath && curPath && _stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = simpleRelative && curPath.length > 1 && curPath[0] === '/' &&
      !curPath.endsWith('/') && !curPath.includes('/.') && !curPath.includes('//') ?
      curPath + request.slice(1) : path.resolve(curPath, request);
    let filename;

    const rc = _stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath); // A file.
      if (!filename) {
        if (exts === undefined) exts = getDefaultExtensions();
        filename = tryExtensions(basePath, exts, isMain);
      }
    }

    if (!filename && rc === 1) { // A directory.
      if (exts === undefined) exts = getDefaultExtensions();
      filename = tryPackage(basePath, exts, isMain, request);
    }

    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// 'node_modules' reversed, as character codes.
const nmChars = [115, 101, 108, 117, 100, 111, 109, 95, 101, 100, 111, 110];
const nmLen = nmChars.length;

// Every module of a directory gets the same list: computed once per directory (copied, as
// module.paths may be changed).
const nodeModulePathsCache = new Map();

Module._nodeModulePaths = function(from) {
  // (A relative `from` depends on the working directory: not cached.)
  if (from[0] !== '/') return nodeModulePaths(from);
  let paths = nodeModulePathsCache.get(from);
  if (paths === undefined) {
    paths = nodeModulePaths(from);
    nodeModulePathsCache.set(from, paths);
  }
  return paths.slice();
};

function nodeModulePaths(from) {
  from = path.resolve(from);
  // Not ['//node_modules', '/node_modules'] for the root.
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== nmLen) paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
      p = 0;
    } else if (p !== -1) {
      if (nmChars[p] === code) {
        ++p;
      } else {
        p = -1;
      }
    }
  }
  paths.push('/node_modules');
  return paths;
}

Module._resolveLookupPaths = function(request, parent) {
  if (builtins.normalizeRequirableId(request)) return null;

  // Not relative: node_modules paths.
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths;
    if (parent?.paths?.length) {
      paths = modulePaths.slice();
      paths.unshift(...parent.paths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }

  // In the REPL, parent.filename is null.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

// The prototype of the exports of a module still loading when it is required again: warns
// when a property that does not exist (yet) is read.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // __esModule is read by transpiled code to tell ES modules apart; no warning for it.
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function isProxy(value) {
  return internalBinding('types').isProxy(value);
}

function getExportsForCircularRequire(module) {
  if (module.exports && !isProxy(module.exports) &&
      Object.getPrototypeOf(module.exports) === Object.prototype &&
      // Transpiled ES modules access exports in unusual ways; no warnings for them.
      !module.exports.__esModule) {
    Object.setPrototypeOf(module.exports, CircularRequirePrototypeWarningProxy);
  }
  return module.exports;
}

function loadBuiltinModule(id) {
  if (!builtins.canBeRequiredByUsers(id)) return;
  return { exports: requireBuiltin(id) };
}

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    // A fast path for modules in the same directory, keyed indirectly so that deleting from
    // require.cache still works.
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtins.canBeRequiredByUsers(id)) {
      throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return loadBuiltinModule(id).exports;
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    if (!cachedModule[kIsCachedByESMLoader]) return getExportsForCircularRequire(cachedModule);
    // Put into the cache by the ESM loader (import of CommonJS), not loaded yet: load it now,
    // and from here on a require() of it is an ordinary circular one.
    cachedModule[kIsCachedByESMLoader] = false;
  }

  if (builtins.canBeRequiredWithoutScheme(filename)) return loadBuiltinModule(filename).exports;

  // No updateChildren() here: the Module constructor does it.
  const module = cachedModule || new Module(filename, parent);

  if (!cachedModule) {
    if (isMain) {
      setOwnProperty(process, 'mainModule', module);
      module.id = '.';
      module[kIsMainSymbol] = true;
    } else {
      module[kIsMainSymbol] = false;
    }
    Module._cache[filename] = module;
    module[kIsCachedByESMLoader] = false;
  }

  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && !isProxy(module.exports) &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }

  return module.exports;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (builtins.normalizeRequirableId(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const pkg = packageJsonReader.readPackageScope(parentPath) || { __proto__: null };
    if (pkg.data?.imports != null) {
      try {
        return finalizeEsmResolution(
          packageJsonReader.packageImportsResolve(request, parentPath, cjsConditions),
          parentPath, pkg.path);
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw e;
      }
    }
  }

  // Self-resolution comes first.
  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  // From TypeScript files: tsconfig "paths"/"baseUrl" first for bare specifiers (tsc's order),
  // and when nothing is found, `./x.js` as `./x.ts` and TypeScript extensions.
  const fromTypeScript = typescript.isTypeScriptFile(parent?.filename);
  if (fromTypeScript && !isRelative(request) && !path.isAbsolute(request)) {
    const candidates = typescript.tsconfigCandidates(request, parent.filename);
    for (let i = 0; i < candidates.length; i++) {
      const found = Module._findPath(candidates[i], null, isMain) ||
        findTypeScriptAlternative(candidates[i], null, isMain);
      if (found) return found;
    }
  }
  const filename = Module._findPath(request, paths, isMain) ||
    (fromTypeScript && findTypeScriptAlternative(request, paths, isMain));
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = `${message}\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function findTypeScriptAlternative(request, paths, isMain) {
  const alternatives = typescript.typeScriptAlternatives(request);
  for (let i = 0; i < alternatives.length; i++) {
    const found = Module._findPath(alternatives[i], paths, isMain);
    if (found) return found;
  }
  return false;
}

// An "exports"/"imports" result (a path in URL form) as the file it names, which must exist:
// no extension or index file is tried.
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  if (typeof resolved === 'string' && resolved.startsWith('node:')) {
    const { ERR_INVALID_URL_SCHEME } = lazyErrors();
    throw new ERR_INVALID_URL_SCHEME('file');
  }
  const filename = packageJsonReader.urlPathToFilePath(resolved, parentPath);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, path.resolve(pkgPath, 'package.json'));
}

function createEsmNotFoundErr(request, path) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (path) err.path = path;
  return err;
}

Module.prototype.load = function(filename) {
  if (this.loaded) throw new Error('Module already loaded');
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  // Under `kiln --watch`, the supervisor watches this file (before compiling: a file with a
  // syntax error is watched too).
  reportFileLoaded(filename);
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

const wrapperParameters = ['exports', 'require', 'module', '__filename', '__dirname'];

// Files compiled as CommonJS by the ES module loader while detecting their format, so that
// they are not compiled again: filename -> { source, wrapper }.
const precompiledWrappers = new Map();

// The compiled wrapper of `content`, or undefined when `format` is undefined (a .js file with
// no package "type") and the code is an ES module rather than CommonJS.
function wrapSafe(filename, content, format) {
  if (patched) {
    // Someone changed Module.wrap or Module.wrapper: compile exactly what they produce.
    return runScript(Module.wrap(content), filename);
  }
  // The ES module loader may have compiled it already, to detect its format.
  if (precompiledWrappers.size !== 0) {
    const precompiled = precompiledWrappers.get(filename);
    if (precompiled !== undefined) {
      precompiledWrappers.delete(filename);
      if (precompiled.source === content) return precompiled.wrapper;
    }
  }
  return compileWrapper(filename, content, format === undefined);
}

function compileWrapper(filename, content, detectModule) {
  // A hashbang line is not valid inside a function body; blanking its two characters keeps
  // every position in the file unchanged. As in Node, it is only one at the very start.
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    content = `//${content.slice(2)}`;
  }
  // V8 10.2 knows import attributes only as `assert`: import(x, { with: … }) is rewritten.
  if (kImportAttributesHint.test(content)) content = rewriteImportAttributes(content) ?? content;
  if (kUnicodeSetsHint.test(content)) {
    rewriteUnicodeSets ??= internalBinding('regexp').rewriteUnicodeSets;
    content = rewriteUnicodeSets(content, filename) ?? content;
  }
  // Through the compile cache; with detectModule, undefined when the code is an ES module.
  return compileFunctionForCJSLoader(content, filename, wrapperParameters, detectModule);
}

// An ES module reached through require() (or the main entry, when a .js file turns out to be
// one): Node 22's require(esm).
function loadESMFromCJS(module, filename, content) {
  if (module[kIsMainSymbol]) {
    lazyESM().runMain(filename, content);
    setOwnProperty(process, 'mainModule', undefined);
    return;
  }
  const parent = moduleParents.get(module);
  setOwnProperty(module, 'exports',
                 lazyESM().requireESM(filename, parent?.filename ?? parent?.id, content));
}

Module.prototype._compile = function(content, filename, format) {
  const compiledWrapper = format === 'module' ? undefined : wrapSafe(filename, content, format);
  if (compiledWrapper === undefined) {
    loadESMFromCJS(this, filename, content);
    return;
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  if (requireDepth === 0) statCache = new Map();
  this[kIsExecuting] = true;
  let result;
  try {
    result = Reflect.apply(compiledWrapper, thisValue,
                           [exports, require, module, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
    if (requireDepth === 0) statCache = null;
  }
  return result;
};

function makeRequireFunction(mod) {
  if (mod instanceof Module !== true) {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('mod', 'Module', mod);
  }
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  // Extra extension types are added here.
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// 'commonjs', 'module', or undefined for a file whose format its syntax decides (a .js file
// with no package "type").
function formatOf(filename) {
  // .ts/.tsx/.jsx follow the package "type" like .js; .mts and .cts are like .mjs and .cjs.
  const fixedFormat = typescript.fixedFormat(filename);
  if (filename.endsWith('.cjs') || fixedFormat === 'commonjs') return 'commonjs';
  if (filename.endsWith('.mjs') || fixedFormat === 'module') return 'module';
  if (filename.endsWith('.js') || typescript.followsPackageType(filename)) {
    const pkg = packageJsonReader.readPackageScope(filename) || { __proto__: null };
    const typeFromPjson = pkg.data?.type;
    if (typeFromPjson === 'module' || typeFromPjson === 'commonjs') return typeFromPjson;
  }
  return undefined;
}

Module._extensions['.js'] = function(module, filename) {
  const format = formatOf(filename);
  // The one place where the CommonJS loader reads source: transforms apply by extension.
  const content = sourceTransform.readSource(filename, format);
  module._compile(content, filename, format);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function createRequireFromPath(filename) {
  // A directory may be given, with a trailing slash.
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

// The path of a file: URL (a string or a URL object), as url.fileURLToPath gives it.
function fileURLToPath(url) {
  const href = typeof url === 'string' ? url : url.href;
  const match = /^file:\/\/([^/?#]*)([^?#]*)/i.exec(href);
  if (match === null) throw new TypeError('The URL must be of scheme file');
  if (match[1] !== '' && match[1] !== 'localhost') throw new TypeError('File URL host must be "localhost" or empty on linux');
  const pathname = match[2] || '/';
  if (/%2f/i.test(pathname)) throw new TypeError('File URL path must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function createRequire(filename) {
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

function isRelative(path) {
  if (path.charCodeAt(0) !== 46 /* . */) return false;
  return path.length === 1 || path === '..' || path.startsWith('./') || path.startsWith('../');
}

Module.createRequire = createRequire;

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  // process.execPath is $PREFIX/bin/kiln.
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  // A copy, for introspection.
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  // Preloaded modules have a dummy parent in the current directory.
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') {
      isPreloading = false;
      throw e;
    }
  }
  for (let n = 0; n < requests.length; n++) internalRequire(parent, requests[n]);
  isPreloading = false;
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  lazyESM().syncBuiltinESMExports();
};
Module.findSourceMap = function findSourceMap(path) {
  return require('internal/source_map/source_map_cache').findSourceMap(path);
};
Module.register = function register() {};
Object.defineProperty(Module, 'SourceMap', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('internal/source_map/source_map').SourceMap; },
});
// Node 22's compile cache API (process.version claims 22): Kiln has no compile cache to enable.
Module.constants = Object.freeze({
  compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }),
});
// Kiln's compile cache (runtime/src/compile_cache.h) is on by default.
Module.enableCompileCache = function enableCompileCache(directory) {
  const { compileCacheDirectory, enableCompileCache } = internalBinding('module_wrap');
  const { compileCacheStatus } = Module.constants;
  const current = compileCacheDirectory();
  if (current !== undefined) return { status: compileCacheStatus.ALREADY_ENABLED, directory: current };
  if (process.env.NODE_DISABLE_COMPILE_CACHE || process.env.KILN_NO_COMPILE_CACHE) {
    return { status: compileCacheStatus.DISABLED,
             message: 'Disabled by NODE_DISABLE_COMPILE_CACHE or KILN_NO_COMPILE_CACHE' };
  }
  if (directory === undefined) directory = path.join(require('os').tmpdir(), 'kiln-compile-cache');
  directory = path.resolve(`${directory}`);
  enableCompileCache(directory);
  return { status: compileCacheStatus.ENABLED, directory };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return internalBinding('module_wrap').compileCacheDirectory();
};

Object.defineProperty(Module.prototype, 'constructor', {
  __proto__: null,
  get() { return Module; },
  configurable: false,
  enumerable: false,
});

// Backwards compatibility.
Module.Module = Module;

Module.runMain = function(main = process.argv[1]) {
  Module._load(main, null, true);
};

module.exports = {
  Module,
  isBuiltin: builtins.isBuiltin,
  kIsMainSymbol,
  kIsExecuting,
  kIsCachedByESMLoader,
  compileWrapper,
  formatOf,
  initializeConditions,
  precompiledWrappers,
  makeRequireFunction,
  stripBOM,
};
