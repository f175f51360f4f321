// Response heads from libcurl's header callback (see http_header_lines.h).
#include "http_header_lines.h"

namespace kiln::http {

namespace {

constexpr size_t kMaxHeaderCount = 1000;  // pairs; a flood beyond this is an invalid response

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimBlanks(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

std::string_view StripLineEnd(std::string_view line) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Field values may not carry NUL, CR or LF.
bool IsValidValue(std::string_view value) {
  for (char c : value) {
    if (c == '\0' || c == '\r' || c == '\n') return false;
  }
  return true;
}

}  // namespace

bool IsToken(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    bool ok = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (!ok) {
      switch (c) {
        case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
        case '-': case '.': case '^': case '_': case '`': case '|': case '~':
          ok = true;
          break;
        default:
          break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

ResponseHead::State ResponseHead::Feed(std::string_view raw) {
  if (state_ == State::kComplete || state_ == State::kInvalid) return state_;
  std::string_view line = StripLineEnd(raw);
  if (state_ == State::kStatusLine) {
    // "HTTP/1.1 200 OK", "HTTP/1.0 404", "HTTP/2 200"
    if (line.substr(0, 5) != "HTTP/") return state_ = State::kInvalid;
    size_t space = line.find(' ');
    if (space == std::string_view::npos || line.size() < space + 4) {
      return state_ = State::kInvalid;
    }
    std::string_view code = line.substr(space + 1, 3);
    if (!IsDigit(code[0]) || !IsDigit(code[1]) || !IsDigit(code[2])) {
      return state_ = State::kInvalid;
    }
    if (line.size() > space + 4 && line[space + 4] != ' ') return state_ = State::kInvalid;
    status_ = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    if (status_ < 100) return state_ = State::kInvalid;
    reason_.assign(line.size() > space + 5 ? line.substr(space + 5) : std::string_view());
    headers_.clear();
    state_ = State::kHeaders;
    return state_;
  }
  // kHeaders
  if (line.empty()) {
    // A 1xx response is followed by another head; 101 (an upgrade) is not supported.
    if (status_ >= 100 && status_ < 200 && status_ != 101) {
      state_ = State::kStatusLine;
    } else {
      state_ = State::kComplete;
    }
    return state_;
  }
  if (IsBlank(line.front())) {
    // obs-fold: a continuation of the previous value.
    if (headers_.empty()) return state_ = State::kInvalid;
    std::string_view more = TrimBlanks(line);
    if (!IsValidValue(more)) return state_ = State::kInvalid;
    std::string& value = headers_.back();
    if (!more.empty()) {
      if (!value.empty()) value.push_back(' ');
      value.append(more);
    }
    return state_;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return state_ = State::kInvalid;
  std::string_view name = line.substr(0, colon);
  if (!IsToken(name)) return state_ = State::kInvalid;
  if (headers_.size() >= kMaxHeaderCount * 2) return state_ = State::kInvalid;
  std::string_view value = TrimBlanks(line.substr(colon + 1));
  if (!IsValidValue(value)) return state_ = State::kInvalid;
  headers_.emplace_back(name);
  headers_.emplace_back(value);
  return state_;
}

}  // namespace kiln::http
