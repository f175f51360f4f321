'use strict';
// Entry: `kiln -e <code>`, `kiln -p <code>` and a program piped to standard input.

const { isModuleSource, runEvalScript } = require('internal/modules/eval_script');
const { getOptionValue } = require('internal/options');
const binding = internalBinding('process_methods').getRunOptions();

const name = binding.mode === 'eval' && binding.execArgv.length === 0 ? '[stdin]' : '[eval]';
// The compile cache keeps one pack of code caches per program: here, per working directory.
internalBinding('module_wrap').setCompileCacheProgram(`eval:${process.cwd()}`);
// Code that is an ES module (import/export syntax, top-level await) runs as one, with the URL
// file:///<cwd>/[eval1], as in Node 22; --input-type decides instead when it is given.
function runEval() {
  const inputType = getOptionValue('--input-type');
  if (inputType === 'module' ||
      (inputType === '' && isModuleSource(binding.entry, name))) {
    if (binding.mode === 'print') {
      throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    }
    require('internal/modules/esm/loader').runEvalModule(binding.entry, '[eval1]');
    return;
  }
  const result = runEvalScript(binding.entry, name);
  if (binding.mode === 'print') {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

require('internal/modules/run_preloads').runPreloads(runEval);
