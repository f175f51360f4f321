'use strict';
// Reading package.json files (cached) and resolving their "exports" and "imports" fields with
// Node's rules: conditions in object order, arrays as fallbacks, null to block, "*" patterns.
// A port of Node's package_json_reader and of the package resolution of its ESM resolver,
// working on file paths where Node works on file: URLs (the results are the same paths, and
// the errors carry the same messages).

const path = require('path');
const fsBinding = internalBinding('fs');

const cache = new Map();

function lazyErrors() { return require('internal/errors').codes; }

// The fields of the package.json at `jsonPath` that resolution uses. `exists` is false when
// there is no such file. A file that is not valid JSON throws a SyntaxError naming the file.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  const result = {
    __proto__: null,
    exists: false,
    pjsonPath: jsonPath,
    main: undefined,
    name: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
  let text;
  try {
    text = fsBinding.readFileUtf8(jsonPath);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      error.message = `Error parsing ${jsonPath}: ${error.message}`;
      error.path = jsonPath;
      throw error;
    }
    result.exists = true;
    const has = (key) => parsed !== null && typeof parsed === 'object' &&
      Object.prototype.hasOwnProperty.call(parsed, key);
    if (has('name') && typeof parsed.name === 'string') result.name = parsed.name;
    if (has('main') && typeof parsed.main === 'string') result.main = parsed.main;
    if (has('exports')) result.exports = parsed.exports;
    if (has('imports')) result.imports = parsed.imports;
    if (has('type') && (parsed.type === 'commonjs' || parsed.type === 'module')) {
      result.type = parsed.type;
    }
  }
  cache.set(jsonPath, result);
  return result;
}

function readPackage(requestPath) {
  return read(path.resolve(requestPath, 'package.json'));
}

// The nearest package.json above the file `checkPath`, not looking past a node_modules
// directory: { data, path } with `path` the package directory, or false.
// Both scope lookups are cached per directory: every file of a directory has the same scope,
// and package.json files do not change during a run (their contents are cached too).
const scopeCache = new Map();
const scopeConfigCache = new Map();

function readPackageScope(checkPath) {
  const directory = checkPath.slice(0, checkPath.lastIndexOf('/'));
  const cached = scopeCache.get(directory);
  if (cached !== undefined) return cached;
  const result = findPackageScope(checkPath);
  scopeCache.set(directory, result);
  return result;
}

function findPackageScope(checkPath) {
  const rootSeparatorIndex = checkPath.indexOf('/');
  let separatorIndex;
  do {
    separatorIndex = checkPath.lastIndexOf('/');
    checkPath = checkPath.slice(0, separatorIndex);
    if (checkPath.endsWith('/node_modules')) return false;
    const pjson = read(`${checkPath}/package.json`);
    if (pjson.exists) return { data: pjson, path: checkPath };
  } while (separatorIndex > rootSeparatorIndex);
  return false;
}

// The package.json that applies to `filename` (the scope of its "imports" and "type"), found
// like Node's getPackageScopeConfig: { exists: false, pjsonPath } when there is none.
function getPackageScopeConfig(filename) {
  const directory = path.dirname(filename);
  let config = scopeConfigCache.get(directory);
  if (config === undefined) {
    config = findPackageScopeConfig(directory);
    scopeConfigCache.set(directory, config);
  }
  return config;
}

function findPackageScopeConfig(dir) {
  for (;;) {
    const jsonPath = path.join(dir, 'package.json');
    if (dir.endsWith('/node_modules')) break;
    const config = read(jsonPath);
    if (config.exists) return config;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { __proto__: null, exists: false, pjsonPath: path.join(dir, 'package.json'),
           main: undefined, name: undefined, type: 'none', exports: undefined,
           imports: undefined };
}

// Node resolves targets as URLs: a "?" or "#" ends the path and %XX escapes are decoded.
function urlPathToFilePath(urlPath, base) {
  const end = urlPath.search(/[?#]/);
  if (end !== -1) urlPath = urlPath.slice(0, end);
  if (/%2f|%5c/i.test(urlPath)) {
    const { ERR_INVALID_MODULE_SPECIFIER } = lazyErrors();
    throw new ERR_INVALID_MODULE_SPECIFIER(`file://${urlPath}`,
      'must not include encoded "/" or "\\" characters', base);
  }
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return urlPath;
  }
}

const emittedPackageWarnings = new Set();

function emitTrailingSlashPatternDeprecation(match, pjsonPath, base) {
  if (process.noDeprecation) return;
  if (emittedPackageWarnings.has(`${pjsonPath}|${match}`)) return;
  emittedPackageWarnings.add(`${pjsonPath}|${match}`);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match}" in the ` +
    `"exports" field module resolution of the package at ${pjsonPath}` +
    `${base ? ` imported from ${base}` : ''}. Mapping specifiers ending in "/" is no longer supported.`,
    'DeprecationWarning', 'DEP0155');
}

const doubleSlashRegEx = /[/\\][/\\]/;

