'use strict';
// The ES module resolver: Node's defaultResolve (lib/internal/modules/esm/resolve.js) on URL
// strings. Relative and absolute specifiers resolve as URLs against the importing module's
// URL (percent-encoding, '?' and '#' included); bare ones through node_modules, package
// "exports" (conditions import/node/kiln/default), "imports" (#name) and self-reference; the
// result must be an existing file (no extension or index probing), and is its real path's URL.
// Errors carry Node's codes and messages, with Node's "Did you mean" hints.
//
// Results are cached per (directory of the importer, specifier): the files of a run do not move.

const path = require('path');
const packageJson = require('internal/modules/package_json');
const builtins = require('internal/modules/builtins');
const {
  pathToFileHref, fileHrefToPath, fileHrefPathname, resolveRelative, normalizeFileURL,
} = require('internal/modules/esm/file_url');
const { resolveFile } = internalBinding('module_wrap');
const sourceTransform = require('internal/modules/source_transform');
const typescript = require('internal/modules/typescript');

function lazyErrors() { return require('internal/errors').codes; }

// The conditions of import: Node's, plus 'kiln' so that packages can target Kiln, plus the
// run's --conditions (this module loads at run time, never into the snapshot).
const defaultConditions = new Set(['node', 'import', 'kiln', 'node-addons',
                                   ...require('internal/options').getOptionValue('--conditions')]);

const resolveCache = new Map();

function isRelativeOrAbsolute(specifier) {
  const first = specifier.charCodeAt(0);
  if (first === 47 /* / */) return true;
  if (first !== 46 /* . */) return false;
  if (specifier.length === 1) return true;
  const second = specifier.charCodeAt(1);
  if (second === 47) return true;
  return second === 46 && (specifier.length === 2 || specifier.charCodeAt(2) === 47);
}

const kSchemeRegExp = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

// url -> the path of a file: URL, or the URL itself for the messages of other schemes.
function displayPath(url) {
  if (typeof url === 'string' && url.startsWith('file:')) {
    try {
      return fileHrefToPath(url);
    } catch {
      return url;
    }
  }
  return url;
}

// Checks that `url` (a normalized file: URL) names an existing file and returns the URL of its
// real path, keeping the query and fragment.
function finalizeResolution(url, base) {
  const pathname = fileHrefPathname(url);
  if (/%2f|%5c/i.test(pathname)) {
    throw new (lazyErrors().ERR_INVALID_MODULE_SPECIFIER)(
      pathname, 'must not include encoded "/" or "\\" characters', displayPath(base));
  }
  const filePath = fileHrefToPath(url);
  // As in Node, a path ending in '/' is a directory import.
  let found = filePath.endsWith('/') ? 1 : resolveFile(filePath);
  // From TypeScript modules `./x.js` names ./x.ts, and `./x` may be ./x.ts or ./x/index.ts.
  if (typeof found !== 'string' && typescript.isTypeScriptFile(base)) {
    found = typescript.resolveTypeScriptAlternative(filePath, resolveFile) ?? found;
  }
  if (found === 1) {
    throw new (lazyErrors().ERR_UNSUPPORTED_DIR_IMPORT)(filePath, displayPath(base), url);
  }
  if (typeof found !== 'string') {
    throw new (lazyErrors().ERR_MODULE_NOT_FOUND)(filePath, displayPath(base), url);
  }
  let tailStart = url.length;
  for (let i = 7; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code === 63 /* ? */ || code === 35 /* # */) {
      tailStart = i;
      break;
    }
  }
  // As Node, the URL of the real path as pathToFileURL writes it (so './a|b.mjs' and
  // 'file:///…/a%7Cb.mjs' are one module).
  return { url: pathToFileHref(found) + url.slice(tailStart), filename: found };
}

// A path in URL form (from "exports"/"imports") as a file: URL.
function packagePathToURL(resolvedPath) {
  return normalizeFileURL(`file://${resolvedPath}`);
}

const kLegacyMainExtensions = ['', '.js', '.json', '.node', '/index.js', '/index.json',
                               '/index.node'];

function isFile(filePath) { return typeof resolveFile(filePath) === 'string'; }

function legacyMainResolve(pjsonPath, config, base) {
  const directory = path.dirname(pjsonPath);
  if (config.main !== undefined) {
    const main = path.resolve(directory, config.main);
    for (let i = 0; i < kLegacyMainExtensions.length; i++) {
      const candidate = main + kLegacyMainExtensions[i];
      if (isFile(candidate)) {
        if (i !== 0) emitLegacyIndexDeprecation(candidate, directory, base, config.main);
        return pathToFileHref(candidate);
      }
    }
  }
  for (const extension of ['.js', '.json', '.node']) {
    const candidate = `${directory}/index${extension}`;
    if (isFile(candidate)) {
      emitLegacyIndexDeprecation(candidate, directory, base, undefined);
      return pathToFileHref(candidate);
    }
  }
  const tried = config.main !== undefined ? path.resolve(directory, config.main) :
    `${directory}/index.js`;
  throw new (lazyErrors().ERR_MODULE_NOT_FOUND)(tried, displayPath(base), null);
}

