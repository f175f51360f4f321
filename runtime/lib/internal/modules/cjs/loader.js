'use strict';
// CommonJS modules, resolved as Node resolves them: relative and absolute paths, node_modules
// walking up, package.json "main" and "exports" (conditions require, node, kiln, default),
// "#imports", self-reference, directory index files, and require.cache.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const packageJson = require('internal/modules/package_json');

const requireBuiltin = require;
const builtinIds = requireBuiltin.publicIds;
const builtinSet = new Set(builtinIds);
// Modules reachable only with the node: prefix, as in Node.
const schemeOnlyBuiltins = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

const kIsMainSymbol = Symbol('kIsMainSymbol');
const requireConditions = new Set(['require', 'node', 'kiln', 'node-addons']);

function lazyErrors() { return require('internal/errors').codes; }

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return builtinSet.has(id.slice(5));
  return builtinSet.has(id) && !schemeOnlyBuiltins.has(id);
}

const statCache = new Map();
function stat(filename) {
  const cached = statCache.get(filename);
  if (cached !== undefined) return cached;
  const result = fsBinding.internalModuleStat(filename);
  statCache.set(filename, result);
  return result;
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = undefined;
  Object.defineProperty(this, 'parent', {
    value: parent, writable: true, configurable: true, enumerable: false,
  });
  if (parent) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = builtinIds.filter((id) => !schemeOnlyBuiltins.has(id));
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module.globalPaths = [];
Module._initPaths = function() {
  const home = process.env.HOME;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  Module.globalPaths = paths.slice();
  modulePaths = paths;
};
let modulePaths = [];

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let dir = from;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // The loop above stops at '/', whose node_modules ends the list.
  if (paths[paths.length - 1] === '/node_modules') return paths;
  paths.push('/node_modules');
  return paths;
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') ||
         request.startsWith('../');
}

Module._resolveLookupPaths = function(request, parent) {
  if (isBuiltin(request)) return null;
  if (!isRelative(request)) {
    if (parent?.paths?.length) return parent.paths.concat(modulePaths);
    return modulePaths;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, extensions) {
  for (const extension of extensions) {
    const filename = tryFile(basePath + extension);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, extensions, isMain, originalPath) {
  const pkg = packageJson.readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename) || tryExtensions(filename, extensions) ||
                 tryExtensions(path.resolve(filename, 'index'), extensions);
  if (actual === false) {
    const fallback = tryExtensions(path.resolve(requestPath, 'index'), extensions);
    if (fallback) return fallback;
    const error = new Error(`Cannot find module '${filename}'. ` +
                            'Please verify that the package.json has a valid "main" entry');
    error.code = 'MODULE_NOT_FOUND';
    error.path = path.resolve(requestPath, 'package.json');
    error.requestPath = originalPath;
    throw error;
  }
  return actual;
}

// A request 'pkg/sub' found in a node_modules directory through the package's "exports".
function resolveExportsIn(nodeModulesPath, request, parentPath) {
  const parsed = packageJson.parsePackageName(request);
  if (parsed === null) return false;
  const packagePath = path.resolve(nodeModulesPath, parsed.name);
  const pkg = packageJson.readPackage(packagePath);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return false;
  const resolved = packageJson.resolveExports(pkg.path, parsed.subpath, pkg.exports,
                                              requireConditions, parentPath);
  return finalizeResolution(resolved, request);
}

function finalizeResolution(resolved, request) {
  if (typeof resolved === 'object') return false;
  const actual = tryFile(resolved) || tryExtensions(resolved, Object.keys(Module._extensions));
  if (actual) return actual;
  const error = new Error(`Cannot find module '${resolved}'`);
  error.code = 'MODULE_NOT_FOUND';
  error.requestPath = request;
  throw error;
}

Module._findPath = function(request, paths, isMain, parentPath) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  const extensions = Object.keys(Module._extensions);
  for (const currentPath of paths) {
    if (currentPath && stat(currentPath) < 1) continue;
    if (!absoluteRequest && !isRelative(request)) {
      const exported = resolveExportsIn(currentPath, request, parentPath);
      if (exported) return exported;
    }
    const basePath = path.resolve(currentPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, extensions);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, extensions, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// A package requiring itself by name through its own "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = packageJson.readPackageScope(parentPath);
  if (scope === null || scope.data.exports === undefined || scope.data.exports === null ||
      !scope.data.name) {
    return false;
  }
  const { name } = scope.data;
  let subpath;
  if (request === name) subpath = '.';
  else if (request.startsWith(`${name}/`)) subpath = `.${request.slice(name.length)}`;
  else return false;
  const resolved = packageJson.resolveExports(scope.path, subpath, scope.data.exports,
                                              requireConditions, parentPath);
  return finalizeResolution(resolved, request);
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    paths = [];
    const lookupFrom = isRelative(request) ? ['.'] : null;
    for (const entry of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(entry);
      const lookup = lookupFrom ? [path.resolve(entry)] : Module._resolveLookupPaths(request, fake);
      for (const candidate of lookup) if (!paths.includes(candidate)) paths.push(candidate);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const parentPath = parent?.filename ?? undefined;
  if (request[0] === '#' && parentPath) {
    const resolved = packageJson.resolveImports(request, parentPath, requireConditions);
    if (typeof resolved === 'object') {
      return Module._resolveFilename(resolved.bare, parent, isMain);
    }
    return finalizeResolution(resolved, request);
  }

  if (!isRelative(request) && !path.isAbsolute(request)) {
    const self = trySelf(parentPath, request);
    if (self) return self;
  }

  const filename = Module._findPath(request, paths, isMain, parentPath);
  if (filename) return filename;

  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  return requireBuiltin(id);
}

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtinSet.has(id)) throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return loadBuiltin(request);
  }
  if (parent) {
    const relativeKey = `${parent.path}\x00${request}`;
    const cachedFilename = relativeResolveCache.get(relativeKey);
    if (cachedFilename !== undefined) {
      const cachedModule = Module._cache[cachedFilename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule);
        return cachedModule.exports;
      }
    }
  }
  if (isBuiltin(request)) return loadBuiltin(request);

  const filename = Module._resolveFilename(request, parent, isMain);
  if (parent) relativeResolveCache.set(`${parent.path}\x00${request}`, filename);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule);
    return cachedModule.exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    module[kIsMainSymbol] = true;
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
      relativeResolveCache.clear();
    }
  }
  return module.exports;
};