function emitInvalidSegmentDeprecation(target, request, match, pjsonPath, internal, base, isTarget) {
  if (process.noDeprecation) return;
  const double = doubleSlashRegEx.test(isTarget ? target : request);
  process.emitWarning(
    `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} ` +
    `resolving "${target}" for module request "${request}" ` +
    `${request !== match ? `matched to "${match}" ` : ''}in the ` +
    `"${internal ? 'imports' : 'exports'}" field module resolution of the package at ` +
    `${pjsonPath}${base ? ` imported from ${base}` : ''}.`,
    'DeprecationWarning', 'DEP0166');
}

function packageDir(pjsonPath) { return `${path.dirname(pjsonPath)}/`; }

function importNotDefined(specifier, pjsonPath, base) {
  const { ERR_PACKAGE_IMPORT_NOT_DEFINED } = lazyErrors();
  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, pjsonPath && packageDir(pjsonPath), base);
}

function exportsNotFound(subpath, pjsonPath, base) {
  const { ERR_PACKAGE_PATH_NOT_EXPORTED } = lazyErrors();
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir(pjsonPath), subpath, base);
}

function throwInvalidSubpath(request, match, pjsonPath, internal, base) {
  const { ERR_INVALID_MODULE_SPECIFIER } = lazyErrors();
  const reason = `request is not a valid match in pattern "${match}" for the ` +
    `"${internal ? 'imports' : 'exports'}" resolution of ${pjsonPath}`;
  throw new ERR_INVALID_MODULE_SPECIFIER(request, reason, base);
}

function invalidPackageTarget(subpath, target, pjsonPath, internal, base) {
  if (typeof target === 'object' && target !== null) {
    target = JSON.stringify(target, null, '');
  } else {
    target = `${target}`;
  }
  const { ERR_INVALID_PACKAGE_TARGET } = lazyErrors();
  return new ERR_INVALID_PACKAGE_TARGET(packageDir(pjsonPath), subpath, target, internal, base);
}

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const patternRegEx = /\*/g;

function hasScheme(target) { return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target); }

// A package-relative target './x' as the absolute path it names (in URL form, not decoded).
function resolveRelativeTarget(target, pjsonPath) {
  return path.posix.normalize(`${path.dirname(pjsonPath)}/${target}`);
}

function resolvePackageTargetString(target, subpath, match, pjsonPath, base, pattern, internal,
                                    isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && target[0] !== '/' && !target.startsWith('../')) {
      if (!hasScheme(target)) {
        const exportTarget = pattern ? target.replace(patternRegEx, () => subpath) : target + subpath;
        return packageResolve(exportTarget, pjsonPath, conditions);
      }
    }
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }

  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (!deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      if (!isPathMap) {
        const request = pattern ? match.replace('*', () => subpath) : match + subpath;
        const resolvedTarget = pattern ? target.replace(patternRegEx, () => subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, request, match, pjsonPath, internal, base, true);
      }
    } else {
      throw invalidPackageTarget(match, target, pjsonPath, internal, base);
    }
  }

  const resolved = resolveRelativeTarget(target, pjsonPath);
  if (!resolved.startsWith(packageDir(pjsonPath))) {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (subpath === '') return resolved;

  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (!deprecatedInvalidSegmentRegEx.test(subpath)) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? target.replace(patternRegEx, () => subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, request, match, pjsonPath, internal, base, false);
      }
    } else {
      throwInvalidSubpath(request, match, pjsonPath, internal, base);
    }
  }

  if (pattern) return resolved.replace(patternRegEx, () => subpath);
  return path.posix.normalize(resolved + subpath);
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFF_FFFF;
}

// The target for `subpath`: a path (URL form), { bare } for a package named by "imports",
// null when blocked, or undefined when no condition matched.
function resolvePackageTarget(pjsonPath, target, subpath, packageSubpath, base, pattern, internal,
                              isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pjsonPath, base, pattern,
                                      internal, isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(pjsonPath, target[i], subpath, packageSubpath, base,
                                             pattern, internal, isPathMap, conditions);
      } catch (error) {
        lastException = error;
        if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw error;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        const { ERR_INVALID_PACKAGE_CONFIG } = lazyErrors();
        throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.has(key)) {
        const resolveResult = resolvePackageTarget(pjsonPath, target[key], subpath, packageSubpath,
                                                   base, pattern, internal, isPathMap, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, pjsonPath, internal, base);
}

function isConditionalExportsMainSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const curIsConditionalSugar = key === '' || key[0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      const { ERR_INVALID_PACKAGE_CONFIG } = lazyErrors();
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Resolves `packageSubpath` ('.' or './x') through the "exports" of the package whose
// package.json is `pjsonPath`; returns a file path (not yet checked to exist).
function packageExportsResolve(pjsonPath, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, pjsonPath, base)) exports = { '.': exports };

  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const resolveResult = resolvePackageTarget(pjsonPath, exports[packageSubpath], '',
                                               packageSubpath, base, false, false, false,
                                               conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return resolveResult;
  }

  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      if (packageSubpath.endsWith('/')) {
        emitTrailingSlashPatternDeprecation(packageSubpath, pjsonPath, base);
      }
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length && packageSubpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(patternIndex,
                                                packageSubpath.length - patternTrailer.length);
      }
    }
  }

  if (bestMatch) {
    const resolveResult = resolvePackageTarget(pjsonPath, exports[bestMatch], bestMatchSubpath,
                                               bestMatch, base, true, false,
                                               packageSubpath.endsWith('/'), conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return resolveResult;
  }
  throw exportsNotFound(packageSubpath, pjsonPath, base);
}

// Resolves a "#name" specifier through the "imports" of the package scope of the file `base`.
// Returns a file path, or { bare } when the target names another package.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    const { ERR_INVALID_MODULE_SPECIFIER } = lazyErrors();
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           base);
  }
  let pjsonPath;
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    pjsonPath = packageConfig.pjsonPath;
    const imports = packageConfig.imports;
    if (imports) {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const resolveResult = resolvePackageTarget(pjsonPath, imports[name], '', name, base,
                                                   false, true, false, conditions);
        if (resolveResult != null) return resolveResult;
      } else {
        let bestMatch = '';
        let bestMatchSubpath;
        for (const key of Object.getOwnPropertyNames(imports)) {
          const patternIndex = key.indexOf('*');
          if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
            const patternTrailer = key.slice(patternIndex + 1);
            if (name.length >= key.length && name.endsWith(patternTrailer) &&
                patternKeyCompare(bestMatch, key) === 1 &&
                key.lastIndexOf('*') === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
            }
          }
        }
        if (bestMatch) {
          const resolveResult = resolvePackageTarget(pjsonPath, imports[bestMatch],
                                                     bestMatchSubpath, bestMatch, base, true,
                                                     true, false, conditions);
          if (resolveResult != null) return resolveResult;
        }
      }
    }
  }
  throw importNotDefined(name, pjsonPath, base);
}

const invalidPackageNameRegEx = /^\.|%|\\/;

function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    const { ERR_INVALID_MODULE_SPECIFIER } = lazyErrors();
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return { packageName, packageSubpath, isScoped };
}

function moduleNotFound(name) {
  const error = new Error(`Cannot find package '${name}'`);
  error.code = 'ERR_MODULE_NOT_FOUND';
  return error;
}

const legacyMainExtensions = ['', '.js', '.json', '.node', './index.js', './index.json',
                              './index.node'];

// "main" as the ESM resolver reads it: main, main.js, main.json, main.node, main/index.*, then
// index.js, index.json, index.node; no other extension and no warning-free fallback.
function legacyMainResolve(pjsonPath, packageConfig) {
  const dir = path.dirname(pjsonPath);
  const isFile = (file) => fsBinding.internalModuleStat(file) === 0;
  if (packageConfig.main !== undefined) {
    const main = path.resolve(dir, packageConfig.main);
    for (const extension of legacyMainExtensions) {
      const candidate = extension.startsWith('./') ? path.join(main, extension) : main + extension;
      if (isFile(candidate)) return candidate;
    }
  }
  for (const extension of ['.js', '.json', '.node']) {
    const candidate = path.join(dir, `index${extension}`);
    if (isFile(candidate)) return candidate;
  }
  throw moduleNotFound(dir);
}

// A bare specifier named by an "imports" target, resolved as the ESM resolver does (Node uses
// it for "imports" targets from CommonJS too): self-reference, then node_modules upwards from
// the package that declares the import. `base` is that package's package.json.
function packageResolve(specifier, base, conditions) {
  const builtins = require('internal/modules/builtins');
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);
  const scopeConfig = getPackageScopeConfig(base);
  if (scopeConfig.exists && scopeConfig.name === packageName &&
      scopeConfig.exports !== undefined && scopeConfig.exports !== null) {
    return packageExportsResolve(scopeConfig.pjsonPath, packageSubpath, scopeConfig, base,
                                 conditions);
  }
  let dir = path.dirname(base);
  for (;;) {
    const packageDirectory = path.join(dir, 'node_modules', packageName);
    if (fsBinding.internalModuleStat(packageDirectory) === 1) {
      const pjsonPath = path.join(packageDirectory, 'package.json');
      const packageConfig = read(pjsonPath);
      if (packageConfig.exports != null) {
        return packageExportsResolve(pjsonPath, packageSubpath, packageConfig, base, conditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(pjsonPath, packageConfig);
      return path.join(packageDirectory, packageSubpath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  void isScoped;
  throw moduleNotFound(packageName);
}

function clearCache() {
  cache.clear();
  scopeCache.clear();
  scopeConfigCache.clear();
}

module.exports = {
  read,
  readPackage,
  readPackageScope,
  getPackageScopeConfig,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  parsePackageName,
  urlPathToFilePath,
  clearCache,
};
