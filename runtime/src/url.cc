// The URL Standard's parser over UTF-8 bytes. Working on bytes instead of code points gives the
// same results: every state compares ASCII only, and a non-ASCII code point is percent-encoded
// as its UTF-8 bytes, which is what encoding each byte separately produces.
#include "url.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "idna.h"

namespace kiln::url {
namespace {

constexpr char kEof = 0;  // stands for the EOF code point; real NULs are told apart by position

bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiHexDigit(char c) {
  return IsAsciiDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
char ToLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }
int HexValue(char c) {
  if (IsAsciiDigit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}

// One 128-bit table per percent-encode set: bit set = encode that ASCII byte.
struct EncodeTable {
  std::array<bool, 128> encode{};
};

constexpr EncodeTable MakeTable(EncodeSet set) {
  EncodeTable table;
  for (int c = 0; c < 0x20; c++) table.encode[c] = true;
  table.encode[0x7f] = true;
  auto add = [&](const char* chars) {
    for (const char* p = chars; *p; p++) table.encode[static_cast<unsigned char>(*p)] = true;
  };
  if (set == EncodeSet::kC0Control) return table;
  if (set == EncodeSet::kFragment) {
    add(" \"<>`");
    return table;
  }
  add(" \"#<>");  // the query set
  if (set == EncodeSet::kQuery) return table;
  if (set == EncodeSet::kSpecialQuery) {
    add("'");
    return table;
  }
  add("?^`{}");  // the path set
  if (set == EncodeSet::kPath) return table;
  add("/:;=@[\\]|");  // the userinfo set ([ to ^ is [ \ ] ^)
  if (set == EncodeSet::kUserinfo) return table;
  add("$%&+,");  // the component set
  if (set == EncodeSet::kComponent) return table;
  add("!'()~");  // application/x-www-form-urlencoded
  return table;
}

constexpr EncodeTable kTables[] = {
    MakeTable(EncodeSet::kC0Control), MakeTable(EncodeSet::kFragment),
    MakeTable(EncodeSet::kQuery),     MakeTable(EncodeSet::kSpecialQuery),
    MakeTable(EncodeSet::kPath),      MakeTable(EncodeSet::kUserinfo),
    MakeTable(EncodeSet::kComponent), MakeTable(EncodeSet::kFormUrlencoded),
};

inline bool ShouldEncode(unsigned char c, const EncodeTable& table) {
  return c >= 0x80 || table.encode[c];
}

constexpr char kHexUpper[] = "0123456789ABCDEF";

inline void AppendEncoded(unsigned char c, std::string* out) {
  out->push_back('%');
  out->push_back(kHexUpper[c >> 4]);
  out->push_back(kHexUpper[c & 15]);
}

inline void AppendPercentEncoded(char ch, EncodeSet set, std::string* out) {
  unsigned char c = static_cast<unsigned char>(ch);
  if (ShouldEncode(c, kTables[static_cast<int>(set)])) {
    AppendEncoded(c, out);
  } else {
    out->push_back(ch);
  }
}

struct SchemeInfo {
  std::string_view name;
  uint16_t port;
};
constexpr SchemeInfo kSpecialSchemes[] = {
    {"ftp", 21}, {"file", 0}, {"http", 80}, {"https", 443}, {"ws", 80}, {"wss", 443},
};

bool IsSpecialScheme(std::string_view scheme) {
  for (const SchemeInfo& info : kSpecialSchemes) {
    if (info.name == scheme) return true;
  }
  return false;
}

bool IsWindowsDriveLetter(std::string_view s) {
  return s.size() == 2 && IsAsciiAlpha(s[0]) && (s[1] == ':' || s[1] == '|');
}
bool IsNormalizedWindowsDriveLetter(std::string_view s) {
  return s.size() == 2 && IsAsciiAlpha(s[0]) && s[1] == ':';
}
bool StartsWithWindowsDriveLetter(std::string_view s) {
  if (s.size() < 2 || !IsAsciiAlpha(s[0]) || (s[1] != ':' && s[1] != '|')) return false;
  if (s.size() == 2) return true;
  char c = s[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (ToLower(a[i]) != ToLower(b[i])) return false;
  }
  return true;
}
bool IsSingleDot(std::string_view s) { return s == "." || EqualsIgnoreCase(s, "%2e"); }
bool IsDoubleDot(std::string_view s) {
  return s == ".." || EqualsIgnoreCase(s, ".%2e") || EqualsIgnoreCase(s, "%2e.") ||
         EqualsIgnoreCase(s, "%2e%2e");
}

void ShortenPath(Url* url) {
  std::vector<std::string>& path = url->path;
  if (url->scheme == "file" && path.size() == 1 && IsNormalizedWindowsDriveLetter(path[0])) {
    return;
  }
  if (!path.empty()) path.pop_back();
}

bool IsForbiddenHostCodePoint(unsigned char c) {
  switch (c) {
    case 0x00: case 0x09: case 0x0a: case 0x0d: case ' ': case '#': case '/': case ':':
    case '<': case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
      return true;
    default:
      return false;
  }
}
bool IsForbiddenDomainCodePoint(unsigned char c) {
  return IsForbiddenHostCodePoint(c) || c <= 0x1f || c == '%' || c == 0x7f;
}

// ---- Hosts ----

// The IPv4 number parser: the value, or -1 on failure. Values past 2^32 saturate (they fail
// later anyway).
int64_t ParseIpv4Number(std::string_view input) {
  if (input.empty()) return -1;
  int radix = 10;
  if (input.size() >= 2 && input[0] == '0' && (input[1] == 'x' || input[1] == 'X')) {
    input.remove_prefix(2);
    radix = 16;
  } else if (input.size() >= 2 && input[0] == '0') {
    input.remove_prefix(1);
    radix = 8;
  }
  if (input.empty()) return 0;
  int64_t value = 0;
  for (char c : input) {
    int digit;
    if (radix == 16) {
      if (!IsAsciiHexDigit(c)) return -1;
      digit = HexValue(c);
    } else if (radix == 10) {
      if (!IsAsciiDigit(c)) return -1;
      digit = c - '0';
    } else {
      if (c < '0' || c > '7') return -1;
      digit = c - '0';
    }
    value = value * radix + digit;
    if (value > (int64_t{1} << 40)) value = int64_t{1} << 40;
  }
  return value;
}

std::vector<std::string_view> SplitDots(std::string_view input) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t dot = input.find('.', start);
    if (dot == std::string_view::npos) {
      parts.push_back(input.substr(start));
      break;
    }
    parts.push_back(input.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

bool EndsInANumber(std::string_view input) {
  std::vector<std::string_view> parts = SplitDots(input);
  if (parts.back().empty()) {
    if (parts.size() == 1) return false;
    parts.pop_back();
  }
  std::string_view last = parts.back();
  if (!last.empty() && std::all_of(last.begin(), last.end(), IsAsciiDigit)) return true;
  return ParseIpv4Number(last) >= 0;
}

std::optional<std::string> ParseIpv4(std::string_view input) {
  std::vector<std::string_view> parts = SplitDots(input);
  if (parts.back().empty() && parts.size() > 1) parts.pop_back();
  if (parts.size() > 4) return std::nullopt;
  std::vector<int64_t> numbers;
  for (std::string_view part : parts) {
    int64_t n = ParseIpv4Number(part);
    if (n < 0) return std::nullopt;
    numbers.push_back(n);
  }
  for (size_t i = 0; i + 1 < numbers.size(); i++) {
    if (numbers[i] > 255) return std::nullopt;
  }
  int64_t limit = int64_t{1} << (8 * (5 - numbers.size()));
  if (numbers.back() >= limit) return std::nullopt;
  uint64_t ipv4 = static_cast<uint64_t>(numbers.back());
  for (size_t i = 0; i + 1 < numbers.size(); i++) {
    ipv4 += static_cast<uint64_t>(numbers[i]) << (8 * (3 - i));
  }
  std::string out;
  for (int i = 3; i >= 0; i--) {
    out += std::to_string((ipv4 >> (8 * i)) & 0xff);
    if (i > 0) out.push_back('.');
  }
  return out;
}

std::optional<std::string> ParseIpv6(std::string_view input) {
  uint16_t address[8] = {};
  int piece_index = 0;
  int compress = -1;
  size_t pointer = 0;
  auto at = [&](size_t i) -> char { return i < input.size() ? input[i] : kEof; };
  auto at_end = [&](size_t i) { return i >= input.size(); };
  if (at(pointer) == ':') {
    if (at(pointer + 1) != ':') return std::nullopt;
    pointer += 2;
    piece_index++;
    compress = piece_index;
  }
  while (!at_end(pointer)) {
    if (piece_index == 8) return std::nullopt;
    if (at(pointer) == ':') {
      if (compress != -1) return std::nullopt;
      pointer++;
      piece_index++;
      compress = piece_index;
      continue;
    }
    int value = 0;
    int length = 0;
    while (length < 4 && !at_end(pointer) && IsAsciiHexDigit(at(pointer))) {
      value = value * 16 + HexValue(at(pointer));
      pointer++;
      length++;
    }
    if (!at_end(pointer) && at(pointer) == '.') {
      if (length == 0) return std::nullopt;
      pointer -= length;
      if (piece_index > 6) return std::nullopt;
      int numbers_seen = 0;
      while (!at_end(pointer)) {
        int ipv4_piece = -1;
        if (numbers_seen > 0) {
          if (at(pointer) == '.' && numbers_seen < 4) {
            pointer++;
          } else {
            return std::nullopt;
          }
        }
        if (at_end(pointer) || !IsAsciiDigit(at(pointer))) return std::nullopt;
        while (!at_end(pointer) && IsAsciiDigit(at(pointer))) {
          int number = at(pointer) - '0';
          if (ipv4_piece == -1) {
            ipv4_piece = number;
          } else if (ipv4_piece == 0) {
            return std::nullopt;
          } else {
            ipv4_piece = ipv4_piece * 10 + number;
          }
          if (ipv4_piece > 255) return std::nullopt;
          pointer++;
        }
        address[piece_index] = static_cast<uint16_t>(address[piece_index] * 0x100 + ipv4_piece);
        numbers_seen++;
        if (numbers_seen == 2 || numbers_seen == 4) piece_index++;
      }
      if (numbers_seen != 4) return std::nullopt;
      break;
    } else if (!at_end(pointer) && at(pointer) == ':') {
      pointer++;
      if (at_end(pointer)) return std::nullopt;
    } else if (!at_end(pointer)) {
      return std::nullopt;
    }
    address[piece_index] = static_cast<uint16_t>(value);
    piece_index++;
  }
  if (compress != -1) {
    int swaps = piece_index - compress;
    piece_index = 7;
    while (piece_index != 0 && swaps > 0) {
      std::swap(address[piece_index], address[compress + swaps - 1]);
      piece_index--;
      swaps--;
    }
  } else if (piece_index != 8) {
    return std::nullopt;
  }
  // Serialize: the first longest run of two or more zero pieces becomes "::".
  int best_start = -1, best_length = 1;
  for (int i = 0; i < 8;) {
    if (address[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && address[j] == 0) j++;
    if (j - i > best_length) {
      best_start = i;
      best_length = j - i;
    }
    i = j;
  }
  std::string out = "[";
  bool ignore0 = false;
  char hex[8];
  for (int i = 0; i < 8; i++) {
    if (ignore0 && address[i] == 0) continue;
    ignore0 = false;
    if (best_start == i) {
      out += (i == 0) ? "::" : ":";
      ignore0 = true;
      continue;
    }
    snprintf(hex, sizeof(hex), "%x", address[i]);
    out += hex;
    if (i != 7) out.push_back(':');
  }
  out.push_back(']');
  return out;
}

std::optional<std::string> ParseOpaqueHost(std::string_view input) {
  for (char c : input) {
    if (IsForbiddenHostCodePoint(static_cast<unsigned char>(c))) return std::nullopt;
  }
  std::string out;
  PercentEncode(input, EncodeSet::kC0Control, &out);
  return out;
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// ---- The state machine ----

class Parser {
 public:
  Parser(std::string_view input, const Url* base, Url* url, State state_override)
      : input_(input), base_(base), url_(url), state_override_(state_override) {
    // Every state collects into buffer_; it never holds more than the input (percent-encoding
    // grows it, rarely): one allocation instead of a growth per doubling.
    buffer_.reserve(input.size());
  }

  bool Run();

 private:
  bool HasOverride() const { return state_override_ != State::kNone; }
  char At(size_t i) const { return i < input_.size() ? input_[i] : kEof; }
  bool IsEofAt(size_t i) const { return i >= input_.size(); }
  std::string_view Remaining() const {
    return pointer_ + 1 < input_.size() ? input_.substr(pointer_ + 1) : std::string_view();
  }
  std::string_view FromPointer() const {
    return pointer_ < input_.size() ? input_.substr(pointer_) : std::string_view();
  }

  std::string_view input_;
  const Url* base_;
  Url* url_;
  State state_override_;
  size_t pointer_ = 0;
  std::string buffer_;
  bool at_sign_seen_ = false, inside_brackets_ = false, password_token_seen_ = false;
};

bool Parser::Run() {
  State state = HasOverride() ? state_override_ : State::kSchemeStart;
  // pointer_ is size_t; "decrease pointer by 1" before 0 wraps, and the loop's increment brings
  // it back, so the arithmetic stays correct modulo 2^64.
  for (;; pointer_++) {
    bool eof = IsEofAt(pointer_);
    char c = eof ? kEof : input_[pointer_];
    switch (state) {
      case State::kSchemeStart:
        if (!eof && IsAsciiAlpha(c)) {
          buffer_.push_back(ToLower(c));
          state = State::kScheme;
        } else if (!HasOverride()) {
          state = State::kNoScheme;
          pointer_--;
        } else {
          return false;
        }
        break;

      case State::kScheme:
        if (!eof && (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '+' || c == '-' || c == '.')) {
          buffer_.push_back(ToLower(c));
        } else if (!eof && c == ':') {
          if (HasOverride()) {
            bool url_special = url_->IsSpecial();
            bool buffer_special = IsSpecialScheme(buffer_);
            if (url_special != buffer_special) return true;
            if ((url_->IncludesCredentials() || url_->port.has_value()) && buffer_ == "file") {
              return true;
            }
            if (url_->scheme == "file" && url_->host.has_value() && url_->host->empty()) {
              return true;
            }
          }
          url_->scheme = buffer_;
          if (HasOverride()) {
            if (url_->port.has_value() && url_->IsSpecial() &&
                *url_->port == DefaultPort(url_->scheme)) {
              url_->port.reset();
            }
            return true;
          }
          buffer_.clear();
          if (url_->scheme == "file") {
            state = State::kFile;
          } else if (url_->IsSpecial() && base_ != nullptr && base_->scheme == url_->scheme) {
            state = State::kSpecialRelativeOrAuthority;
          } else if (url_->IsSpecial()) {
            state = State::kSpecialAuthoritySlashes;
          } else if (At(pointer_ + 1) == '/' && !IsEofAt(pointer_ + 1)) {
            state = State::kPathOrAuthority;
            pointer_++;
          } else {
            url_->has_opaque_path = true;
            url_->opaque_path.clear();
            state = State::kOpaquePath;
          }
        } else if (!HasOverride()) {
          buffer_.clear();
          state = State::kNoScheme;
          pointer_ = static_cast<size_t>(-1);
        } else {
          return false;
        }
        break;

      case State::kNoScheme:
        if (base_ == nullptr || (base_->has_opaque_path && (eof || c != '#'))) {
          return false;
        } else if (base_->has_opaque_path && c == '#') {
          url_->scheme = base_->scheme;
          url_->has_opaque_path = true;
          url_->opaque_path = base_->opaque_path;
          url_->query = base_->query;
          url_->fragment = "";
          state = State::kFragment;
        } else if (base_->scheme != "file") {
          state = State::kRelative;
          pointer_--;
        } else {
          state = State::kFile;
          pointer_--;
        }
        break;

      case State::kSpecialRelativeOrAuthority:
        if (!eof && c == '/' && At(pointer_ + 1) == '/' && !IsEofAt(pointer_ + 1)) {
          state = State::kSpecialAuthorityIgnoreSlashes;
          pointer_++;
        } else {
          state = State::kRelative;
          pointer_--;
        }
        break;

      case State::kPathOrAuthority:
        if (!eof && c == '/') {
          state = State::kAuthority;
        } else {
          state = State::kPath;
          pointer_--;
        }
        break;

      case State::kRelative:
        url_->scheme = base_->scheme;
        if (!eof && c == '/') {
          state = State::kRelativeSlash;
        } else if (url_->IsSpecial() && !eof && c == '\\') {
          state = State::kRelativeSlash;
        } else {
          url_->username = base_->username;
          url_->password = base_->password;
          url_->host = base_->host;
          url_->port = base_->port;
          url_->path = base_->path;
          url_->query = base_->query;
          if (!eof && c == '?') {
            url_->query = "";
            state = State::kQuery;
          } else if (!eof && c == '#') {
            url_->fragment = "";
            state = State::kFragment;
          } else if (!eof) {
            url_->query.reset();
            ShortenPath(url_);
            state = State::kPath;
            pointer_--;
          }
        }
        break;

      case State::kRelativeSlash:
        if (url_->IsSpecial() && !eof && (c == '/' || c == '\\')) {
          state = State::kSpecialAuthorityIgnoreSlashes;
        } else if (!eof && c == '/') {
          state = State::kAuthority;
        } else {
          url_->username = base_->username;
          url_->password = base_->password;
          url_->host = base_->host;
          url_->port = base_->port;
          state = State::kPath;
          pointer_--;
        }
        break;

      case State::kSpecialAuthoritySlashes:
        if (!eof && c == '/' && At(pointer_ + 1) == '/' && !IsEofAt(pointer_ + 1)) {
          state = State::kSpecialAuthorityIgnoreSlashes;
          pointer_++;
        } else {
          state = State::kSpecialAuthorityIgnoreSlashes;
          pointer_--;
        }
        break;

      case State::kSpecialAuthorityIgnoreSlashes:
        if (eof || (c != '/' && c != '\\')) {
          state = State::kAuthority;
          pointer_--;
        }
        break;

      case State::kAuthority:
        if (!eof && c == '@') {
          if (at_sign_seen_) buffer_.insert(0, "%40");
          at_sign_seen_ = true;
          for (char b : buffer_) {
            if (b == ':' && !password_token_seen_) {
              password_token_seen_ = true;
              continue;
            }
            AppendPercentEncoded(b, EncodeSet::kUserinfo,
                                 password_token_seen_ ? &url_->password : &url_->username);
          }
          buffer_.clear();
        } else if (eof || c == '/' || c == '?' || c == '#' || (url_->IsSpecial() && c == '\\')) {
          if (at_sign_seen_ && buffer_.empty()) return false;
          pointer_ -= buffer_.size() + 1;
          buffer_.clear();
          state = State::kHost;
        } else {
          buffer_.push_back(c);
        }
        break;

      case State::kHost:
      case State::kHostname:
        if (HasOverride() && url_->scheme == "file") {
          pointer_--;
          state = State::kFileHost;
        } else if (!eof && c == ':' && !inside_brackets_) {
          if (buffer_.empty()) return false;
          if (state_override_ == State::kHostname) return false;
          std::optional<std::string> host = ParseHost(buffer_, !url_->IsSpecial());
          if (!host) return false;
          url_->host = std::move(*host);
          buffer_.clear();
          state = State::kPort;
        } else if (eof || c == '/' || c == '?' || c == '#' || (url_->IsSpecial() && c == '\\')) {
          pointer_--;
          if (url_->IsSpecial() && buffer_.empty()) return false;
          if (HasOverride() && buffer_.empty() &&
              (url_->IncludesCredentials() || url_->port.has_value())) {
            return false;
          }
          std::optional<std::string> host = ParseHost(buffer_, !url_->IsSpecial());
          if (!host) return false;
          url_->host = std::move(*host);
          buffer_.clear();
          state = State::kPathStart;
          if (HasOverride()) return true;
        } else {
          if (c == '[') inside_brackets_ = true;
          if (c == ']') inside_brackets_ = false;
          buffer_.push_back(c);
        }
        break;

      case State::kPort:
        if (!eof && IsAsciiDigit(c)) {
          buffer_.push_back(c);
        } else if (eof || c == '/' || c == '?' || c == '#' || (url_->IsSpecial() && c == '\\') ||
                   HasOverride()) {
          if (!buffer_.empty()) {
            uint32_t port = 0;
            for (char d : buffer_) {
              port = port * 10 + static_cast<uint32_t>(d - '0');
              if (port > 65535) return false;
            }
            if (port == DefaultPort(url_->scheme) && IsSpecialScheme(url_->scheme)) {
              url_->port.reset();
            } else {
              url_->port = static_cast<uint16_t>(port);
            }
            buffer_.clear();
            if (HasOverride()) return true;
          }
          if (HasOverride()) return false;
          state = State::kPathStart;
          pointer_--;
        } else {
          return false;
        }
        break;

      case State::kFile:
        url_->scheme = "file";
        url_->host = "";
        if (!eof && (c == '/' || c == '\\')) {
          state = State::kFileSlash;
        } else if (base_ != nullptr && base_->scheme == "file") {
          url_->host = base_->host;
          url_->path = base_->path;
          url_->query = base_->query;
          if (!eof && c == '?') {
            url_->query = "";
            state = State::kQuery;
          } else if (!eof && c == '#') {
            url_->fragment = "";
            state = State::kFragment;
          } else if (!eof) {
            url_->query.reset();
            if (!StartsWithWindowsDriveLetter(FromPointer())) {
              ShortenPath(url_);
            } else {
              url_->path.clear();
            }
            state = State::kPath;
            pointer_--;
          }
        } else {
          state = State::kPath;
          pointer_--;
        }
        break;

      case State::kFileSlash:
        if (!eof && (c == '/' || c == '\\')) {
          state = State::kFileHost;
        } else {
          if (base_ != nullptr && base_->scheme == "file") {
            url_->host = base_->host;
            if (!StartsWithWindowsDriveLetter(FromPointer()) && !base_->path.empty() &&
                IsNormalizedWindowsDriveLetter(base_->path[0])) {
              url_->path.push_back(base_->path[0]);
            }
          }
          state = State::kPath;
          pointer_--;
        }
        break;

      case State::kFileHost:
        if (eof || c == '/' || c == '\\' || c == '?' || c == '#') {
          pointer_--;
          if (!HasOverride() && IsWindowsDriveLetter(buffer_)) {
            state = State::kPath;
          } else if (buffer_.empty()) {
            url_->host = "";
            if (HasOverride()) return true;
            state = State::kPathStart;
          } else {
            std::optional<std::string> host = ParseHost(buffer_, !url_->IsSpecial());
            if (!host) return false;
            if (*host == "localhost") host->clear();
            url_->host = std::move(*host);
            if (HasOverride()) return true;
            buffer_.clear();
            state = State::kPathStart;
          }
        } else {
          buffer_.push_back(c);
        }
        break;

      case State::kPathStart:
        if (url_->IsSpecial()) {
          state = State::kPath;
          if (eof || (c != '/' && c != '\\')) pointer_--;
        } else if (!HasOverride() && !eof && c == '?') {
          url_->query = "";
          state = State::kQuery;
        } else if (!HasOverride() && !eof && c == '#') {
          url_->fragment = "";
          state = State::kFragment;
        } else if (!eof) {
          state = State::kPath;
          if (c != '/') pointer_--;
        } else if (HasOverride() && !url_->host.has_value()) {
          url_->path.emplace_back();
        }
        break;

      case State::kPath: {
        bool slash = !eof && (c == '/' || (url_->IsSpecial() && c == '\\'));
        if (eof || slash || (!HasOverride() && (c == '?' || c == '#'))) {
          if (IsDoubleDot(buffer_)) {
            ShortenPath(url_);
            if (!slash) url_->path.emplace_back();
          } else if (IsSingleDot(buffer_) && !slash) {
            url_->path.emplace_back();
          } else if (!IsSingleDot(buffer_)) {
            if (url_->scheme == "file" && url_->path.empty() && IsWindowsDriveLetter(buffer_)) {
              buffer_[1] = ':';
            }
            url_->path.push_back(buffer_);
          }
          buffer_.clear();
          if (!eof && c == '?') {
            url_->query = "";
            state = State::kQuery;
          }
          if (!eof && c == '#') {
            url_->fragment = "";
            state = State::kFragment;
          }
        } else {
          AppendPercentEncoded(c, EncodeSet::kPath, &buffer_);
        }
        break;
      }

      case State::kOpaquePath:
        if (!eof && c == '?') {
          url_->query = "";
          state = State::kQuery;
        } else if (!eof && c == '#') {
          url_->fragment = "";
          state = State::kFragment;
        } else if (!eof && c == ' ') {
          char next = At(pointer_ + 1);
          if (!IsEofAt(pointer_ + 1) && (next == '?' || next == '#')) {
            url_->opaque_path += "%20";
          } else {
            url_->opaque_path.push_back(' ');
          }
        } else if (!eof) {
          AppendPercentEncoded(c, EncodeSet::kC0Control, &url_->opaque_path);
        }
        break;

      case State::kQuery:
        if ((!HasOverride() && !eof && c == '#') || eof) {
          EncodeSet set = url_->IsSpecial() ? EncodeSet::kSpecialQuery : EncodeSet::kQuery;
          if (!url_->query) url_->query = "";
          PercentEncode(buffer_, set, &*url_->query);
          buffer_.clear();
          if (!eof && c == '#') {
            url_->fragment = "";
            state = State::kFragment;
          }
        } else {
          buffer_.push_back(c);
        }
        break;

      case State::kFragment:
        if (!eof) {
          if (!url_->fragment) url_->fragment = "";
          AppendPercentEncoded(c, EncodeSet::kFragment, &*url_->fragment);
        }
        break;

      case State::kNone:
        return false;
    }
    // Stop once a state has run with the pointer on EOF and left it there.
    if (pointer_ != static_cast<size_t>(-1) && pointer_ >= input_.size()) break;
  }
  return true;
}

// Removes leading and trailing C0 controls and spaces, and every tab and newline.
std::string Preprocess(std::string_view input, bool trim) {
  if (trim) {
    size_t start = 0, end = input.size();
    while (start < end && static_cast<unsigned char>(input[start]) <= 0x20) start++;
    while (end > start && static_cast<unsigned char>(input[end - 1]) <= 0x20) end--;
    input = input.substr(start, end - start);
  }
  std::string out;
  out.reserve(input.size());
  for (char c : input) {
    if (c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

}  // namespace

bool Url::IsSpecial() const { return IsSpecialScheme(scheme); }

uint16_t DefaultPort(std::string_view scheme) {
  for (const SchemeInfo& info : kSpecialSchemes) {
    if (info.name == scheme) return info.port;
  }
  return 0;
}

void PercentEncode(std::string_view input, EncodeSet set, std::string* out, bool space_as_plus) {
  const EncodeTable& table = kTables[static_cast<int>(set)];
  for (char ch : input) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (space_as_plus && c == ' ') {
      out->push_back('+');
    } else if (ShouldEncode(c, table)) {
      AppendEncoded(c, out);
    } else {
      out->push_back(ch);
    }
  }
}

std::string PercentDecode(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  for (size_t i = 0; i < input.size(); i++) {
    if (input[i] == '%' && i + 2 < input.size() && IsAsciiHexDigit(input[i + 1]) &&
        IsAsciiHexDigit(input[i + 2])) {
      out.push_back(static_cast<char>(HexValue(input[i + 1]) * 16 + HexValue(input[i + 2])));
      i += 2;
    } else {
      out.push_back(input[i]);
    }
  }
  return out;
}

std::optional<std::string> DomainToAscii(std::string_view domain) {
  std::string result;
  if (IsAscii(domain)) {
    // For web compatibility an ASCII domain is only lowercased, whatever ToASCII would say.
    result.reserve(domain.size());
    for (char c : domain) result.push_back(ToLower(c));
  } else {
    std::optional<std::string> ascii = idna::ToAscii(domain);
    if (!ascii) return std::nullopt;
    result = std::move(*ascii);
  }
  if (result.empty()) return std::nullopt;
  for (char c : result) {
    if (IsForbiddenDomainCodePoint(static_cast<unsigned char>(c))) return std::nullopt;
  }
  return result;
}

std::optional<std::string> DomainToUnicode(std::string_view domain) {
  bool error = false;
  std::string result = idna::ToUnicode(domain, &error);
  if (error) return std::nullopt;
  return result;
}

std::optional<std::string> ParseHost(std::string_view input, bool is_opaque) {
  if (!input.empty() && input[0] == '[') {
    if (input.back() != ']') return std::nullopt;
    return ParseIpv6(input.substr(1, input.size() - 2));
  }
  if (is_opaque) return ParseOpaqueHost(input);
  std::string decoded = PercentDecode(input);
  // UTF-8 decode without BOM: invalid sequences become U+FFFD (which IDNA rejects).
  std::string domain;
  if (IsAscii(decoded)) {
    domain = std::move(decoded);
  } else {
    std::u32string code_points = idna::Utf8ToCodePoints(decoded);
    size_t start = (!code_points.empty() && code_points[0] == 0xfeff) ? 1 : 0;
    for (size_t i = start; i < code_points.size(); i++) idna::AppendUtf8(code_points[i], &domain);
  }
  std::optional<std::string> ascii = DomainToAscii(domain);
  if (!ascii) return std::nullopt;
  if (EndsInANumber(*ascii)) return ParseIpv4(*ascii);
  return ascii;
}

bool BasicParse(std::string_view input, const Url* base, Url* url, State state_override) {
  std::string cleaned = Preprocess(input, state_override == State::kNone);
  Parser parser(cleaned, base, url, state_override);
  return parser.Run();
}

std::optional<Url> Parse(std::string_view input, const Url* base) {
  Url url;
  if (!BasicParse(input, base, &url, State::kNone)) return std::nullopt;
  return url;
}

std::string SerializePath(const Url& url) {
  if (url.has_opaque_path) return url.opaque_path;
  std::string out;
  for (const std::string& segment : url.path) {
    out.push_back('/');
    out += segment;
  }
  return out;
}

std::string Serialize(const Url& url, bool exclude_fragment, Components* components) {
  std::string out = url.scheme;
  out.push_back(':');
  Components c;
  c.protocol_end = static_cast<uint32_t>(out.size());
  if (url.host.has_value()) {
    out += "//";
    c.has_host = true;
    c.username_end = static_cast<uint32_t>(out.size());
    if (url.IncludesCredentials()) {
      out += url.username;
      c.username_end = static_cast<uint32_t>(out.size());
      if (!url.password.empty()) {
        out.push_back(':');
        out += url.password;
      }
      out.push_back('@');
    }
    c.host_start = static_cast<uint32_t>(out.size());
    out += *url.host;
    c.host_end = static_cast<uint32_t>(out.size());
    if (url.port.has_value()) {
      out.push_back(':');
      out += std::to_string(*url.port);
      c.port = *url.port;
    }
  } else {
    c.username_end = c.host_start = c.host_end = static_cast<uint32_t>(out.size());
    if (!url.has_opaque_path && url.path.size() > 1 && url.path[0].empty()) out += "/.";
  }
  c.pathname_start = static_cast<uint32_t>(out.size());
  out += SerializePath(url);
  if (url.query.has_value()) {
    c.search_start = static_cast<uint32_t>(out.size());
    out.push_back('?');
    out += *url.query;
  }
  if (!exclude_fragment && url.fragment.has_value()) {
    c.hash_start = static_cast<uint32_t>(out.size());
    out.push_back('#');
    out += *url.fragment;
  }
  if (components != nullptr) *components = c;
  return out;
}

std::string SerializeOrigin(const Url& url) {
  if (url.scheme == "blob") {
    std::optional<Url> path_url = Parse(SerializePath(url));
    if (path_url && (path_url->scheme == "http" || path_url->scheme == "https")) {
      return SerializeOrigin(*path_url);
    }
    return "null";
  }
  if (url.scheme == "ftp" || url.scheme == "http" || url.scheme == "https" ||
      url.scheme == "ws" || url.scheme == "wss") {
    std::string out = url.scheme + "://" + url.host.value_or("");
    if (url.port.has_value()) out += ":" + std::to_string(*url.port);
    return out;
  }
  return "null";
}

}  // namespace kiln::url
