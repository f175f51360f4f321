'use strict';
// node:vm: compiling and running code in the main context or in contextified sandboxes (new V8
// contexts whose global object forwards to the sandbox, runtime/src/vm_context.cc). Argument
// validation and Node's error codes are here; the binding only compiles and runs.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUint32,
  kValidateObjectAllowObjects,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
const { kImportMissing, kImportCallback, kImportMainLoader } = require('internal/vm');
const binding = internalBinding('contextify');

const kEmptyObject = Object.freeze({ __proto__: null });
const kParsingContext = Symbol('script parsing context');

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

function toBuffer(arrayBuffer) {
  return new FastBuffer(arrayBuffer, 0, arrayBuffer.byteLength);
}

let warnedMainContextLoader = false;

// The import() mode of a compiled script or function (internal/vm.js).
function importModeOf(value) {
  if (value === undefined) return kImportMissing;
  if (value === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    if (!warnedMainContextLoader) {
      warnedMainContextLoader = true;
      process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and ' +
                          'might change at any time', 'ExperimentalWarning');
    }
    return kImportMainLoader;
  }
  validateFunction(value, 'options.importModuleDynamically');
  return kImportCallback;
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return binding.isContext(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

// The options every run method takes: [timeout (-1 for none), displayErrors, breakOnSigint].
function getRunOptions(options = kEmptyObject) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return [timeout, displayErrors, breakOnSigint];
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData',
                                     ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const importMode = importModeOf(importModuleDynamically);
    const [cachedDataRejected, sourceMapURL] = binding.compileScript(
      this, code, filename, lineOffset, columnOffset, cachedData, parsingContext, importMode);
    if (produceCachedData) {
      this.cachedData = toBuffer(binding.createCachedData(this));
      this.cachedDataProduced = this.cachedData.length > 0;
    }
    if (cachedDataRejected !== undefined) this.cachedDataRejected = cachedDataRejected;
    this.sourceMapURL = sourceMapURL;
  }

  runInThisContext(options) {
    const [timeout, displayErrors, breakOnSigint] = getRunOptions(options);
    return binding.runScriptInContext(this, null, timeout, displayErrors, breakOnSigint);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const [timeout, displayErrors, breakOnSigint] = getRunOptions(options);
    return binding.runScriptInContext(this, contextifiedObject, timeout, displayErrors,
                                      breakOnSigint);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return toBuffer(binding.createCachedData(this));
  }
}

// The context options of runInNewContext (contextName, contextCodeGeneration, ...).
function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) {
    validateString(options.microtaskMode, 'options.microtaskMode');
  }
  return contextOptions;
}

let defaultContextNameIndex = 1;

function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  // A context's own import() mode matters only for vm modules, which Kiln lacks.
  if (importModuleDynamically !== undefined) importModeOf(importModuleDynamically);
  return binding.makeContext(contextObject, strings, wasm, microtaskMode === 'afterEvaluate');
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData',
                                   ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowNullable);
  }
  const importMode = importModeOf(importModuleDynamically);
  const [fn, cachedDataRejected, producedCachedData] = binding.compileFunction(
    code, filename, params === undefined ? [] : params, lineOffset, columnOffset, cachedData,
    produceCachedData, parsingContext, contextExtensions, importMode);
  if (produceCachedData) {
    fn.cachedDataProduced = producedCachedData.byteLength > 0;
    fn.cachedData = toBuffer(producedCachedData);
  }
  if (cachedDataRejected !== undefined) fn.cachedDataRejected = cachedDataRejected;
  return fn;
}

// An estimate from the heap statistics: V8 10.2's per-context measurement is not exposed here.
function measureMemory(options = kEmptyObject) {
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const { heapUsed } = process.memoryUsage();
  const result = { total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapUsed] } };
  if (mode === 'detailed') {
    result.current = result.total;
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
