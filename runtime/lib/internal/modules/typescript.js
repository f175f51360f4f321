'use strict';
// TypeScript and JSX files for both module loaders. stripTypeScript() turns a .ts, .mts, .cts,
// .tsx or .jsx file's text into the JavaScript the loaders compile (ts-strip, through
// internalBinding('ts_strip'), cached by content hash), with the options of the nearest
// tsconfig.json (jsx, jsxImportSource, jsxFactory, jsxFragmentFactory, verbatimModuleSyntax).
// The transforms are registered with internal/modules/source_transform, which both loaders
// read source through. For CommonJS resolution from TypeScript files this module also maps
// `./x.js` to `./x.ts` (TypeScript's convention), tries TypeScript extensions for
// extensionless requests, and applies tsconfig "paths" and "baseUrl" to bare specifiers.
//
// Loaded into the startup snapshot: nothing at the top level depends on the run.

const path = require('path');
const binding = internalBinding('ts_strip');
const fsBinding = internalBinding('fs');
const { registerSourceTransform } = require('internal/modules/source_transform');

const kTypeScriptExtensions = ['.ts', '.tsx', '.mts', '.cts'];

function extensionOf(filename) {
  const slash = filename.lastIndexOf('/');
  const dot = filename.lastIndexOf('.');
  return dot > slash + 1 ? filename.slice(dot) : '';
}

function isTypeScriptFile(filename) {
  return typeof filename === 'string' && kTypeScriptExtensions.includes(extensionOf(filename));
}

// --- tsconfig.json ----------------------------------------------------------------------

// tsconfig files are JSON with comments and trailing commas.
function parseJsonc(text) {
  let out = '';
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xFEFF) i = 1;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      const start = i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += text.slice(start, i);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

function readFile(filename) {
  try {
    return fsBinding.readFileUtf8(filename);
  } catch {
    return undefined;
  }
}

function fileExists(filename) {
  return fsBinding.internalModuleStat(filename) === 0;
}

// The file an "extends" names, relative to the config that says it, or a package's.
function resolveExtends(specifier, fromDirectory) {
  const candidates = [];
  if (specifier.startsWith('./') || specifier.startsWith('../') || path.isAbsolute(specifier)) {
    const full = path.resolve(fromDirectory, specifier);
    candidates.push(full, `${full}.json`, path.join(full, 'tsconfig.json'));
  } else {
    for (let dir = fromDirectory; ; dir = path.dirname(dir)) {
      const full = path.join(dir, 'node_modules', specifier);
      candidates.push(full, `${full}.json`, path.join(full, 'tsconfig.json'));
      if (path.dirname(dir) === dir) break;
    }
  }
  for (const candidate of candidates) {
    if (fileExists(candidate)) return candidate;
  }
  return undefined;
}

const configCache = new Map();  // tsconfig path -> compilerOptions (resolved)

// The compilerOptions of a tsconfig file with its "extends" chain merged, paths made absolute
// (baseUrl, and pathsBase: where "paths" entries are relative to).
function loadConfig(configPath, depth = 0) {
  const cached = configCache.get(configPath);
  if (cached !== undefined) return cached;
  let options = { __proto__: null };
  const text = readFile(configPath);
  let parsed;
  try {
    parsed = text === undefined ? {} : parseJsonc(text);
  } catch (error) {
    const err = new SyntaxError(`${configPath}: ${error.message}`);
    err.path = configPath;
    throw err;
  }
  const directory = path.dirname(configPath);
  if (depth < 16 && parsed.extends !== undefined) {
    const bases = Array.isArray(parsed.extends) ? parsed.extends : [parsed.extends];
    for (const base of bases) {
      if (typeof base !== 'string') continue;
      const basePath = resolveExtends(base, directory);
      if (basePath !== undefined) Object.assign(options, loadConfig(basePath, depth + 1));
    }
  }
  const own = parsed.compilerOptions;
  if (own !== null && typeof own === 'object') {
    for (const key of Object.keys(own)) options[key] = own[key];
    if (typeof own.baseUrl === 'string') options.baseUrl = path.resolve(directory, own.baseUrl);
    if (own.paths !== null && typeof own.paths === 'object') options.pathsBase = directory;
  }
  configCache.set(configPath, options);
  return options;
}

