// libFuzzer target for the native side of node:http's parser (runtime/src/http_message_parser.cc
// over llhttp): any bytes, as a request or a response stream, fed whole and in pieces, must
// parse without a crash, a hang or a sanitizer report; every body slice must lie inside the
// buffer being parsed, headers stay paired, and consumed counts never exceed the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "http_message_parser.h"

namespace {

class CheckingDelegate : public kiln::HttpMessageParser::Delegate {
 public:
  size_t buffer_size = 0;
  int headers_result = 0;
  size_t body_bytes = 0;
  int messages = 0;

  int OnHeadersComplete(kiln::HttpMessageHead& head) override {
    if (head.fields.size() != head.values.size()) std::abort();
    for (const std::string& field : head.fields) {
      if (field.empty()) std::abort();
    }
    return headers_result;
  }

  int OnBody(size_t offset, size_t length) override {
    if (length == 0 || offset > buffer_size || length > buffer_size - offset) std::abort();
    body_bytes += length;
    return 0;
  }

  int OnTrailers(std::vector<std::string>& fields, std::vector<std::string>& values) override {
    if (fields.size() != values.size()) std::abort();
    return 0;
  }

  int OnMessageComplete() override {
    messages++;
    return 0;
  }
};

// Feeds `input` in pieces of the given sizes (cycled), resuming after the bytes an upgrade
// stops at, until an error; then signals the end of input.
void Run(llhttp_type_t type, int lenient, int headers_result, const std::string& input,
         const std::vector<size_t>& pieces) {
  CheckingDelegate delegate;
  delegate.headers_result = headers_result;
  kiln::HttpMessageParser parser(&delegate);
  parser.Init(type, 1024 + (lenient << 8), lenient);
  size_t position = 0;
  size_t piece = 0;
  while (position < input.size()) {
    size_t length = pieces.empty() ? input.size() : pieces[piece++ % pieces.size()];
    if (length == 0 || length > input.size() - position) length = input.size() - position;
    // A private copy, so that reads past the piece are caught.
    std::vector<char> buffer(input.begin() + position, input.begin() + position + length);
    delegate.buffer_size = buffer.size();
    kiln::HttpMessageParser::Result result = parser.Execute(buffer.data(), buffer.size());
    if (result.nread > buffer.size()) std::abort();
    if (!result.ok) {
      if (result.code.empty()) std::abort();
      return;
    }
    position += result.nread == 0 ? length : result.nread;
  }
  kiln::HttpMessageParser::Result end = parser.Execute(nullptr, 0);
  if (!end.ok && end.code.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const uint8_t control = data[0];
  const uint8_t split = data[1];
  std::string input(reinterpret_cast<const char*>(data + 2), size - 2);
  llhttp_type_t type = (control & 1) ? HTTP_RESPONSE : HTTP_REQUEST;
  int lenient = (control >> 1) & kiln::HttpMessageParser::kLenientAll;
  int headers_result = (control >> 5) % 3;
  Run(type, lenient, headers_result, input, {});
  std::vector<size_t> pieces;
  for (int i = 0; i < 4; i++) pieces.push_back(1 + ((split >> (2 * i)) & 3) * (i + 1));
  Run(type, lenient, headers_result, input, pieces);
  return 0;
}
