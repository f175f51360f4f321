'use strict';
// The ES module loader. One module map (URL -> record) for the process, shared with the
// CommonJS loader's Module._cache: a file is one module instance whichever way it is reached.
//
// Loading is synchronous: a graph is resolved, read and compiled depth-first (each module
// once), linked and instantiated by V8 in one call, then evaluated; only the evaluation of a
// graph with top-level await is asynchronous. So `import` statements, `import()`,
// `require(esm)` and the main entry all use the same few steps:
//
//   getOrCreateRecord(resolve(specifier, parentURL))  the module, compiled (translators below)
//   link(record)                                      every request resolved, recursively
//   instantiate(record)                               V8 links the bindings
//   binding.evaluate(record.id)                       a promise, settled unless the graph is async
//
// Formats: 'module' (source text), 'commonjs' (a synthetic module whose exports are the names
// the C++ lexer finds in the source, filled from module.exports when evaluated), 'json',
// 'builtin' (node:fs… with their enumerable properties as named exports).

const path = require('path');
const binding = internalBinding('module_wrap');
const { getPromiseDetails } = internalBinding('util');
const fsBinding = internalBinding('fs');
const { resolve, getFormat, getDataURLSource, fileHrefToPath, pathToFileHref } =
  require('internal/modules/esm/resolve');
const sourceTransform = require('internal/modules/source_transform');
const { reportFileLoaded } = require('internal/watch_report');

const kPromisePending = 0;
const kPromiseRejected = 2;

function lazyErrors() { return require('internal/errors').codes; }
let cjsLoader;
function lazyCJS() {
  cjsLoader ??= require('internal/modules/cjs/loader');
  return cjsLoader;
}

// Records by id (the binding's module ids) and by URL.
const records = [];
const recordsByURL = new Map();
// Synthetic modules of builtins, for module.syncBuiltinESMExports().
const builtinRecords = [];

class ModuleRecord {
  constructor(id, url, format, filename, requests) {
    this.id = id;
    this.url = url;
    this.format = format;
    this.filename = filename;
    // [id, specifier, type, otherAttributeKey, otherAttributeValue, …] from the compiler, or
    // null for a synthetic module.
    this.requests = requests;
    this.linked = requests === null;
    this.dependencies = null;
  }
}

function addRecord(record) {
  records[record.id] = record;
  if (record.url !== null) recordsByURL.set(record.url, record);
  // Watch mode restarts when a file the program loaded changes.
  if (record.filename !== null) reportFileLoaded(record.filename);
  return record;
}

// --- Translators: a resolved URL and its format to a compiled module ---------------------

function compileSourceText(url, filename, source) {
  let compiled;
  if (source === undefined && filename !== null && !sourceTransform.hasSourceTransform(filename)) {
    compiled = binding.compileModuleFile(url, filename);
  } else {
    if (source === undefined) {
      source = filename !== null ? sourceTransform.readSource(filename, 'module') :
        getDataURLSource(url);
    }
    compiled = binding.compileModule(url, source, filename ?? undefined);
  }
  return new ModuleRecord(compiled[0], url, 'module', filename, compiled);
}

function errorPath(url) {
  return url.startsWith('file:') ? fileHrefToPath(url) : url;
}

function createJSONRecord(url, filename) {
  const { Module, stripBOM } = lazyCJS();
  const shareWithRequire = filename !== null && !url.includes('?');
  let exports;
  let cached = shareWithRequire ? Module._cache[filename] : undefined;
  if (cached?.loaded) {
    exports = cached.exports;
  } else {
    const source = filename !== null ? fsBinding.readFileUtf8(filename) : getDataURLSource(url);
    try {
      exports = JSON.parse(stripBOM(source));
    } catch (error) {
      error.message = `${errorPath(url)}: ${error.message}`;
      throw error;
    }
    cached = { exports, loaded: true };
    if (shareWithRequire) Module._cache[filename] = cached;
  }
  const id = binding.createSyntheticModule(url, ['default'], () => [exports]);
  return new ModuleRecord(id, url, 'json', filename, null);
}

