'use strict';
// Code given as a string (`kiln -e`, stdin, `new Worker(code, { eval: true })`): an ES module
// when it has module syntax, else a script that sees module, require, exports, __filename and
// __dirname as globals, as in Node.

const path = require('path');
const { Module } = require('internal/modules/cjs/loader');
const { containsModuleSyntax, rewriteImportAttributes } = internalBinding('module_wrap');

function isModuleSource(source, name) {
  return /\b(?:import|export|await)\b/.test(source) && containsModuleSyntax(source, name);
}

// Runs `source` as a script named `name` in the working directory; returns its completion value.
function runEvalScript(source, name) {
  const evalModule = new Module(name);
  evalModule.filename = path.join(process.cwd(), name);
  evalModule.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = evalModule;
  globalThis.exports = evalModule.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  globalThis.require = Module.createRequire(path.join(process.cwd(), name));

  let code = /\bwith\s*:/.test(source) ? rewriteImportAttributes(source) ?? source : source;
  // V8 10.2 has no `v` regex flag: such literals are rewritten as `u` ones.
  if (/\/[dgimsuy]*v[dgimsuy]*(?![\w$/-])/.test(code)) {
    code = internalBinding('regexp').rewriteUnicodeSets(code, name) ?? code;
  }
  return internalBinding('contextify').runScript(code, name);
}

module.exports = { isModuleSource, runEvalScript };
