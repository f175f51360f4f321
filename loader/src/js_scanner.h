// A JavaScript tokenizer for analyses that need tokens but no syntax tree: it skips comments
// and whitespace, reads strings, template literals (with nested substitutions), numbers,
// identifiers, punctuators and regular expression literals, telling `/` as division from `/`
// as a regular expression by the token before it (the heuristics cjs-module-lexer and
// es-module-lexer use). It also tracks which braces open a function body, so that callers can
// tell top-level code from function code.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kiln::loader {

enum class TokenKind : uint8_t {
  kIdentifier,   // also keywords and private names (#x)
  kString,       // '…' or "…", quotes included
  kTemplate,     // a whole template, or one of its parts between substitutions
  kNumber,
  kRegExp,
  kPunctuator,
};

struct Token {
  TokenKind kind;
  // True when this `{` opens a function body (or this `}` closes one).
  bool function_brace = false;
  // The number of function bodies this token is inside.
  uint32_t function_depth = 0;
  uint32_t start;
  uint32_t end;
};

// Tokenizes all of `source`. Stops early (with `complete` false) at text it cannot tokenize,
// such as an unterminated string or comment; the tokens before that point are kept.
struct TokenList {
  std::vector<Token> tokens;
  bool complete = true;
};
TokenList Tokenize(std::string_view source);

// Helpers on tokens of `source`.
inline std::string_view TokenText(std::string_view source, const Token& token) {
  return source.substr(token.start, token.end - token.start);
}
// Compares byte by byte: the texts are short, and a call to memcmp would cost more.
inline bool TokenTextIs(std::string_view source, const Token& token, std::string_view text) {
  if (token.end - token.start != text.size()) return false;
  const char* at = source.data() + token.start;
  for (size_t i = 0; i < text.size(); i++) {
    if (at[i] != text[i]) return false;
  }
  return true;
}
inline bool IsPunctuator(std::string_view source, const Token& token, std::string_view text) {
  return token.kind == TokenKind::kPunctuator && TokenTextIs(source, token, text);
}
inline bool IsIdentifier(std::string_view source, const Token& token, std::string_view text) {
  return token.kind == TokenKind::kIdentifier && TokenTextIs(source, token, text);
}

// The value of a string literal token (quotes removed, escapes decoded to UTF-8); false when it
// holds something a module export name cannot be (a lone surrogate).
bool DecodeStringLiteral(std::string_view literal, std::string* out);

}  // namespace kiln::loader