function emitLegacyIndexDeprecation(filePath, directory, base, main) {
  if (process.noDeprecation) return;
  if (getFormat(pathToFileHref(filePath), filePath) !== 'module') return;
  const packagePath = `${directory}/`;
  const basePath = displayPath(base);
  if (main === undefined) {
    process.emitWarning(
      `No "main" or "exports" field defined in the package.json for ${packagePath} resolving ` +
      `the main entry point "${filePath.slice(packagePath.length)}", imported from ` +
      `${basePath}.\nDefault "index" lookups for the main are deprecated for ES modules.`,
      'DeprecationWarning', 'DEP0151');
  } else {
    process.emitWarning(
      `Package ${packagePath} has a "main" field set to "${main}", excluding the full ` +
      `filename and extension to the resolved file at "${filePath.slice(packagePath.length)}", ` +
      `imported from ${basePath}.\n Automatic extension resolution of the "main" field is ` +
      'deprecated for ES modules.',
      'DeprecationWarning', 'DEP0151');
  }
}

// A bare specifier: a builtin, the importing package itself, or a package in node_modules.
// Returns a URL (not yet checked to exist).
function packageResolve(specifier, base, basePath, conditions) {
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { packageName, packageSubpath } = packageJson.parsePackageName(specifier, basePath);
  const scope = packageJson.getPackageScopeConfig(basePath);
  if (scope.exists && scope.exports != null && scope.name === packageName) {
    return packagePathToURL(packageJson.packageExportsResolve(
      scope.pjsonPath, packageSubpath, scope, basePath, conditions));
  }
  let directory = path.dirname(basePath);
  for (;;) {
    const packageDirectory = `${directory === '/' ? '' : directory}/node_modules/${packageName}`;
    if (resolveFile(packageDirectory) === 1) {
      const pjsonPath = `${packageDirectory}/package.json`;
      const config = packageJson.read(pjsonPath);
      if (config.exports != null) {
        return packagePathToURL(packageJson.packageExportsResolve(
          pjsonPath, packageSubpath, config, basePath, conditions));
      }
      if (packageSubpath === '.') return legacyMainResolve(pjsonPath, config, base);
      return resolveRelative(packageSubpath, pathToFileHref(`${packageDirectory}/`));
    }
    if (directory === '/') break;
    directory = path.dirname(directory);
  }
  throw new (lazyErrors().ERR_MODULE_NOT_FOUND)(packageName, basePath, null);
}

function moduleResolve(specifier, base, conditions) {
  let url;
  if (isRelativeOrAbsolute(specifier)) {
    if (!base.startsWith('file:')) {
      throw new (lazyErrors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
    }
    url = resolveRelative(specifier, base);
  } else if (specifier[0] === '#' && base.startsWith('file:')) {
    const basePath = fileHrefToPath(base);
    const resolved = packageJson.packageImportsResolve(specifier, basePath, conditions);
    if (typeof resolved === 'string' && resolved.startsWith('node:')) return { url: resolved };
    url = packagePathToURL(resolved);
  } else if (kSchemeRegExp.test(specifier)) {
    const scheme = specifier.slice(0, specifier.indexOf(':') + 1).toLowerCase();
    if (scheme === 'file:') {
      url = normalizeFileURL(specifier);
    } else if (scheme === 'data:' || scheme === 'node:') {
      return { url: specifier };
    } else {
      throwUnsupportedScheme(specifier);
    }
  } else {
    if (!base.startsWith('file:')) {
      if (builtins.canBeRequiredWithoutScheme(specifier)) return { url: `node:${specifier}` };
      throw new (lazyErrors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
    }
    // tsconfig "paths" and "baseUrl" of a TypeScript importer come first, as in tsc.
    const mapped = typescript.isTypeScriptFile(base) ?
      typescript.resolveTsconfigPaths(specifier, fileHrefToPath(base), resolveFile) : undefined;
    if (mapped !== undefined) return { url: pathToFileHref(mapped), filename: mapped };
    url = packageResolve(specifier, base, fileHrefToPath(base), conditions);
    if (url.startsWith('node:')) return { url };
  }
  return finalizeResolution(url, base);
}

function throwUnsupportedScheme(url) {
  const protocol = url.slice(0, url.indexOf(':') + 1);
  const error = new (lazyErrors().ERR_UNSUPPORTED_ESM_URL_SCHEME)({ protocol },
                                                                  ['file', 'data', 'node']);
  throw error;
}

// Node's "Did you mean to import …?" hint: what CommonJS resolution would have found.
function commonJSHint(specifier, parentURL) {
  try {
    if (!parentURL.startsWith('file:')) return false;
    const { Module } = require('internal/modules/cjs/loader');
    const parent = fileHrefToPath(parentURL);
    const tmpModule = new Module(parent, null);
    tmpModule.paths = Module._nodeModulePaths(parent);
    let found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeOrAbsolute(specifier) && specifier[0] === '.') {
      const foundURL = fileHrefPathname(pathToFileHref(found));
      const parentDirectory = parentURL.slice(7, parentURL.lastIndexOf('/'));
      found = path.posix.relative(parentDirectory, foundURL);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (!isRelativeOrAbsolute(specifier)) {
      const slash = specifier.indexOf('/');
      const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = `${pkg}/${found.slice(index + needle.length).split('/')
          .map(encodeURIComponent).join('/')}`;
      } else {
        found = pathToFileHref(found);
      }
    }
    return found;
  } catch {
    return false;
  }
}

function decorateWithHint(error, specifier, parentURL) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND' && error.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') return;
  if (specifier.startsWith('file://')) {
    try {
      specifier = fileHrefToPath(specifier);
    } catch {
      return;
    }
  }
  const found = commonJSHint(specifier, parentURL);
  if (found && found !== specifier) {
    const hint = `Did you mean to import ${JSON.stringify(found)}?`;
    const lines = error.stack.split('\n');
    error.stack = `${lines.slice(0, 1).join('\n')}\n${hint}\n${lines.slice(1).join('\n')}`;
    error.message += `\n${hint}`;
  }
}

