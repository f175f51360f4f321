// libFuzzer target for the .env parser (runtime/src/dotenv.cc): any bytes, with and without
// expansion, must parse without a crash, a hang or a sanitizer report, and every key must be
// one that setenv() accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string_view>

#include "dotenv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kiln::dotenv::ParseResult literal = kiln::dotenv::Parse(text);
  std::map<std::string, std::string, std::less<>> defined = {{"DEFINED", "x${DEFINED}"}};
  kiln::dotenv::ParseOptions options;
  options.expand = true;
  options.defined = &defined;
  options.environment = [](const std::string& name) -> std::optional<std::string> {
    if (name == "HOME") return std::string("/home/$USER");
    return std::nullopt;
  };
  kiln::dotenv::ParseResult expanded = kiln::dotenv::Parse(text, options);
  for (const auto* result : {&literal, &expanded}) {
    for (const kiln::dotenv::Entry& entry : result->entries) {
      if (entry.key.empty() || entry.key.find('=') != std::string::npos) std::abort();
    }
  }
  // The same keys either way: expansion only changes values.
  if (literal.entries.size() != expanded.entries.size()) std::abort();
  return 0;
}
