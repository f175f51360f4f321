#include "js_scanner.h"

#include <cstring>
#include <string>

namespace kiln::loader {
namespace {

// Bytes that continue an ASCII identifier: [A-Za-z0-9_$].
constexpr auto kIdentifierPart = [] {
  struct Table {
    bool values[256] = {};
  } table;
  for (int c = 0; c < 256; c++) {
    table.values[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '$';
  }
  return table;
}();

inline bool IsAsciiIdentifierPart(unsigned char c) { return kIdentifierPart.values[c]; }

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Identifier names after which a `/` starts a regular expression, not a division.
bool IsRegexPrecedingKeyword(std::string_view word) {
  if (word.size() < 2 || word.size() > 10 || word[0] < 'a' || word[0] > 'y') return false;
  switch (word[0]) {
    case 'r': return word == "return";
    case 't': return word == "typeof" || word == "throw";
    case 'i': return word == "instanceof" || word == "in";
    case 'o': return word == "of";
    case 'n': return word == "new";
    case 'd': return word == "delete" || word == "do";
    case 'v': return word == "void";
    case 'c': return word == "case";
    case 'e': return word == "else" || word == "extends";
    case 'y': return word == "yield";
    case 'a': return word == "await";
    default: return false;
  }
}

// Keywords whose parenthesized part is followed by a statement, not by a value: after their `)`
// a `/` starts a regular expression, and a `{` is a block, not a function body.
bool IsControlKeyword(std::string_view word) {
  return word == "if" || word == "for" || word == "while" || word == "with" ||
         word == "switch" || word == "catch";
}

struct Opener {
  char kind;               // '(', '[', '{', or '`' for a template substitution
  bool regex_after_close;  // a `/` right after the matching closer starts a regex
  bool function_params;    // '(' of a function's parameter list (or of a method)
  bool function_body;      // '{' of a function body
};

class Scanner {
 public:
  explicit Scanner(std::string_view source) : src_(source), end_(source.size()) {}

  TokenList Run() {
    TokenList list;
    list.tokens.reserve(src_.size() / 3 + 16);
    tokens_ = &list.tokens;
    if (end_ >= 2 && src_[0] == '#' && src_[1] == '!') {
      while (pos_ < end_ && src_[pos_] != '\n' && src_[pos_] != '\r') pos_++;
    }
    list.complete = ScanAll();
    return list;
  }

 private:
  unsigned char At(size_t index) const {
    return index < end_ ? static_cast<unsigned char>(src_[index]) : 0;
  }

  // Skips whitespace (ASCII and the Unicode spaces and line terminators JS allows) and
  // comments. Returns false on an unterminated block comment.
  bool SkipTrivia() {
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        pos_++;
      } else if (c == '/' && At(pos_ + 1) == '/') {
        pos_ += 2;
        while (pos_ < end_ && At(pos_) != '\n' && At(pos_) != '\r') pos_++;
      } else if (c == '/' && At(pos_ + 1) == '*') {
        const char* found = static_cast<const char*>(
            memmem(src_.data() + pos_ + 2, end_ - pos_ - 2, "*/", 2));
        if (found == nullptr) return false;
        pos_ = static_cast<size_t>(found - src_.data()) + 2;
      } else if (c >= 0x80) {
        size_t width = UnicodeSpaceWidth(pos_);
        if (width == 0) return true;
        pos_ += width;
      } else {
        return true;
      }
    }
    return true;
  }

  // The byte length of a Unicode whitespace or line terminator at `at`, or 0.
  size_t UnicodeSpaceWidth(size_t at) const {
    unsigned char a = At(at), b = At(at + 1), c = At(at + 2);
    if (a == 0xC2 && b == 0xA0) return 2;                                   // NBSP
    if (a == 0xEF && b == 0xBB && c == 0xBF) return 3;                      // BOM
    if (a == 0xE2 && b == 0x80 && ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 ||
                                   c == 0xAF)) {
      return 3;                                                             // spaces, LS, PS
    }
    if (a == 0xE2 && b == 0x81 && c == 0x9F) return 3;
    if (a == 0xE3 && b == 0x80 && c == 0x80) return 3;
    if (a == 0xE1 && b == 0x9A && c == 0x80) return 3;
    return 0;
  }

  void Emit(TokenKind kind, size_t start, size_t stop) {
    Token token;
    token.kind = kind;
    token.start = static_cast<uint32_t>(start);
    token.end = static_cast<uint32_t>(stop);
    token.function_depth = function_depth_;
    tokens_->push_back(token);
  }

  std::string_view Text(const Token& token) const { return TokenText(src_, token); }
  bool Is(const Token& token, std::string_view text) const {
    return TokenTextIs(src_, token, text);
  }

