// libFuzzer target for the `v` regex translator (loader/src/regexp_v.cc): any pattern, with and
// without `i`, through the UTF-32, UTF-16 and source-literal entry points, must translate or
// fail with a message, without a crash, a hang or a sanitizer report; a rewrite never adds or
// removes a line.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "loader/regexp_v.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool ignore_case = (data[0] & 1) != 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  std::u32string pattern;
  for (unsigned char c : text) pattern.push_back(c >= 0xF0 ? 0x1F600 + (c & 0xF) : c);
  std::u32string out32;
  std::string error;
  if (!kiln::loader::TranslateUnicodeSets(pattern, ignore_case, &out32, &error) && error.empty()) {
    std::abort();
  }

  std::u16string pattern16;
  for (size_t i = 0; i + 1 < text.size(); i += 2) {
    pattern16.push_back(char16_t(uint8_t(text[i]) | (uint8_t(text[i + 1]) << 8)));
  }
  std::u16string out16;
  error.clear();
  if (!kiln::loader::TranslateUnicodeSets16(pattern16, ignore_case, &out16, &error) &&
      error.empty()) {
    std::abort();
  }

  std::string source = "x = /" + std::string(text) + (ignore_case ? "/iv;\n" : "/v;\n");
  std::string rewritten;
  kiln::loader::RegExpLiteralError literal_error;
  if (kiln::loader::RewriteUnicodeSetsLiterals(source, &rewritten, &literal_error)) {
    if (std::count(source.begin(), source.end(), '\n') !=
        std::count(rewritten.begin(), rewritten.end(), '\n')) {
      std::abort();
    }
  } else if (!literal_error.message.empty() &&
             literal_error.offset + literal_error.length > source.size()) {
    std::abort();
  }
  return 0;
}
