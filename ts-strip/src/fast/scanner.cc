#include "fast/scanner.h"

namespace kiln::ts_strip::fast {

void Scanner::SkipTrivia(Token* t) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  while (pos_ < n) {
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      pos_++;
    } else if (c == '\n') {
      t->nl = true;
      pos_++;
    } else if (c == '\r') {
      if (pos_ + 1 >= n || s_[pos_ + 1] != '\n') throw Bail{__LINE__};  // tree-sitter's ASI sees only \n
      pos_++;
    } else if (c == '/' && pos_ + 1 < n && s_[pos_ + 1] == '/') {
      pos_ += 2;
      while (pos_ < n && s_[pos_] != '\n') {
        unsigned char d = static_cast<unsigned char>(s_[pos_]);
        if (d == '\r' && (pos_ + 1 >= n || s_[pos_ + 1] != '\n')) throw Bail{__LINE__};
        if (d == 0xE2 && pos_ + 2 < n && static_cast<unsigned char>(s_[pos_ + 1]) == 0x80 &&
            (static_cast<unsigned char>(s_[pos_ + 2]) & 0xFE) == 0xA8) {
          throw Bail{__LINE__};
        }
        pos_++;
      }
    } else if (c == '/' && pos_ + 1 < n && s_[pos_ + 1] == '*') {
      pos_ += 2;
      for (;;) {
        if (pos_ + 1 >= n) throw Bail{__LINE__};  // unterminated
        unsigned char d = static_cast<unsigned char>(s_[pos_]);
        if (d == '*' && s_[pos_ + 1] == '/') {
          pos_ += 2;
          break;
        }
        if (d == '\n') t->comment_nl = true;
        if (d == '\r' && s_[pos_ + 1] != '\n') throw Bail{__LINE__};
        if (d == 0xE2 && pos_ + 2 < n && static_cast<unsigned char>(s_[pos_ + 1]) == 0x80 &&
            (static_cast<unsigned char>(s_[pos_ + 2]) & 0xFE) == 0xA8) {
          throw Bail{__LINE__};
        }
        pos_++;
      }
    } else {
      if (c >= 0x80 && !IsIdentifierCodePoint(pos_)) throw Bail{__LINE__};  // Unicode whitespace
      return;
    }
  }
}

// Whether the UTF-8 sequence at `at` is a code point tree-sitter-typescript's identifiers take:
// anything but Unicode spaces, line separators and invalid UTF-8 (those bail out).
bool Scanner::IsIdentifierCodePoint(uint32_t at) const {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  unsigned char c = static_cast<unsigned char>(s_[at]);
  uint32_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (length == 0 || c > 0xF4 || at + length > n) return false;
  uint32_t code = c & (0x7F >> length);
  for (uint32_t i = 1; i < length; i++) {
    unsigned char d = static_cast<unsigned char>(s_[at + i]);
    if ((d & 0xC0) != 0x80) return false;
    code = (code << 6) | (d & 0x3F);
  }
  if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
      (length == 4 && code < 0x10000) || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return false;
  }
  if (code == 0x85 || code == 0xA0 || code == 0x1680 || (code >= 0x2000 && code <= 0x200B) ||
      code == 0x2028 || code == 0x2029 || code == 0x202F || code == 0x205F || code == 0x2060 ||
      code == 0x3000 || code == 0xFEFF) {
    return false;
  }
  return true;
}

void Scanner::ScanIdentifierRest() {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  while (pos_ < n) {
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (IsIdPart(c)) {
      pos_++;
    } else if (c >= 0x80) {
      if (!IsIdentifierCodePoint(pos_)) throw Bail{__LINE__};
      pos_ += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    } else if (c == '\\') {
      throw Bail{__LINE__};  // unicode escapes in identifiers
    } else {
      return;
    }
  }
}

