// Feeds arbitrary bytes to ts-strip with every grammar and option combination: the stripper
// must return a result or a diagnostic, never crash, hang or read out of bounds. A successful
// result must keep the line count (every line terminator stays where it was, or is counted).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ts_strip/ts_strip.h"

namespace {

size_t CountLines(std::string_view text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

// KILN_TS_FUZZ_DIFF=1: the differential mode. The fast path (src/fast/), when it accepts an
// input, must give what the tree-sitter path gives, byte for byte; tree-sitter rejecting what
// the fast path accepted is a divergence too.
void Differential(std::string_view source, kiln::ts_strip::Options options) {
  options.transform_types = false;  // the fast path never handles it
  options.path = kiln::ts_strip::Path::kFastOnly;
  kiln::ts_strip::Result fast = kiln::ts_strip::Strip(source, options);
  if (!fast.ok) return;
  options.path = kiln::ts_strip::Path::kTreeSitter;
  kiln::ts_strip::Result reference = kiln::ts_strip::Strip(source, options);
  if (!reference.ok || fast.code != reference.code ||
      fast.has_module_syntax != reference.has_module_syntax) {
    std::fprintf(stderr, "DIVERGENCE (dialect %d, elide %d)\n--- input\n%.*s\n--- fast\n%s\n"
                 "--- tree-sitter (%s)\n%s\n%s\n",
                 static_cast<int>(options.dialect), options.elide_unused_imports,
                 static_cast<int>(source.size()), source.data(), fast.code.c_str(),
                 reference.ok ? "ok" : "error", reference.code.c_str(),
                 reference.ok ? "" : reference.error.message.c_str());
    std::abort();
  }
}

bool DifferentialMode() {
  static const bool enabled = [] {
    const char* value = std::getenv("KILN_TS_FUZZ_DIFF");
    return value != nullptr && value[0] == '1';
  }();
  return enabled;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the options; the rest is the source.
  uint8_t selector = data[0];
  std::string_view source(reinterpret_cast<const char*>(data + 1), size - 1);
  kiln::ts_strip::Options options;
  options.dialect = (selector & 1) ? kiln::ts_strip::Dialect::kTsx
                                   : kiln::ts_strip::Dialect::kTypeScript;
  options.transform_types = (selector & 2) != 0;
  options.module = (selector & 4) ? kiln::ts_strip::ModuleKind::kCommonJS
                                  : kiln::ts_strip::ModuleKind::kESModule;
  options.elide_unused_imports = (selector & 8) == 0;
  options.jsx.runtime = (selector & 16) ? kiln::ts_strip::JsxRuntime::kClassic
                                        : kiln::ts_strip::JsxRuntime::kAutomatic;
  if (DifferentialMode()) {
    Differential(source, options);
    return 0;
  }
  kiln::ts_strip::Result result = kiln::ts_strip::Strip(source, options);
  if (result.ok) {
    // Generated code keeps lines; appended imports add at most a few at the end.
    size_t in = CountLines(source), out = CountLines(result.code);
    if (out < in || out > in + 2) std::abort();
    if (!options.transform_types && !result.columns_shifted && out == in &&
        result.code.size() > source.size()) {
      std::abort();  // blanking never makes the text longer
    }
  } else {
    (void)kiln::ts_strip::FormatDiagnostic("fuzz.ts", source, result.error);
  }
  return 0;
}
