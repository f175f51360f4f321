// The response head as libcurl hands it over, one raw line at a time (status line, header
// lines, the empty line, again for each 1xx response): collected into status, reason and
// name/value pairs. Input comes from the network, so every byte sequence must be handled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiln::http {

class ResponseHead {
 public:
  enum class State { kStatusLine, kHeaders, kComplete, kInvalid };

  // Feeds one line (with or without its CR LF). Returns the state after it; kComplete once
  // the final (non-1xx) response's head has ended. Lines after that (trailers) are ignored.
  State Feed(std::string_view line);
  State state() const { return state_; }

  int status() const { return status_; }
  const std::string& reason() const { return reason_; }
  // name, value, name, value…: names as received, values with surrounding blanks removed.
  const std::vector<std::string>& headers() const { return headers_; }

 private:
  State state_ = State::kStatusLine;
  int status_ = 0;
  std::string reason_;
  std::vector<std::string> headers_;
};

// True for a header field name of RFC 9110 token characters.
bool IsToken(std::string_view text);

}  // namespace kiln::http