// resolve(specifier, parentURL) -> { url, format, filename }. parentURL is the importing
// module's URL (a file: URL for files, `file:///cwd/[eval1]` for -e code).
function resolve(specifier, parentURL, conditions = defaultConditions) {
  let baseURL = parentURL;
  if (baseURL.includes('?') || baseURL.includes('#')) baseURL = baseURL.slice(0, baseURL.search(/[?#]/));
  const directoryEnd = baseURL.lastIndexOf('/');
  // TypeScript importers resolve differently (./x.js may name ./x.ts): their own entries.
  const cacheKey = conditions === defaultConditions ?
    `${baseURL.slice(0, directoryEnd)}\0${specifier}` +
      (typescript.isTypeScriptFile(parentURL) ? '\0ts' : '') : undefined;
  if (cacheKey !== undefined) {
    const cached = resolveCache.get(cacheKey);
    if (cached !== undefined) return cached;
  }
  let result;
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!builtins.canBeRequiredByUsers(id)) {
      throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    }
    result = { url: specifier, format: 'builtin', filename: null };
  } else {
    let resolved;
    try {
      resolved = moduleResolve(specifier, parentURL, conditions);
    } catch (error) {
      decorateWithHint(error, specifier, parentURL);
      throw error;
    }
    const { url } = resolved;
    if (url.startsWith('node:')) {
      const id = url.slice(5);
      if (!builtins.canBeRequiredByUsers(id)) {
        throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(url);
      }
      result = { url, format: 'builtin', filename: null };
    } else if (url.startsWith('data:')) {
      result = { url, format: getDataURLFormat(url), filename: null };
    } else {
      result = { url, format: undefined, filename: resolved.filename };
    }
  }
  if (cacheKey !== undefined) resolveCache.set(cacheKey, result);
  return result;
}

// data:[<media type>][;base64],<data>
function parseDataURL(url) {
  const comma = url.indexOf(',');
  if (comma === -1) throw new (lazyErrors().ERR_INVALID_URL)(url);
  const parameters = url.slice(5, comma).split(';');
  const mime = parameters[0].trim().toLowerCase();
  const base64 = parameters.length > 1 && parameters[parameters.length - 1].trim() === 'base64';
  return { mime, base64, body: url.slice(comma + 1) };
}

function getDataURLFormat(url) {
  const { mime } = parseDataURL(url);
  if (mime === 'text/javascript' || mime === 'application/javascript') return 'module';
  if (mime === 'application/json') return 'json';
  if (mime === 'application/wasm') return 'wasm';
  throw new (lazyErrors().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
}

// The source text of a data: URL.
function getDataURLSource(url) {
  const { base64, body } = parseDataURL(url);
  if (base64) return require('buffer').Buffer.from(body, 'base64').toString('utf8');
  return decodeURIComponent(body);
}

// The format of a file: 'module', 'commonjs', 'json', or 'commonjs-typeless' for a .js file
// (or one without extension) in a package without "type": an ES module if its syntax says so.
const scopeTypeCache = new Map();

function getPackageType(filePath) {
  const directory = filePath.slice(0, filePath.lastIndexOf('/'));
  let type = scopeTypeCache.get(directory);
  if (type === undefined) {
    type = packageJson.getPackageScopeConfig(filePath).type;
    scopeTypeCache.set(directory, type);
  }
  return type;
}

function getFormat(url, filePath) {
  const slash = filePath.lastIndexOf('/');
  const dot = filePath.lastIndexOf('.');
  const extension = dot > slash ? filePath.slice(dot) : '';
  switch (extension) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const type = getPackageType(filePath);
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
      return 'commonjs-typeless';
    }
    default: {
      const transform = sourceTransform.getFormat(filePath, getPackageType);
      if (transform !== undefined) return transform;
      throw new (lazyErrors().ERR_UNKNOWN_FILE_EXTENSION)(extension, filePath);
    }
  }
}

module.exports = {
  resolve,
  getFormat,
  getDataURLSource,
  defaultConditions,
  isRelativeOrAbsolute,
  pathToFileHref,
  fileHrefToPath,
};