function createBuiltinRecord(url) {
  const exports = require(url.slice(5));
  const names = Object.keys(exports);
  if (!names.includes('default')) names.push('default');
  const id = binding.createSyntheticModule(url, names, () => names.map(
    (name) => (name === 'default' ? exports : exports[name])));
  const record = new ModuleRecord(id, url, 'builtin', null, null);
  record.exports = exports;
  record.exportNames = names;
  builtinRecords.push(record);
  return record;
}

const kModuleExportNames = Symbol('kModuleExportNames');
const kCommonJSExtensions = new Set(['.js', '.cjs', '']);

// The export names of a CommonJS module, from its source and those of the modules it
// re-exports, as Node's cjsPreparseModuleExports finds them. Also puts the module into
// Module._cache (not yet loaded), so that require() and import share it.
function preparseCommonJS(filename, source) {
  const { Module, kIsCachedByESMLoader } = lazyCJS();
  let module = Module._cache[filename];
  if (module !== undefined && module[kModuleExportNames] !== undefined) {
    return { module, exportNames: module[kModuleExportNames] };
  }
  if (module === undefined) {
    module = new Module(filename);
    module.filename = filename;
    module.paths = Module._nodeModulePaths(module.path);
    module[kIsCachedByESMLoader] = true;
    Module._cache[filename] = module;
  }
  let found;
  try {
    found = binding.parseCommonJSExports(source ?? sourceTransform.readSource(filename,
                                                                              'commonjs'));
  } catch {
    found = [[], []];
  }
  const exportNames = new Set(['default', ...found[0]]);
  // Set first, for cycles of re-exports.
  module[kModuleExportNames] = exportNames;
  const reexports = found[1];
  for (let i = 0; i < reexports.length; i++) {
    let resolved;
    try {
      resolved = Module._resolveFilename(reexports[i], module);
    } catch {
      continue;
    }
    if (!path.isAbsolute(resolved)) continue;  // a builtin
    const extension = path.extname(resolved);
    if (!kCommonJSExtensions.has(extension) && Module._extensions[extension] !== undefined) {
      continue;
    }
    let reexportSource;
    try {
      reexportSource = sourceTransform.readSource(resolved, 'commonjs');
    } catch {
      continue;
    }
    const { exportNames: names } = preparseCommonJS(resolved, reexportSource);
    for (const name of names) exportNames.add(name);
  }
  return { module, exportNames };
}

function createCommonJSRecord(url, filename, source) {
  const { module, exportNames } = preparseCommonJS(filename, source);
  const names = [...exportNames];
  const record = new ModuleRecord(-1, url, 'commonjs', filename, null);
  record.cjsModule = module;
  record.id = binding.createSyntheticModule(url, names, () => evaluateCommonJS(record, names));
  return record;
}

// The evaluation of a CommonJS module imported by an ES module: it runs through Module._load,
// as require() runs it (Module._extensions, require.cache, cycles), unless it already ran.
function evaluateCommonJS(record, names) {
  const { Module } = lazyCJS();
  let module = record.cjsModule;
  if (!module.loaded) {
    Module._load(record.filename, undefined, false);
    module = Module._cache[record.filename] ?? module;
  }
  const exports = module.exports;
  const values = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name === 'default') {
      values[i] = exports;
    } else if (exports != null && Object.prototype.hasOwnProperty.call(exports, name)) {
      try {
        values[i] = exports[name];
      } catch {
        // A throwing getter leaves the export undefined.
      }
    }
  }
  return values;
}