Token Scanner::Next() {
  Token t;
  SkipTrivia(&t);
  const uint32_t n = static_cast<uint32_t>(s_.size());
  t.start = pos_;
  if (pos_ >= n) {
    t.type = Tok::kEof;
    t.end = pos_;
    return t;
  }
  unsigned char c = static_cast<unsigned char>(s_[pos_]);
  if (IsIdStart(c) || c >= 0x80) {
    ScanIdentifierRest();
    t.type = Tok::kIdent;
  } else if (c >= '0' && c <= '9') {
    ScanNumber(&t);
  } else if (c == '.' && pos_ + 1 < n && s_[pos_ + 1] >= '0' && s_[pos_ + 1] <= '9') {
    ScanNumber(&t);
  } else if (c == '"' || c == '\'') {
    ScanString(&t, static_cast<char>(c));
  } else if (c == '`') {
    pos_++;
    ScanTemplateBody(&t, true);
  } else if (c == '#') {
    pos_++;
    if (pos_ >= n || !(IsIdStart(static_cast<unsigned char>(s_[pos_])) ||
                       static_cast<unsigned char>(s_[pos_]) >= 0x80)) {
      throw Bail{__LINE__};
    }
    ScanIdentifierRest();
    t.type = Tok::kPrivate;
  } else if (c == '\\') {
    throw Bail{__LINE__};
  } else {
    ScanPunct(&t);
  }
  t.end = pos_;
  return t;
}

void Scanner::ScanNumber(Token* t) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  t->type = Tok::kNumber;
  auto digits = [&](auto is_digit) {
    // Digits with `_` only between two digits.
    bool any = false;
    while (pos_ < n) {
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (is_digit(c)) {
        any = true;
        pos_++;
      } else if (c == '_') {
        if (!any || pos_ + 1 >= n || !is_digit(static_cast<unsigned char>(s_[pos_ + 1]))) {
          throw Bail{__LINE__};
        }
        pos_++;
      } else {
        break;
      }
    }
    return any;
  };
  auto dec = [](unsigned char c) { return c >= '0' && c <= '9'; };
  unsigned char c = static_cast<unsigned char>(s_[pos_]);
  bool integer_only = false;
  if (c == '0' && pos_ + 1 < n) {
    char x = static_cast<char>(s_[pos_ + 1] | 0x20);
    if (x == 'x' || x == 'o' || x == 'b') {
      pos_ += 2;
      bool ok = x == 'x' ? digits([](unsigned char d) {
        return (d >= '0' && d <= '9') || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f');
      })
                         : x == 'o' ? digits([](unsigned char d) { return d >= '0' && d <= '7'; })
                                    : digits([](unsigned char d) { return d == '0' || d == '1'; });
      if (!ok) throw Bail{__LINE__};
      integer_only = true;
    } else if (s_[pos_ + 1] >= '0' && s_[pos_ + 1] <= '9') {
      throw Bail{__LINE__};  // legacy octal
    } else if (s_[pos_ + 1] == '_') {
      throw Bail{__LINE__};
    }
  }
  if (!integer_only) {
    bool fraction_or_exp = false;
    if (s_[pos_] != '.') digits(dec);
    if (pos_ < n && s_[pos_] == '.') {
      pos_++;
      fraction_or_exp = true;
      if (pos_ < n && s_[pos_] == '_') throw Bail{__LINE__};
      digits(dec);
    }
    if (pos_ < n && (s_[pos_] | 0x20) == 'e') {
      pos_++;
      if (pos_ < n && (s_[pos_] == '+' || s_[pos_] == '-')) pos_++;
      if (!digits(dec)) throw Bail{__LINE__};
      fraction_or_exp = true;
    }
    if (pos_ < n && s_[pos_] == 'n') {
      if (fraction_or_exp) throw Bail{__LINE__};
      pos_++;
    }
  } else if (pos_ < n && s_[pos_] == 'n') {
    pos_++;
  }
  if (pos_ < n) {
    unsigned char d = static_cast<unsigned char>(s_[pos_]);
    if (IsIdPart(d) || d == '\\' || d >= 0x80) throw Bail{__LINE__};
  }
}

void Scanner::ScanString(Token* t, char quote) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  t->type = Tok::kString;
  pos_++;
  for (;;) {
    if (pos_ >= n) throw Bail{__LINE__};
    char c = s_[pos_];
    if (c == quote) {
      pos_++;
      return;
    }
    if (c == '\\') {
      if (pos_ + 1 >= n) throw Bail{__LINE__};
      char e = s_[pos_ + 1];
      if (e == '\r' || static_cast<unsigned char>(e) >= 0x80) throw Bail{__LINE__};
      pos_ += 2;
      continue;
    }
    if (c == '\n' || c == '\r') throw Bail{__LINE__};
    pos_++;
  }
}

void Scanner::ScanTemplateBody(Token* t, bool head) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  for (;;) {
    if (pos_ >= n) throw Bail{__LINE__};
    char c = s_[pos_];
    if (c == '`') {
      pos_++;
      t->type = head ? Tok::kTemplate : Tok::kTemplateTail;
      return;
    }
    if (c == '\\') {
      if (pos_ + 1 >= n) throw Bail{__LINE__};
      pos_ += 2;
      continue;
    }
    if (c == '$' && pos_ + 1 < n && s_[pos_ + 1] == '{') {
      pos_ += 2;
      t->type = head ? Tok::kTemplateHead : Tok::kTemplateMiddle;
      return;
    }
    pos_++;
  }
}