  bool PreviousIsMemberDot(size_t back) const {
    if (tokens_->size() < back + 1) return false;
    const Token& before = (*tokens_)[tokens_->size() - 1 - back];
    if (before.kind != TokenKind::kPunctuator) return false;
    return TokenTextIs(src_, before, ".") || TokenTextIs(src_, before, "?.");
  }

  bool RegexAllowed() const {
    if (tokens_->empty()) return true;
    const Token& prev = tokens_->back();
    switch (prev.kind) {
      case TokenKind::kString:
      case TokenKind::kNumber:
      case TokenKind::kRegExp:
        return false;
      case TokenKind::kTemplate:
        // A template part that opens a substitution (`…${`) is followed by an expression.
        return prev.end - prev.start >= 2 && src_[prev.end - 1] == '{' &&
               src_[prev.end - 2] == '$';
      case TokenKind::kIdentifier:
        if (PreviousIsMemberDot(1)) return false;
        return IsRegexPrecedingKeyword(Text(prev));
      case TokenKind::kPunctuator: {
        if (Is(prev, ")") || Is(prev, "}")) return last_close_regex_;
        if (Is(prev, "]") || Is(prev, "++") || Is(prev, "--")) return false;
        return true;
      }
    }
    return true;
  }

  // Whether a `{` here opens a block (after which a `/` is a regex) or an object literal.
  bool BraceIsBlock() const {
    if (tokens_->empty()) return true;
    const Token& prev = tokens_->back();
    if (prev.kind == TokenKind::kIdentifier) {
      if (PreviousIsMemberDot(1)) return false;
      std::string_view text = Text(prev);
      // `return {`, `typeof {`… start an expression; `else {`, `try {`, `class X {` a block.
      return !(IsRegexPrecedingKeyword(text) && text != "else" && text != "do");
    }
    if (prev.kind != TokenKind::kPunctuator) return false;
    return Is(prev, ")") || Is(prev, ";") || Is(prev, "{") || Is(prev, "}") || Is(prev, "=>");
  }

  // Whether a `{` here opens a function body.
  bool BraceIsFunctionBody() const {
    if (tokens_->empty()) return false;
    const Token& prev = tokens_->back();
    if (prev.kind != TokenKind::kPunctuator) return false;
    if (Is(prev, "=>")) return true;
    return Is(prev, ")") && last_close_function_params_;
  }

  // Whether a `(` here opens the parameters of a function or method.
  bool ParenIsFunctionParams() const {
    size_t count = tokens_->size();
    if (count == 0) return false;
    const Token& prev = (*tokens_)[count - 1];
    if (prev.kind == TokenKind::kIdentifier) {
      std::string_view text = Text(prev);
      if (text == "function") return true;
      if (PreviousIsMemberDot(1)) return false;
      if (IsControlKeyword(text) || IsRegexPrecedingKeyword(text)) return false;
      // `name(`: a method or `function name(`; a call too, but a call is not followed by `{`.
      return true;
    }
    if (prev.kind == TokenKind::kString || prev.kind == TokenKind::kNumber) return true;
    if (prev.kind == TokenKind::kPunctuator) {
      if (Is(prev, "*")) {  // function* (
        return count >= 2 && (*tokens_)[count - 2].kind == TokenKind::kIdentifier &&
               Text((*tokens_)[count - 2]) == "function";
      }
      return Is(prev, "]");  // [computed]( … ) { … }
    }
    return false;
  }

  bool ParenFollowsControlKeyword() const {
    if (tokens_->empty()) return false;
    const Token& prev = tokens_->back();
    return prev.kind == TokenKind::kIdentifier && !PreviousIsMemberDot(1) &&
           IsControlKeyword(Text(prev));
  }