const directoryConfigCache = new Map();  // directory -> tsconfig path or null

// The tsconfig.json that applies to a file: the nearest one above it, as tsc finds a project.
// Files inside node_modules have none.
function configPathFor(filename) {
  let directory = path.dirname(filename);
  const visited = [];
  let found = null;
  for (;;) {
    const cached = directoryConfigCache.get(directory);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(directory);
    if (directory.endsWith('/node_modules') || directory.includes('/node_modules/')) break;
    const candidate = path.join(directory, 'tsconfig.json');
    if (fileExists(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  for (const dir of visited) directoryConfigCache.set(dir, found);
  return found;
}

function compilerOptionsFor(filename) {
  const configPath = configPathFor(filename);
  return configPath === null ? null : loadConfig(configPath);
}

// --- Stripping ----------------------------------------------------------------------------

// The last result per file: a file is often read twice in a row (the CommonJS attempt of a file
// without package "type", then the ES module), and comparing its stamp (device, inode, size,
// times) is cheaper than reading the cache again. Files changed in the last seconds have no
// stamp and are always read.
const lastStripped = new Map();  // `${format}\0${filename}` -> { stamp, code }

// `format`: 'module', 'commonjs', or undefined to decide from the file's syntax.
function stripTypeScript(source, filename, format) {
  return callStripper(binding.strip, source, filename, format);
}

// The JavaScript for the TypeScript file `filename` (read by the stripper, which finds a file
// it has seen unchanged by its stamp, without reading it).
function readTypeScript(filename, format) {
  const key = `${format}\0${filename}`;
  const stamp = binding.fileStamp(filename);
  const last = lastStripped.get(key);
  if (stamp !== undefined && last !== undefined && last.stamp === stamp) return last.code;
  const code = callStripper(binding.stripFile, undefined, filename, format);
  if (stamp !== undefined) lastStripped.set(key, { stamp, code });
  else if (last !== undefined) lastStripped.delete(key);
  return code;
}

// strip(source, filename, …) or stripFile(filename, …) with the tsconfig's options.
function callStripper(strip, source, filename, format) {
  const options = compilerOptionsFor(filename);
  let flags = 0;
  let importSource;
  let factory;
  let fragmentFactory;
  if (options !== null) {
    if (options.verbatimModuleSyntax === true) flags |= binding.kFlagVerbatimModuleSyntax;
    if (options.jsx === 'react') flags |= binding.kFlagJsxClassic;
    if (typeof options.jsxImportSource === 'string') importSource = options.jsxImportSource;
    if (typeof options.jsxFactory === 'string') factory = options.jsxFactory;
    if (typeof options.jsxFragmentFactory === 'string') fragmentFactory = options.jsxFragmentFactory;
  }
  try {
    if (source === undefined) {
      return strip(filename, format, flags, importSource, factory, fragmentFactory);
    }
    return strip(source, filename, format, flags, importSource, factory, fragmentFactory);
  } catch (error) {
    // Node's internal errors show their code in the stack's first line.
    if (error instanceof SyntaxError && typeof error.code === 'string') {
      error.stack = error.stack.replace(/^SyntaxError:/, `SyntaxError [${error.code}]:`);
    }
    throw error;
  }
}

// .ts and .tsx (and .jsx) follow the package "type" like .js; .mts is ESM, .cts CommonJS.
for (const [extension, format] of [['.ts', 'package-type'], ['.tsx', 'package-type'],
  ['.jsx', 'package-type'], ['.mts', 'module'], ['.cts', 'commonjs']]) {
  registerSourceTransform(extension, { transform: stripTypeScript, read: readTypeScript, format });
}

// The format a CommonJS load of `filename` starts from, for the extensions whose format is
// not the package's: 'module', 'commonjs', or undefined (follow the package "type").
function fixedFormat(filename) {
  switch (extensionOf(filename)) {
    case '.mts': return 'module';
    case '.cts': return 'commonjs';
    default: return undefined;
  }
}

function followsPackageType(filename) {
  const extension = extensionOf(filename);
  return extension === '.ts' || extension === '.tsx' || extension === '.jsx';
}

// --- Resolution from TypeScript files (CommonJS) --------------------------------------------

const kJsToTs = {
  __proto__: null,
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

// Requests to try when `request` is not found from a TypeScript file: `./x.js` is `./x.ts`
// (what tsc's output would have loaded), and an extensionless `./x` may be `./x.ts` or
// `./x/index.ts`.
function typeScriptAlternatives(request) {
  const extension = extensionOf(request);
  const mapped = kJsToTs[extension];
  if (mapped !== undefined) {
    const stem = request.slice(0, -extension.length);
    return mapped.map((ext) => stem + ext);
  }
  if (extension !== '' && !request.endsWith('/')) return [];
  const base = request.endsWith('/') ? request.slice(0, -1) : request;
  const out = [];
  if (!request.endsWith('/')) {
    for (const ext of kTypeScriptExtensions) out.push(base + ext);
  }
  for (const ext of kTypeScriptExtensions) out.push(`${base}/index${ext}`);
  return out;
}

// A bare specifier mapped by the tsconfig "paths" of `parentFilename`'s project, then by its
// "baseUrl": the absolute paths to try, in order.
function tsconfigCandidates(request, parentFilename) {
  const options = compilerOptionsFor(parentFilename);
  if (options === null) return [];
  const candidates = [];
  const paths = options.paths;
  if (paths !== null && typeof paths === 'object') {
    const base = options.baseUrl ?? options.pathsBase;
    let best = null;
    let bestPrefix = -1;
    let matched = '';
    for (const pattern of Object.keys(paths)) {
      const star = pattern.indexOf('*');
      if (star === -1) {
        if (pattern === request && pattern.length > bestPrefix) {
          best = pattern;
          bestPrefix = pattern.length;
          matched = '';
        }
        continue;
      }
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (request.length >= prefix.length + suffix.length && request.startsWith(prefix) &&
          request.endsWith(suffix) && prefix.length > bestPrefix) {
        best = pattern;
        bestPrefix = prefix.length;
        matched = request.slice(prefix.length, request.length - suffix.length);
      }
    }
    if (best !== null && Array.isArray(paths[best])) {
      for (const substitution of paths[best]) {
        if (typeof substitution !== 'string') continue;
        candidates.push(path.resolve(base, substitution.replace('*', matched)));
      }
    }
  }
  if (typeof options.baseUrl === 'string') candidates.push(path.resolve(options.baseUrl, request));
  return candidates;
}

// For the ES module resolver, from TypeScript modules: the file a missing `filePath` stands for
// (`resolveFile` gives a real path string for a file), or undefined.
function resolveTypeScriptAlternative(filePath, resolveFile) {
  const alternatives = typeScriptAlternatives(filePath);
  for (let i = 0; i < alternatives.length; i++) {
    const found = resolveFile(alternatives[i]);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

// The file a bare specifier maps to through tsconfig "paths"/"baseUrl", or undefined.
function resolveTsconfigPaths(specifier, parentPath, resolveFile) {
  const candidates = tsconfigCandidates(specifier, parentPath);
  for (let i = 0; i < candidates.length; i++) {
    const found = resolveFile(candidates[i]);
    if (typeof found === 'string') return found;
    const alternative = resolveTypeScriptAlternative(candidates[i], resolveFile);
    if (alternative !== undefined) return alternative;
  }
  return undefined;
}

module.exports = {
  stripTypeScript,
  resolveTypeScriptAlternative,
  resolveTsconfigPaths,
  isTypeScriptFile,
  fixedFormat,
  followsPackageType,
  typeScriptAlternatives,
  tsconfigCandidates,
  compilerOptionsFor,
};