function translate(url, format, filename) {
  switch (format) {
    case 'module':
      return compileSourceText(url, filename, undefined);
    case 'commonjs-typeless': {
      // A .js file with no package "type": an ES module if it does not compile as CommonJS
      // but does as a module (Node 22's syntax detection, without its warning).
      const source = sourceTransform.readSource(filename);
      const wrapper = lazyCJS().compileWrapper(filename, source, true);
      if (wrapper === undefined) return compileSourceText(url, filename, source);
      lazyCJS().precompiledWrappers.set(filename, { source, wrapper });
      return createCommonJSRecord(url, filename, source);
    }
    case 'commonjs':
      return createCommonJSRecord(url, filename, undefined);
    case 'json':
      return createJSONRecord(url, filename);
    case 'builtin':
      return createBuiltinRecord(url);
    case 'wasm':
      throw new (lazyErrors().ERR_UNKNOWN_MODULE_FORMAT)('wasm', url);
    default:
      throw new (lazyErrors().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

function getOrCreateRecord(resolved) {
  const existing = recordsByURL.get(resolved.url);
  if (existing !== undefined) return existing;
  let format = resolved.format;
  if (format === undefined) format = getFormat(resolved.url, resolved.filename);
  return addRecord(translate(resolved.url, format, resolved.filename));
}

// --- Import attributes ----------------------------------------------------------------------

// Node's validateAttributes: JSON needs `type: 'json'`, JavaScript must not have a type, and
// no attribute other than `type` is supported.
function validateAttributes(record, type, otherKey, otherValue) {
  const errors = lazyErrors();
  if (otherKey !== undefined) throw new errors.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(otherKey, otherValue);
  const validType = record.format === 'json' ? 'json' : undefined;
  if (type === validType) return;
  if (validType !== undefined && type === undefined) {
    throw new errors.ERR_IMPORT_ASSERTION_TYPE_MISSING(record.url, validType);
  }
  if (type !== 'json') throw new errors.ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  throw new errors.ERR_IMPORT_ASSERTION_TYPE_FAILED(record.url, type);
}

// --- Linking ------------------------------------------------------------------------------

// Resolves and compiles every module the graph under `root` requests, depth first in source
// order, and tells the binding which module each request is. A graph that an earlier attempt
// left half linked (a request that did not resolve) is walked again to finish it.
function link(root) {
  if (root.linked && binding.getStatus(root.id) >= binding.kInstantiated) return;
  const stack = [root];
  const visited = new Set();
  while (stack.length > 0) {
    const record = stack.pop();
    if (visited.has(record)) continue;
    visited.add(record);
    if (!record.linked) linkRequests(record);
    const dependencies = record.dependencies;
    if (dependencies === null) continue;
    for (let i = dependencies.length - 1; i >= 0; i--) {
      const dependency = dependencies[i];
      if (visited.has(dependency)) continue;
      if (dependency.linked &&
          (dependency.requests === null ||
           binding.getStatus(dependency.id) >= binding.kInstantiated)) {
        continue;
      }
      stack.push(dependency);
    }
  }
}

function linkRequests(record) {
  const requests = record.requests;
  const count = (requests.length - 1) / 4;
  const ids = new Array(count);
  const dependencies = new Array(count);
  for (let i = 0; i < count; i++) {
    const base = 1 + i * 4;
    const dependency = getOrCreateRecord(resolve(requests[base], record.url));
    validateAttributes(dependency, requests[base + 1], requests[base + 2], requests[base + 3]);
    ids[i] = dependency.id;
    dependencies[i] = dependency;
  }
  binding.link(record.id, ids);
  record.dependencies = dependencies;
  record.linked = true;
}

const kMissingExport = / does not provide an export named '/;

function instantiate(record) {
  const failure = binding.instantiate(record.id);
  if (failure === undefined) return;
  const [error, parentURL, sourceLine] = failure;
  if (error instanceof SyntaxError && kMissingExport.test(error.message) &&
      typeof parentURL === 'string') {
    explainMissingCommonJSExport(error, parentURL, sourceLine);
  }
  throw error;
}

// Node's wording of a missing named export of a CommonJS module, with the default-import hint.
function explainMissingCommonJSExport(error, parentURL, importStatement) {
  const match = /module '(.*)' does not provide an export named '(.+)'/.exec(error.message);
  if (match === null) return;
  const [, childSpecifier, name] = match;
  let child;
  try {
    child = recordsByURL.get(resolve(childSpecifier, parentURL).url);
  } catch {
    return;
  }
  if (child?.format !== 'commonjs') return;
  const oneLineNamedImports = /{.*}/.exec(importStatement ?? '');
  const destructuring = oneLineNamedImports &&
    oneLineNamedImports[0].replace(/\s+as\s+/g, ': ');
  const message = `Named export '${name}' not found. The requested module ` +
    `'${childSpecifier}' is a CommonJS module, which may not support all module.exports as ` +
    'named exports.\nCommonJS modules can always be imported via the default export, for ' +
    `example using:\n\nimport pkg from '${childSpecifier}';\n${
      destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
  const stackLines = error.stack.split('\n');
  const firstFrame = stackLines.findIndex((line) => line.startsWith('    at '));
  error.message = message;
  error.stack = `SyntaxError: ${message}` +
    (firstFrame === -1 ? '' : `\n${stackLines.slice(firstFrame).join('\n')}`);
}

// Links, instantiates and evaluates `record`; returns the evaluation promise.
function run(record) {
  link(record);
  instantiate(record);
  return binding.evaluate(record.id);
}

// Node's wording of a CommonJS variable used in an ES module ("require is not defined in ES
// module scope, you can use import instead"), with the hint about "type": "module".
const kCommonJSGlobals = new Set(['require is not defined', 'module is not defined',
                                  'exports is not defined', '__filename is not defined',
                                  '__dirname is not defined']);

function decorateEvaluationError(error, record) {
  if (error?.name !== 'ReferenceError' || !kCommonJSGlobals.has(error.message)) return;
  // (Once: the error of a module that failed is thrown again by every later import of it.)
  error.message += ' in ES module scope';
  if (error.message.startsWith('require ')) error.message += ', you can use import instead';
  if (record.filename !== null && /\.js(\?[^#]*)?(#.*)?$/.test(record.url)) {
    const config = require('internal/modules/package_json').getPackageScopeConfig(record.filename);
    if (config.type === 'module') {
      error.message += '\nThis file is being treated as an ES module because it has a \'.js\' ' +
        `file extension and '${config.pjsonPath}' contains "type": "module". To treat it as a ` +
        'CommonJS script, rename it to use the \'.cjs\' file extension.';
    }
  }
}

// --- import() -------------------------------------------------------------------------------

// The URL of -e code named `name` ('[eval1]'), in the working directory: as Node makes it
// (the URL parser's encoding, which leaves '[' and ']' alone).
function evalURL(name) {
  const cwd = process.cwd();
  return pathToFileHref(cwd === '/' ? cwd : `${cwd}/`) + name;
}

// The URL that import() in a script or module named `referrerName` resolves against.
function parentURLOf(referrerName) {
  if (typeof referrerName === 'string') {
    if (referrerName.startsWith('file:') || referrerName.startsWith('data:')) return referrerName;
    if (referrerName.startsWith('/')) return pathToFileHref(referrerName);
  }
  // -e code ([eval]), standard input, builtins: the working directory.
  return evalURL('[eval1]');
}

async function importModule(specifier, parentURL, type, otherKey, otherValue) {
  // Loading starts after the importing code's turn and evaluation after the microtasks that
  // turn queued, in the order Node 26 gives (it awaits its resolve and link steps).
  await undefined;
  const record = getOrCreateRecord(resolve(`${specifier}`, parentURL));
  validateAttributes(record, type, otherKey, otherValue);
  link(record);
  instantiate(record);
  await undefined;
  try {
    await binding.evaluate(record.id);
  } catch (error) {
    decorateEvaluationError(error, record);
    throw error;
  }
  return binding.getNamespace(record.id);
}

// V8's HostImportModuleDynamically hook: never throws, returns the promise of the namespace.
function importModuleDynamically(specifier, referrerName, type, otherKey, otherValue) {
  try {
    return importModule(specifier, parentURLOf(referrerName), type, otherKey, otherValue);
  } catch (error) {
    return Promise.reject(error);
  }
}

// kiln --check: compiles the file as an ES module and runs nothing.
function checkModuleSyntax(filename, source) {
  compileSourceText(pathToFileHref(filename), filename, source);
}

// --import: each module in order, resolved against the working directory.
async function importPreloads(specifiers) {
  const parentURL = evalURL('');
  for (const specifier of specifiers) await importModule(specifier, parentURL);
}

// --- import.meta ----------------------------------------------------------------------------

function initializeImportMeta(meta, id) {
  const record = records[id];
  if (record === undefined) return;
  const { url } = record;
  if (url.startsWith('file:')) {
    const filename = fileHrefToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    return resolveForImportMeta(`${specifier}`, url);
  };
  meta.url = url;
}

function resolveForImportMeta(specifier, parentURL) {
  try {
    return resolve(specifier, parentURL).url;
  } catch (error) {
    if ((error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        error.url) {
      return error.url;
    }
    throw error;
  }
}

// --- require(esm) ---------------------------------------------------------------------------

// Loads the ES module `filename` for require() (Node 22): synchronously, so its graph must
// not have top-level await. Returns what require() returns: the namespace, with
// __esModule: true added when it has a default export (for code compiled from ESM to CJS).
function requireESM(filename, parentFilename, source) {
  const errors = lazyErrors();
  const url = pathToFileHref(filename);
  let record = recordsByURL.get(url);
  if (record === undefined) {
    record = addRecord(compileSourceText(url, filename, source));
  }
  const status = binding.getStatus(record.id);
  if (status === binding.kEvaluating) {
    let message = `Cannot require() ES Module ${filename} in a cycle.`;
    if (parentFilename) message += ` (from ${parentFilename})`;
    throw new errors.ERR_REQUIRE_CYCLE_MODULE(message);
  }
  link(record);
  instantiate(record);
  if (binding.isGraphAsync(record.id)) {
    throw new errors.ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  const promise = binding.evaluate(record.id);
  const [state, result] = getPromiseDetails(promise);
  if (state === kPromiseRejected) {
    promise.then(undefined, () => {});  // handled here: it is thrown to the caller
    decorateEvaluationError(result, record);
    binding.decorateErrorArrow(result);
    throw result;
  }
  if (state === kPromisePending) {
    throw new errors.ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  }
  const namespace = binding.getNamespace(record.id);
  // `export { x as 'module.exports' }` chooses what require() returns (Node 20.19+, 22.12+).
  if (Object.prototype.hasOwnProperty.call(namespace, 'module.exports')) {
    return namespace['module.exports'];
  }
  if (!Object.prototype.hasOwnProperty.call(namespace, 'default') ||
      Object.prototype.hasOwnProperty.call(namespace, '__esModule')) {
    return namespace;
  }
  record.requireFacade ??= createRequireFacade(record);
  return record.requireFacade;
}

const kFacadeSource = 'export * from "original"; export { default } from "original"; ' +
  'export const __esModule = true;';

// A module re-exporting everything of `record` plus __esModule, as Node's
// createRequiredModuleFacade makes it.
function createRequireFacade(record) {
  const [id] = binding.compileModule(record.url, kFacadeSource);
  binding.link(id, [record.id]);
  binding.instantiate(id);
  binding.evaluate(id);
  return binding.getNamespace(id);
}

// --- Entry points ---------------------------------------------------------------------------

const kUnsettledTopLevelAwait = 13;
let entry = null;

// Runs the ES module at `filename` as the main entry, as Node's runEntryPointWithESMLoader:
// in a microtask, errors reported as uncaught from a promise, and exit code 13 with Node's
// warning if its top-level await never settles.
// `source` is the file's text when the CommonJS loader already read it (a .js file with no
// package "type" that turned out to be an ES module).
function runMain(filename, source) {
  const url = pathToFileHref(filename);
  startEntry(() => {
    const record = source === undefined ? getOrCreateRecord(resolve(url, url)) :
      recordsByURL.get(url) ?? addRecord(compileSourceText(url, filename, source));
    return { record, promise: run(record) };
  });
}

// Runs -e code (or standard input) that is an ES module.
function runEvalModule(source, name) {
  const url = evalURL(name);
  startEntry(() => {
    const record = addRecord(compileSourceText(url, null, source));
    return { record, promise: run(record) };
  });
}

function startEntry(start) {
  const state = { record: null, promise: null, settled: false, asyncModules: null,
                  unsettledAtExit: false };
  entry = state;
  process.prependListener('beforeExit', handleBeforeExit);
  process.prependListener('exit', handleProcessExit);
  const done = () => {
    state.settled = true;
    // A 'beforeExit' listener may have let the graph settle after all.
    if (state.unsettledAtExit && process.exitCode === kUnsettledTopLevelAwait) {
      process.exitCode = undefined;
    }
    process.off('beforeExit', handleBeforeExit);
    process.off('exit', handleProcessExit);
  };
  Promise.resolve().then(() => {
    const { record, promise } = start();
    state.record = record;
    state.promise = promise;
    if (getPromiseDetails(promise)[0] === kPromisePending) {
      state.asyncModules = trackAsyncModules(record);
    }
    return promise;
  }).then(done, (error) => {
    done();
    if (state.record !== null) decorateEvaluationError(error, state.record);
    internalBinding('errors').triggerUncaughtException(error, true);
  });
}

// The loop ran out of work with the entry's top-level await still pending: unless the program
// chose an exit code, it is 13, and 'exit' listeners see it (as in Node 22+).
function handleBeforeExit() {
  if (entry === null || entry.settled || process.exitCode !== undefined) return;
  process.exitCode = kUnsettledTopLevelAwait;
  entry.unsettledAtExit = true;
}

// For the unsettled top-level await warning: the evaluation promise of every module of the
// graph that has top-level await in itself or below (V8 gives one per module when asked).
function trackAsyncModules(root) {
  const tracked = [];
  const seen = new Set();
  const visit = (record) => {
    if (seen.has(record) || record.format !== 'module') return;
    seen.add(record);
    for (const dependency of record.dependencies ?? []) visit(dependency);
    if (binding.isGraphAsync(record.id)) {
      tracked.push({ record, promise: binding.evaluate(record.id) });
    }
  };
  visit(root);
  return tracked;
}

function handleProcessExit() {
  process.off('exit', handleProcessExit);
  if (entry === null || entry.settled || !entry.unsettledAtExit) return;
  if (process.exitCode !== kUnsettledTopLevelAwait) return;
  const location = stalledTopLevelAwait(entry);
  if (location !== undefined) process.stderr.write(`${location}\n`);
}

// "Warning: Detected unsettled top-level await at URL:LINE\n<line>\n<caret>\n\n": the first
// top-level await of the first module (in evaluation order) whose own evaluation is still
// pending while those it imports have settled.
function stalledTopLevelAwait(state) {
  const candidates = state.asyncModules ?? [];
  for (const { record, promise } of candidates) {
    if (getPromiseDetails(promise)[0] !== kPromisePending) continue;
    const pendingDependency = candidates.some((other) => other !== undefined &&
      record.dependencies?.includes(other.record) &&
      getPromiseDetails(other.promise)[0] === kPromisePending);
    if (pendingDependency) continue;
    let source;
    try {
      source = record.filename !== null ? fsBinding.readFileUtf8(record.filename) :
        getDataURLSource(record.url);
    } catch {
      continue;
    }
    const found = binding.findTopLevelAwait(source);
    if (found === undefined) continue;
    const [line, column] = found;
    const sourceLine = source.split(/\r?\n/)[line - 1] ?? '';
    return `Warning: Detected unsettled top-level await at ${record.url}:${line}\n` +
      `${sourceLine}\n${' '.repeat(column)}^\n\n\n`;
  }
  return undefined;
}

// --- Setup ----------------------------------------------------------------------------------

function syncBuiltinESMExports() {
  for (const record of builtinRecords) {
    for (const name of record.exportNames) {
      if (name === 'default') continue;
      binding.setExport(record.id, name, record.exports[name]);
    }
  }
}

module.exports = {
  importModuleDynamically,
  initializeImportMeta,
  checkModuleSyntax,
  importPreloads,
  runMain,
  runEvalModule,
  requireESM,
  importModule,
  parentURLOf,
  syncBuiltinESMExports,
};