  bool ScanString(unsigned char quote) {
    size_t start = pos_++;
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (c == quote) {
        pos_++;
        Emit(TokenKind::kString, start, pos_);
        return true;
      }
      if (c == '\\') {
        pos_ += 2;
        continue;
      }
      if (c == '\n' || c == '\r') return false;
      pos_++;
    }
    return false;
  }

  // Scans template characters from pos_ (just after '`' or after the '}' that ends a
  // substitution) up to the closing '`' or the next "${".
  bool ScanTemplatePart(size_t start) {
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (c == '\\') {
        pos_ += 2;
        continue;
      }
      if (c == '`') {
        pos_++;
        Emit(TokenKind::kTemplate, start, pos_);
        return true;
      }
      if (c == '$' && At(pos_ + 1) == '{') {
        pos_ += 2;
        Emit(TokenKind::kTemplate, start, pos_);
        stack_.push_back(Opener{'`', false, false, false});
        return true;
      }
      pos_++;
    }
    return false;
  }

  bool ScanRegExp() {
    size_t start = pos_++;
    bool in_class = false;
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (c == '\\') {
        pos_ += 2;
        continue;
      }
      if (c == '\n' || c == '\r') return false;
      if (in_class) {
        if (c == ']') in_class = false;
      } else if (c == '[') {
        in_class = true;
      } else if (c == '/') {
        pos_++;
        while (pos_ < end_ && IsAsciiIdentifierPart(At(pos_))) pos_++;
        Emit(TokenKind::kRegExp, start, pos_);
        return true;
      }
      pos_++;
    }
    return false;
  }

  void ScanNumber() {
    size_t start = pos_;
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (IsAsciiIdentifierPart(c) || c == '.') {
        pos_++;
      } else if ((c == '+' || c == '-') && (At(pos_ - 1) == 'e' || At(pos_ - 1) == 'E') &&
                 !(At(start) == '0' && (At(start + 1) == 'x' || At(start + 1) == 'X'))) {
        pos_++;
      } else {
        break;
      }
    }
    Emit(TokenKind::kNumber, start, pos_);
  }

  void ScanIdentifier() {
    size_t start = pos_;
    if (At(pos_) == '#') pos_++;
    while (pos_ < end_) {
      unsigned char c = At(pos_);
      if (IsAsciiIdentifierPart(c)) {
        pos_++;
      } else if (c == '\\' && At(pos_ + 1) == 'u') {
        pos_ += 2;
      } else if (c >= 0x80 && UnicodeSpaceWidth(pos_) == 0) {
        pos_++;
      } else {
        break;
      }
    }
    if (pos_ == start) pos_++;  // a lone '#' or '\': skip it
    Emit(TokenKind::kIdentifier, start, pos_);
  }

  // The length of the punctuator at pos_: the longest of JS's operators that matches.
  size_t PunctuatorLength() const {
    unsigned char c = At(pos_), d = At(pos_ + 1), e = At(pos_ + 2), f = At(pos_ + 3);
    switch (c) {
      case '.':
        return d == '.' && e == '.' ? 3 : 1;
      case '=':
        if (d == '>') return 2;
        if (d == '=') return e == '=' ? 3 : 2;
        return 1;
      case '!':
        if (d == '=') return e == '=' ? 3 : 2;
        return 1;
      case '<':
        if (d == '<') return e == '=' ? 3 : 2;
        return d == '=' ? 2 : 1;
      case '>':
        if (d == '>') {
          if (e == '>') return f == '=' ? 4 : 3;
          return e == '=' ? 3 : 2;
        }
        return d == '=' ? 2 : 1;
      case '&':
      case '|':
        if (d == c) return e == '=' ? 3 : 2;
        return d == '=' ? 2 : 1;
      case '?':
        if (d == '?') return e == '=' ? 3 : 2;
        if (d == '.' && !IsDigit(e)) return 2;
        return 1;
      case '*':
        if (d == '*') return e == '=' ? 3 : 2;
        return d == '=' ? 2 : 1;
      case '+':
      case '-':
        if (d == c || d == '=') return 2;
        return 1;
      case '%':
      case '^':
        return d == '=' ? 2 : 1;
      default:
        return 1;
    }
  }

  void ScanPunctuator() {
    size_t length = PunctuatorLength();
    Emit(TokenKind::kPunctuator, pos_, pos_ + length);
    pos_ += length;
  }

  bool ScanAll() {
    for (;;) {
      if (!SkipTrivia()) return false;
      if (pos_ >= end_) return true;
      unsigned char c = At(pos_);
      switch (c) {
        case '\'':
        case '"':
          if (!ScanString(c)) return false;
          break;
        case '`': {
          size_t start = pos_++;
          if (!ScanTemplatePart(start)) return false;
          break;
        }
        case '(': {
          bool params = ParenIsFunctionParams();
          bool control = ParenFollowsControlKeyword();
          stack_.push_back(Opener{'(', control, params, false});
          Emit(TokenKind::kPunctuator, pos_, pos_ + 1);
          pos_++;
          break;
        }
        case '[':
          stack_.push_back(Opener{'[', false, false, false});
          Emit(TokenKind::kPunctuator, pos_, pos_ + 1);
          pos_++;
          break;
        case '{': {
          bool function_body = BraceIsFunctionBody();
          bool block = function_body || BraceIsBlock();
          stack_.push_back(Opener{'{', block, false, function_body});
          Emit(TokenKind::kPunctuator, pos_, pos_ + 1);
          tokens_->back().function_brace = function_body;
          if (function_body) function_depth_++;
          pos_++;
          break;
        }
        case ')':
        case ']':
        case '}': {
          if (c == '}' && !stack_.empty() && stack_.back().kind == '`') {
            stack_.pop_back();
            size_t start = pos_++;
            if (!ScanTemplatePart(start)) return false;
            break;
          }
          Opener opener{static_cast<char>(c), false, false, false};
          if (!stack_.empty()) {
            opener = stack_.back();
            stack_.pop_back();
          }
          if (opener.function_body && function_depth_ > 0) function_depth_--;
          Emit(TokenKind::kPunctuator, pos_, pos_ + 1);
          tokens_->back().function_brace = opener.function_body;
          last_close_regex_ = opener.regex_after_close;
          last_close_function_params_ = c == ')' && opener.function_params;
          pos_++;
          break;
        }
        case '/':
          if (RegexAllowed()) {
            if (!ScanRegExp()) return false;
          } else {
            size_t length = At(pos_ + 1) == '=' ? 2 : 1;
            Emit(TokenKind::kPunctuator, pos_, pos_ + length);
            pos_ += length;
          }
          break;
        case '.':
          if (IsDigit(At(pos_ + 1))) {
            ScanNumber();
          } else {
            ScanPunctuator();
          }
          break;
        default:
          if (IsDigit(c)) {
            ScanNumber();
          } else if (IsAsciiIdentifierPart(c) || c == '\\' || c == '#' || c >= 0x80) {
            ScanIdentifier();
          } else {
            ScanPunctuator();
          }
      }
    }
  }

  std::string_view src_;
  size_t end_;
  size_t pos_ = 0;
  std::vector<Token>* tokens_ = nullptr;
  std::vector<Opener> stack_;
  uint32_t function_depth_ = 0;
  bool last_close_regex_ = false;
  bool last_close_function_params_ = false;
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(uint32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

// Reads `\uXXXX` or `\u{X…}` at text[*i] (just past the 'u'); -1 when malformed.
int64_t ReadUnicodeEscape(std::string_view text, size_t* i) {
  uint32_t value = 0;
  if (*i < text.size() && text[*i] == '{') {
    size_t j = *i + 1;
    int digits = 0;
    while (j < text.size() && text[j] != '}') {
      int digit = HexValue(text[j]);
      if (digit < 0 || ++digits > 6) return -1;
      value = value * 16 + static_cast<uint32_t>(digit);
      j++;
    }
    if (j >= text.size() || digits == 0 || value > 0x10FFFF) return -1;
    *i = j + 1;
    return value;
  }
  if (*i + 4 > text.size()) return -1;
  for (size_t k = 0; k < 4; k++) {
    int digit = HexValue(text[*i + k]);
    if (digit < 0) return -1;
    value = value * 16 + static_cast<uint32_t>(digit);
  }
  *i += 4;
  return value;
}

}  // namespace

