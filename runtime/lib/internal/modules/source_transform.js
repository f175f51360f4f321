'use strict';
// The one place where both module loaders turn a file's text into the JavaScript they compile,
// chosen by file extension. Nothing is registered by default: plain .js/.mjs/.cjs files are
// compiled as read. An area that compiles another language to JavaScript (TypeScript, see
// DESIGN.md) registers its extensions here:
//
//   registerSourceTransform('.ts', {
//     transform(source, filename, format) { return javascript; },
//     read(filename, format) { return javascript; },  // optional: reads the file itself
//     format: 'package-type',   // or 'module' (.mts) or 'commonjs' (.cts)
//   });
//
// With `read`, readSource() leaves reading the file to the transform (which may find its output
// without reading the file: see internal/modules/typescript.js).
//
// The ESM loader (internal/modules/esm/loader.js) then loads such files with that format,
// reading them through readSource(); the CommonJS loader reads every file through
// readSource() too (Module._extensions handlers for the new extensions are the registering
// area's to add, e.g. Module._extensions['.ts'] = Module._extensions['.js']).

// UTF-8, and without a copy for ASCII files (the common case for JavaScript).
const { readSourceFile } = internalBinding('module_wrap');

const transforms = new Map();

function extensionOf(filename) {
  const slash = filename.lastIndexOf('/');
  const dot = filename.lastIndexOf('.');
  return dot > slash + 1 ? filename.slice(dot) : '';
}

function registerSourceTransform(extension, { transform, read, format = 'package-type' }) {
  transforms.set(extension, { transform, read, format });
}

function hasSourceTransform(filename) {
  return transforms.size !== 0 && transforms.has(extensionOf(filename));
}

// The source of `filename` as the loaders compile it. `format` is 'module' or 'commonjs' when
// known.
function readSource(filename, format) {
  const entry = transforms.size === 0 ? undefined : transforms.get(extensionOf(filename));
  if (entry === undefined) return readSourceFile(filename);
  if (entry.read !== undefined) return entry.read(filename, format);
  return entry.transform(readSourceFile(filename), filename, format);
}

// The ESM format of a file with a registered extension, or undefined. `getPackageType(path)`
// gives 'module', 'commonjs' or 'none' for the file's package scope.
function getFormat(filename, getPackageType) {
  const entry = transforms.get(extensionOf(filename));
  if (entry === undefined) return undefined;
  if (entry.format !== 'package-type') return entry.format;
  const type = getPackageType(filename);
  return type === 'module' || type === 'commonjs' ? type : 'commonjs-typeless';
}

module.exports = {
  registerSourceTransform,
  hasSourceTransform,
  readSource,
  getFormat,
};
