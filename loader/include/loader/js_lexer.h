// Fast, allocation-light analyses of JavaScript source text that the module loaders need before
// (or instead of) compiling it with V8: the export names of a CommonJS module, the rewrite of
// import attributes (`with`) to the assertions V8 10.2 parses (`assert`), and where a module's
// top-level `await`s are. One tokenizer serves all three (src/js_scanner.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::loader {

// What cjs-module-lexer reports for a CommonJS module: the names it assigns to `exports`
// (`exports.a =`, `module.exports = { a, b }`, `Object.defineProperty(exports, 'a', …)`,
// `__esModule`…) and the specifiers whose exports it re-exports (`module.exports =
// require('x')`, `__exportStar(require('x'), exports)`, Babel's `Object.keys(_x).forEach(…)`).
struct CommonJSExports {
  std::vector<std::string> exports;    // in first-seen order, no duplicates
  std::vector<std::string> reexports;  // in source order, no duplicates
};

// Detects the exports of CommonJS `source` (UTF-8). Never fails: on text it cannot tokenize it
// returns what it found before that point.
CommonJSExports ParseCommonJSExports(std::string_view source);

// Rewrites the import attributes of static imports and re-exports (`from 'x' with { … }`,
// `import 'x' with { … }`) and of dynamic imports (`import(x, { with: { … } })`) to V8 10.2's
// assertion syntax. Keeps every other byte where it was: ` with ` becomes `assert` in place
// when spaces surround it, else `with` grows by two characters on that line only. Returns false
// (and leaves `out` alone) when there is nothing to rewrite.
bool RewriteImportAttributes(std::string_view source, std::string* out);

// Byte offsets of the `await` keywords (including `for await`) that are at the top level of a
// module, outside any function, in source order.
std::vector<size_t> FindTopLevelAwaits(std::string_view source);

}  // namespace kiln::loader