Token Scanner::RescanTemplate(const Token& brace) {
  Token t;
  t.nl = brace.nl;
  t.comment_nl = brace.comment_nl;
  t.start = brace.start;
  pos_ = brace.start + 1;
  ScanTemplateBody(&t, false);
  t.end = pos_;
  return t;
}

Token Scanner::RescanRegex(const Token& slash) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  Token t;
  t.nl = slash.nl;
  t.comment_nl = slash.comment_nl;
  t.start = slash.start;
  t.type = Tok::kRegex;
  pos_ = slash.start + 1;
  // tree-sitter's lexer may skip whitespace at the start of a pattern as extras.
  if (pos_ < n && (s_[pos_] == ' ' || s_[pos_] == '\t')) throw Bail{__LINE__};
  bool in_class = false;
  for (;;) {
    if (pos_ >= n) throw Bail{__LINE__};
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == '\n' || c == '\r') throw Bail{__LINE__};
    if (c == 0xE2 && pos_ + 2 < n && static_cast<unsigned char>(s_[pos_ + 1]) == 0x80 &&
        (static_cast<unsigned char>(s_[pos_ + 2]) & 0xFE) == 0xA8) {
      throw Bail{__LINE__};
    }
    if (c == '\\') {
      if (pos_ + 1 >= n) throw Bail{__LINE__};
      unsigned char e = static_cast<unsigned char>(s_[pos_ + 1]);
      if (e == '\n' || e == '\r' || e >= 0x80) throw Bail{__LINE__};
      pos_ += 2;
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (c == '/' && !in_class) break;
    pos_++;
  }
  if (pos_ == slash.start + 1) throw Bail{__LINE__};
  pos_++;
  while (pos_ < n && s_[pos_] >= 'a' && s_[pos_] <= 'z') pos_++;
  if (pos_ < n) {
    unsigned char d = static_cast<unsigned char>(s_[pos_]);
    if (IsIdPart(d) || d == '\\' || d >= 0x80) throw Bail{__LINE__};
  }
  t.end = pos_;
  return t;
}

void Scanner::ScanPunct(Token* t) {
  const uint32_t n = static_cast<uint32_t>(s_.size());
  t->type = Tok::kPunct;
  auto at = [&](uint32_t i) -> char { return pos_ + i < n ? s_[pos_ + i] : '\0'; };
  char c = at(0);
  uint32_t len = 1;
  switch (c) {
    case '{': case '}': case '(': case ')': case '[': case ']': case ';': case ',': case '~':
    case ':': case '@': case '>':
      break;
    case '.':
      if (at(1) == '.' && at(2) == '.') len = 3;
      break;
    case '?':
      if (at(1) == '.' && !(at(2) >= '0' && at(2) <= '9')) len = 2;
      else if (at(1) == '?') len = at(2) == '=' ? 3 : 2;
      break;
    case '<':
      if (at(1) == '!' && at(2) == '-' && at(3) == '-') throw Bail{__LINE__};  // HTML comment
      if (at(1) == '<') len = at(2) == '=' ? 3 : 2;
      else if (at(1) == '=') len = 2;
      break;
    case '=':
      if (at(1) == '=') len = at(2) == '=' ? 3 : 2;
      else if (at(1) == '>') len = 2;
      break;
    case '!':
      if (at(1) == '=') len = at(2) == '=' ? 3 : 2;
      break;
    case '+': case '-':
      if (at(1) == c || at(1) == '=') len = 2;
      break;
    case '*':
      if (at(1) == '*') len = at(2) == '=' ? 3 : 2;
      else if (at(1) == '=') len = 2;
      break;
    case '/': case '%': case '^':
      if (at(1) == '=') len = 2;
      break;
    case '&': case '|':
      if (at(1) == c) len = at(2) == '=' ? 3 : 2;
      else if (at(1) == '=') len = 2;
      break;
    default:
      throw Bail{__LINE__};
  }
  uint32_t op = 0;
  for (uint32_t i = 0; i < len; i++) op |= static_cast<uint32_t>(static_cast<uint8_t>(s_[pos_ + i])) << (8 * i);
  t->op = op;
  pos_ += len;
}

}  // namespace kiln::ts_strip::fast