const relativeResolveCache = new Map();
let mainModule;

function updateChildren(parent, child) {
  if (parent && !parent.children.includes(child)) parent.children.push(child);
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  let start = 0;
  while ((index = name.indexOf('.', start)) !== -1) {
    start = index + 1;
    if (index === 0) continue;
    const extension = name.slice(index);
    if (Module._extensions[extension]) return extension;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  if (typeof id !== 'string') throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  if (id === '') {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

const wrapperParameters = ['exports', 'require', 'module', '__filename', '__dirname'];

Module.prototype._compile = function(content, filename) {
  // A hashbang line is not valid inside a function body; blanking its two characters keeps
  // every position in the file unchanged.
  if (content.startsWith('#!')) content = `//${content.slice(2)}`;
  const compiled = compileFunction(content, filename, wrapperParameters);
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  return compiled.call(this.exports, this.exports, require, this, filename, dirname);
};

function makeRequireFunction(module) {
  const require = function require(id) { return module.require(id); };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  }
  function paths(request) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, module);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions['.js'] = function(module, filename) {
  const scope = packageJson.readPackageScope(filename);
  if (scope !== null && scope.data.type === 'module' && !filename.endsWith('.cjs')) {
    throw new (lazyErrors().ERR_REQUIRE_ESM)(filename, true, module.parent?.filename,
                                             scope.path);
  }
  const content = fsBinding.readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const error = new Error(`Cannot load native addon '${filename}': Kiln does not support ` +
                          'Node-API addons yet');
  error.code = 'ERR_DLOPEN_FAILED';
  throw error;
};

Module.createRequire = function(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = decodeURIComponent(new URLish(filename).pathname);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const module = new Module(proxyPath);
  module.filename = proxyPath;
  module.paths = Module._nodeModulePaths(module.path);
  return makeRequireFunction(module);
};

// Only the path of a file: URL matters here; the URL module is not needed for that.
function URLish(href) {
  const match = /^file:\/\/[^/]*(\/.*)?$/.exec(href);
  this.pathname = match && match[1] ? match[1].replace(/[?#].*$/, '') : '/';
}

Module.runMain = function(main = process.argv[1]) {
  const resolved = path.resolve(main);
  Module._load(resolved, null, true);
};

Module._preloadModules = function() {};
Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() { return undefined; };
Module.register = function() {};
Module.SourceMap = class SourceMap {};
Module.enableCompileCache = function() { return { status: 0 }; };
Module.constants = Object.freeze({ compileCacheStatus: Object.freeze({ FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 }) });



module.exports = { Module, isBuiltin };
