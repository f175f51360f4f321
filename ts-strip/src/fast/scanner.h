// The fast path's tokenizer: JavaScript/TypeScript tokens on demand. The parser decides what a
// `/` is (RescanRegex) and where a template continues after `}` (RescanTemplate), as TypeScript
// does; `>` is always one token, so type argument lists close without re-scanning.
// Anything the fast path does not handle (non-ASCII identifiers, unicode escapes, lone `\r`,
// U+2028/U+2029 or other Unicode whitespace between tokens, HTML comments, legacy octals)
// throws Bail: the file goes to the tree-sitter path.
#pragma once

#include <cstdint>
#include <string_view>

namespace kiln::ts_strip::fast {

// Thrown where the fast path gives up (the line is for KILN_TS_FAST_DEBUG=1).
struct Bail {
  int line = 0;
};

enum class Tok : uint8_t {
  kEof,
  kIdent,
  kPrivate,  // #name
  kNumber,
  kString,
  kTemplate,        // `...` without substitutions
  kTemplateHead,    // `...${
  kTemplateMiddle,  // }...${
  kTemplateTail,    // }...`
  kRegex,
  kPunct,
};

// A punctuator packed into an integer: Op("===").
constexpr uint32_t Op(const char* s) {
  uint32_t v = 0;
  for (int i = 0; i < 4 && s[i] != 0; i++) v |= static_cast<uint32_t>(static_cast<uint8_t>(s[i])) << (8 * i);
  return v;
}

struct Token {
  Tok type = Tok::kEof;
  bool nl = false;          // a '\n' between the previous token and this one (outside comments)
  bool comment_nl = false;  // a line break inside a block comment before this token
  uint32_t op = 0;          // for kPunct
  uint32_t start = 0;
  uint32_t end = 0;
};

class Scanner {
 public:
  explicit Scanner(std::string_view source) : s_(source) {}
  // Scans the token at pos_ onwards.
  Token Next();
  Token RescanRegex(const Token& slash);
  Token RescanTemplate(const Token& brace);
  uint32_t pos() const { return pos_; }
  void set_pos(uint32_t pos) { pos_ = pos; }
  std::string_view source() const { return s_; }

 private:
  void SkipTrivia(Token* t);
  bool IsIdentifierCodePoint(uint32_t at) const;
  void ScanIdentifierRest();
  void ScanNumber(Token* t);
  void ScanString(Token* t, char quote);
  void ScanTemplateBody(Token* t, bool head);
  void ScanPunct(Token* t);

  std::string_view s_;
  uint32_t pos_ = 0;
};

inline bool IsIdStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
inline bool IsIdPart(unsigned char c) { return IsIdStart(c) || (c >= '0' && c <= '9'); }

}  // namespace kiln::ts_strip::fast
