// TypeScript -> JavaScript by erasing types: every type-only range becomes spaces (newlines
// kept), so each remaining token keeps its line and its column (in UTF-16 units, as V8 counts).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiln::ts_strip {

// Which tree-sitter grammar parses the file: `typescript` for .ts/.mts/.cts, `tsx` for .tsx
// (and .jsx, which is JavaScript with JSX).
enum class Dialect { kTypeScript, kTsx };

// How the stripped code will be loaded. It decides how `import x = require()`, `export =` and
// the automatic JSX runtime's import are written. kDetect: an ES module if the file has ES
// module syntax (import/export, import.meta, top-level await), as Node detects it.
enum class ModuleKind { kCommonJS, kESModule, kDetect };

enum class JsxRuntime {
  kAutomatic,  // jsx()/jsxs() from `<importSource>/jsx-runtime` (React 17+, tsc "react-jsx")
  kClassic,    // React.createElement(type, props, ...children) (tsc "react")
};

struct JsxOptions {
  JsxRuntime runtime = JsxRuntime::kAutomatic;
  std::string import_source = "react";           // tsconfig jsxImportSource
  std::string factory = "React.createElement";   // tsconfig jsxFactory
  std::string fragment_factory = "React.Fragment";  // tsconfig jsxFragmentFactory
};

// Which stripper runs: the hand-written fast path (src/fast/) with tree-sitter as the fallback
// for whatever it does not accept, or only one of them (for the differential tests).
enum class Path {
  kAuto,        // fast path first, tree-sitter when it bails out (KILN_TS_FAST=0: tree-sitter)
  kTreeSitter,  // tree-sitter only
  kFastOnly,    // fast path only: !ok with error.code "ERR_TS_FAST_PATH_BAILED" when it bails
};

struct Options {
  Dialect dialect = Dialect::kTypeScript;
  ModuleKind module = ModuleKind::kDetect;
  // Generate JavaScript for enums, namespaces, parameter properties, `import x = require()`,
  // `import x = N.y` and `export =`, as tsc does (the lines they are on keep their line numbers,
  // not their columns). Without it those are errors.
  bool transform_types = false;
  // Remove imports whose bindings are only used as types, as tsc does unless
  // `verbatimModuleSyntax` is set.
  bool elide_unused_imports = true;
  // Transform JSX elements (always on for .tsx; .ts never has JSX).
  JsxOptions jsx;
  // Both paths give byte-identical results; this only picks who computes them.
  Path path = Path::kAuto;
};

// Where and why a file could not be stripped. Lines and columns are 1-based; columns count
// UTF-16 units, as V8's stack traces do.
struct Diagnostic {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t offset = 0;  // byte offset in the source
  uint32_t length = 0;  // bytes to underline (within the line)
  std::string code;     // ERR_INVALID_TYPESCRIPT_SYNTAX or ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX
  std::string message;  // one line
  std::string hint;     // one line: what to do about it
};

struct Result {
  bool ok = false;
  std::string code;   // the JavaScript, when ok
  Diagnostic error;   // when !ok
  // The file has ES module syntax left after stripping (import/export statements,
  // import.meta, top-level await): the loader may use it to detect the module format.
  bool has_module_syntax = false;
  // Some lines changed length (code generation by --transform-types, JSX, `accessor`):
  // lines are kept, columns after the generated code on those lines are not.
  bool columns_shifted = false;
};

// Strips one file. Never throws, never aborts: invalid input gives !ok with a diagnostic.
Result Strip(std::string_view source, const Options& options);

// The grammar and default options for a file name (.ts .mts .cts .tsx .jsx).
Dialect DialectForPath(std::string_view path);
bool IsTypeScriptPath(std::string_view path);

// "path:line:col\n<source line>\n   ^^^\nSyntaxError: message\nhint: hint\n"
std::string FormatDiagnostic(std::string_view path, std::string_view source,
                             const Diagnostic& diagnostic);

// The "path:line:col\n<source line>\n   ^^^\n" part alone (what Kiln prints above an
// uncaught SyntaxError).
std::string FormatDiagnosticArrow(std::string_view path, std::string_view source,
                                  const Diagnostic& diagnostic);

}  // namespace kiln::ts_strip
