// Feeds arbitrary bytes to ts-strip with every grammar and option combination: the stripper
// must return a result or a diagnostic, never crash, hang or read out of bounds. A successful
// result must keep the line count (every line terminator stays where it was, or is counted).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ts_strip/ts_strip.h"

namespace {

size_t CountLines(std::string_view text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
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
