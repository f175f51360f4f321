// libFuzzer target for the response-head collector fed by libcurl's header callback
// (runtime/src/http_header_lines.cc): any sequence of lines must be handled without a crash or
// sanitizer report, and what it collects must be well formed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "http_header_lines.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kiln::http::ResponseHead head;
  while (!text.empty()) {
    size_t end = text.find('\n');
    size_t length = end == std::string_view::npos ? text.size() : end + 1;
    head.Feed(text.substr(0, length));
    text.remove_prefix(length);
  }
  using State = kiln::http::ResponseHead::State;
  if (head.headers().size() % 2 != 0) std::abort();
  if (head.state() == State::kComplete) {
    if (head.status() < 100 || head.status() > 999) std::abort();
    for (size_t i = 0; i < head.headers().size(); i += 2) {
      if (!kiln::http::IsToken(head.headers()[i])) std::abort();
      for (char c : head.headers()[i + 1]) {
        if (c == '\r' || c == '\n' || c == '\0') std::abort();
      }
    }
  }
  return 0;
}
