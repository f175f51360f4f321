'use strict';
// Entry: `kiln <file>`. As Node's executeUserEntryPoint: a .mjs file, or a .js file in a
// package of "type": "module", runs as an ES module; anything else goes through the CommonJS
// loader, which runs it as an ES module too when it turns out to be one (a .js file with no
// package "type" that has import/export syntax).

const path = require('path');
const { Module } = require('internal/modules/cjs/loader');
const packageJson = require('internal/modules/package_json');
const { resolveFile } = internalBinding('module_wrap');

const main = process.argv[1];

// The file the CommonJS loader would run (extensions and index files tried), by its real path;
// undefined when there is none (the CommonJS loader then reports it).
function resolveMainPath(request) {
  let mainPath;
  try {
    mainPath = Module._findPath(path.resolve(request), null, true);
  } catch {
    return undefined;
  }
  if (!mainPath) return undefined;
  const real = resolveFile(mainPath);
  return typeof real === 'string' ? real : mainPath;
}

function shouldUseESMLoader(mainPath) {
  if (mainPath === undefined) return false;
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  return packageJson.getPackageScopeConfig(mainPath).type === 'module';
}

const mainPath = resolveMainPath(main);
// The compile cache keeps one pack of code caches per program.
internalBinding('module_wrap').setCompileCacheProgram(mainPath ?? path.resolve(main));
require('internal/modules/run_preloads').runPreloads(() => {
  if (shouldUseESMLoader(mainPath)) {
    require('internal/modules/esm/loader').runMain(mainPath);
  } else {
    Module.runMain(main);
  }
});
