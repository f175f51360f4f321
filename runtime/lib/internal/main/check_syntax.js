'use strict';
// Entry: `kiln --check <file>` (-c), or -c with the program on standard input: compiles the
// program as a run would (CommonJS or ES module, TypeScript stripped) and runs none of it. A
// syntax error is reported as an uncaught one, exit code 1.

const path = require('path');
const { Module, compileWrapper, formatOf } = require('internal/modules/cjs/loader');
const sourceTransform = require('internal/modules/source_transform');
const { isModuleSource } = require('internal/modules/eval_script');

const options = internalBinding('process_methods').getRunOptions();

if (options.mode === 'file') {
  const request = path.resolve(options.entry);
  const filename = Module._findPath(request, null, true) || request;
  const format = formatOf(filename);
  const source = sourceTransform.readSource(filename, format);
  if (format === 'module' ||
      (format === undefined && compileWrapper(filename, source, true) === undefined)) {
    require('internal/modules/esm/loader').checkModuleSyntax(filename, source);
  } else if (format === 'commonjs') {
    compileWrapper(filename, source, false);
  }
} else if (isModuleSource(options.entry, '[stdin]')) {
  // Standard input: a module if its syntax says so, as a run of it would decide.
  require('internal/modules/esm/loader')
    .checkModuleSyntax(path.join(process.cwd(), '[stdin]'), options.entry);
} else {
  const { Script } = require('vm');
  new Script(options.entry, { filename: '[stdin]' });  // eslint-disable-line no-new
}
