'use strict';
// Entry: `kiln -e <code>`, `kiln -p <code>` and a program piped to standard input.

const path = require('path');
const { Module } = require('internal/modules/cjs/loader');
const { runScript } = internalBinding('contextify');
const binding = internalBinding('process_methods').getRunOptions();

const name = binding.mode === 'eval' && binding.execArgv.length === 0 ? '[stdin]' : '[eval]';
// The compile cache keeps one pack of code caches per program: here, per working directory.
internalBinding('module_wrap').setCompileCacheProgram(`eval:${process.cwd()}`);
// Code that is an ES module (import/export syntax, top-level await) runs as one, with the URL
// file:///<cwd>/[eval1], as in Node 22.
const { containsModuleSyntax } = internalBinding('module_wrap');
if (/\b(?:import|export|await)\b/.test(binding.entry) &&
    containsModuleSyntax(binding.entry, name)) {
  if (binding.mode === 'print') {
    throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
  }
  require('internal/modules/esm/loader').runEvalModule(binding.entry, '[eval1]');
  return;
}

const evalModule = new Module(name);
evalModule.filename = path.join(process.cwd(), name);
evalModule.paths = Module._nodeModulePaths(process.cwd());

// The code sees module, require, exports, __filename and __dirname as globals, as in Node.
globalThis.module = evalModule;
globalThis.exports = evalModule.exports;
globalThis.__filename = name;
globalThis.__dirname = '.';
globalThis.require = Module.createRequire(path.join(process.cwd(), name));

const { rewriteImportAttributes } = internalBinding('module_wrap');
let code = /\bwith\s*:/.test(binding.entry) ?
  rewriteImportAttributes(binding.entry) ?? binding.entry : binding.entry;
// V8 10.2 has no `v` regex flag: such literals are rewritten as `u` ones.
if (/\/[dgimsuy]*v[dgimsuy]*(?![\w$/-])/.test(code)) {
  code = internalBinding('regexp').rewriteUnicodeSets(code, name) ?? code;
}
const result = runScript(code, name);
if (binding.mode === 'print') {
  const { inspect } = require('internal/util/inspect');
  process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
}
