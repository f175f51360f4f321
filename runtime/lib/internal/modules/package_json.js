'use strict';
// Reading package.json files (cached) and resolving their "exports" and "imports" fields with
// Node's rules: conditions in object order, arrays as fallbacks, null to block, "*" patterns.

const path = require('path');
const fsBinding = internalBinding('fs');

const cache = new Map();

function lazyErrors() { return require('internal/errors').codes; }

// The parsed fields of dir/package.json that resolution uses, or null when there is none.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  try {
    text = fsBinding.readFileUtf8(jsonPath);
  } catch {
    cache.set(jsonPath, null);
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const { ERR_INVALID_PACKAGE_CONFIG } = lazyErrors();
    const wrapped = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, error.message);
    wrapped.cause = error;
    throw wrapped;
  }
  const data = {
    path: jsonPath,
    exists: true,
    name: typeof parsed?.name === 'string' ? parsed.name : undefined,
    main: typeof parsed?.main === 'string' ? parsed.main : undefined,
    type: parsed?.type === 'module' || parsed?.type === 'commonjs' ? parsed.type : 'none',
    exports: parsed?.exports,
    imports: parsed?.imports,
  };
  cache.set(jsonPath, data);
  return data;
}

// The nearest package.json above `checkPath` (a file path), not looking past node_modules.
function readPackageScope(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    const data = readPackage(dir);
    if (data !== null) return { data, path: data.path };
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isConditionalExportsMainSugar(exports, packageJsonPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const curIsConditionalSugar = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      const { ERR_INVALID_PACKAGE_CONFIG } = lazyErrors();
      throw new ERR_INVALID_PACKAGE_CONFIG(packageJsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function invalidTarget(packageJsonPath, key, target, isImports, base) {
  const { ERR_INVALID_PACKAGE_TARGET } = lazyErrors();
  return new ERR_INVALID_PACKAGE_TARGET(path.dirname(packageJsonPath), key, target, isImports, base);
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

// Returns an absolute path, null when blocked, or undefined when no condition matched.
function resolveTarget(packageJsonPath, target, subpath, key, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (internal && !target.startsWith('../') && !target.startsWith('/')) {
        // An "imports" target may name a package: resolved by the caller like a bare require.
        return { bare: pattern ? target.replaceAll('*', subpath) : target + subpath };
      }
      throw invalidTarget(packageJsonPath, key, target, internal, base);
    }
    if (invalidSegment.test(target.slice(2))) throw invalidTarget(packageJsonPath, key, target, internal, base);
    if (subpath !== '' && invalidSegment.test(subpath)) {
      const { ERR_INVALID_MODULE_SPECIFIER } = lazyErrors();
      throw new ERR_INVALID_MODULE_SPECIFIER(
        pattern ? key.replace('*', subpath) : key + subpath,
        `request is not a valid match in pattern "${key}" for the "${internal ? 'imports' : 'exports'}" resolution of ${packageJsonPath}`,
        base);
    }
    const resolved = pattern ? target.replaceAll('*', subpath) : target + subpath;
    return path.resolve(path.dirname(packageJsonPath), resolved);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let resolved;
      try {
        resolved = resolveTarget(packageJsonPath, item, subpath, key, base, pattern, internal, conditions);
      } catch (error) {
        lastError = error;
        if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw error;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (/^\d+$/.test(condition)) {
        const { ERR_INVALID_PACKAGE_CONFIG } = lazyErrors();
        throw new ERR_INVALID_PACKAGE_CONFIG(packageJsonPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const condition of Object.keys(target)) {
      if (condition === 'default' || conditions.has(condition)) {
        const resolved = resolveTarget(packageJsonPath, target[condition], subpath, key, base,
                                       pattern, internal, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(packageJsonPath, key, target, internal, base);
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

// Finds the entry of `map` for `request`: exact keys first, then the most specific "*" key.
function matchMap(map, request) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*')) {
    return { key: request, target: map[request], subpath: '', pattern: false };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !request.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(trailer) &&
        patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
      bestMatch = key;
      bestSubpath = request.slice(star, request.length - trailer.length);
    }
  }
  if (bestMatch === '') return null;
  return { key: bestMatch, target: map[bestMatch], subpath: bestSubpath, pattern: true };
}

// Resolves `subpath` ('.' or './x') of a package through its "exports".
function resolveExports(packageJsonPath, subpath, exports, conditions, base) {
  if (isConditionalExportsMainSugar(exports, packageJsonPath)) exports = { '.': exports };
  const match = matchMap(exports, subpath);
  if (match !== null) {
    const resolved = resolveTarget(packageJsonPath, match.target, match.subpath, match.key, base,
                                   match.pattern, false, conditions);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  const { ERR_PACKAGE_PATH_NOT_EXPORTED } = lazyErrors();
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(path.dirname(packageJsonPath), subpath, base);
}

// Resolves a "#name" specifier through the "imports" of the package scope of `parentPath`.
function resolveImports(name, parentPath, conditions) {
  const { ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_IMPORT_NOT_DEFINED } = lazyErrors();
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           parentPath);
  }
  const scope = readPackageScope(parentPath);
  let packageJsonPath;
  if (scope !== null) {
    packageJsonPath = scope.path;
    const imports = scope.data.imports;
    if (imports !== null && typeof imports === 'object') {
      const match = matchMap(imports, name);
      if (match !== null) {
        const resolved = resolveTarget(packageJsonPath, match.target, match.subpath, match.key,
                                       parentPath, match.pattern, true, conditions);
        if (resolved !== null && resolved !== undefined) return resolved;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageJsonPath && path.dirname(packageJsonPath),
                                           parentPath);
}

// Splits 'name/sub/path' or '@scope/name/sub' into the package name and './sub/path'.
function parsePackageName(request) {
  let separator = request.indexOf('/');
  if (request[0] === '@') {
    if (separator === -1) return null;
    separator = request.indexOf('/', separator + 1);
  }
  const name = separator === -1 ? request : request.slice(0, separator);
  if (name === '' || name.startsWith('.') || name.includes('\\') || name.includes('%')) return null;
  return { name, subpath: `.${separator === -1 ? '' : request.slice(separator)}` };
}

function clearCache() { cache.clear(); }

module.exports = {
  readPackage,
  readPackageScope,
  resolveExports,
  resolveImports,
  parsePackageName,
  clearCache,
};