TokenList Tokenize(std::string_view source) { return Scanner(source).Run(); }

bool DecodeStringLiteral(std::string_view literal, std::string* out) {
  out->clear();
  if (literal.size() < 2) return false;
  std::string_view body = literal.substr(1, literal.size() - 2);
  if (body.find('\\') == std::string_view::npos) {
    out->assign(body);
    return true;
  }
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      out->push_back(c);
      i++;
      continue;
    }
    if (++i >= body.size()) return false;
    char escape = body[i++];
    switch (escape) {
      case 'n': out->push_back('\n'); break;
      case 't': out->push_back('\t'); break;
      case 'r': out->push_back('\r'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'v': out->push_back('\v'); break;
      case '0': out->push_back('\0'); break;
      case '\r':
        if (i < body.size() && body[i] == '\n') i++;
        break;
      case '\n':
        break;
      case 'x': {
        if (i + 2 > body.size()) return false;
        int high = HexValue(body[i]), low = HexValue(body[i + 1]);
        if (high < 0 || low < 0) return false;
        AppendUtf8(static_cast<uint32_t>(high * 16 + low), out);
        i += 2;
        break;
      }
      case 'u': {
        int64_t value = ReadUnicodeEscape(body, &i);
        if (value < 0) return false;
        if (value >= 0xD800 && value <= 0xDBFF) {
          // A surrogate pair written as two escapes.
          if (i + 1 < body.size() && body[i] == '\\' && body[i + 1] == 'u') {
            size_t j = i + 2;
            int64_t low = ReadUnicodeEscape(body, &j);
            if (low >= 0xDC00 && low <= 0xDFFF) {
              value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
              i = j;
            } else {
              return false;
            }
          } else {
            return false;
          }
        } else if (value >= 0xDC00 && value <= 0xDFFF) {
          return false;
        }
        AppendUtf8(static_cast<uint32_t>(value), out);
        break;
      }
      default:
        out->push_back(escape);
    }
  }
  return true;
}

}  // namespace kiln::loader
