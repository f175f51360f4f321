// The analyses of js_lexer.h, as pattern matches over the token list of js_scanner.h. The
// CommonJS shapes are those cjs-module-lexer (the lexer Node.js uses) detects; see
// tests/unit/js_lexer_test.cc for each one.
#include "loader/js_lexer.h"

#include <algorithm>
#include <unordered_map>

#include "js_scanner.h"

namespace kiln::loader {
namespace {

class CommonJSMatcher {
 public:
  CommonJSMatcher(std::string_view source, const std::vector<Token>& tokens)
      : src_(source), tokens_(tokens) {}

  CommonJSExports Run() {
    for (size_t i = 0; i < tokens_.size(); i++) {
      const Token& token = tokens_[i];
      if (token.kind != TokenKind::kIdentifier) continue;
      // Most identifiers start with none of the letters below: test the first byte only.
      switch (src_[token.start]) {
        case '_':
          // __exportStar is also called as a member: tslib.__exportStar(require('x'), exports).
          if (Ident(i, "__exportStar") || Ident(i, "__export")) {
            TryExportStar(i);
            continue;
          }
          break;
        case 'e':
          if (Ident(i, "exports") && !AfterDot(i)) {
            TryExportsMember(i + 1);
            continue;
          }
          break;
        case 'm':
          if (Ident(i, "module") && !AfterDot(i)) {
            TryModuleExports(i);
            continue;
          }
          break;
        case 'O':
          if (Ident(i, "Object") && !AfterDot(i)) {
            TryObjectCall(i);
            continue;
          }
          break;
        case 'v':
        case 'l':
        case 'c':
          if ((Ident(i, "var") || Ident(i, "let") || Ident(i, "const")) && !AfterDot(i)) {
            TryRequireAlias(i + 1);
            continue;
          }
          break;
        default:
          break;
      }
      if (Punct(i + 1, "=") && !AfterDot(i)) TryRequireAlias(i);
    }
    CommonJSExports result;
    for (std::string& name : exports_) {
      if (std::find(unsafe_getters_.begin(), unsafe_getters_.end(), name) == unsafe_getters_.end()) {
        result.exports.push_back(std::move(name));
      }
    }
    result.reexports = std::move(reexports_);
    if (!export_assign_reexport_.empty()) AddUnique(&result.reexports, export_assign_reexport_);
    return result;
  }

 private:
  std::string_view Text(size_t i) const { return TokenText(src_, tokens_[i]); }
  bool Valid(size_t i) const { return i < tokens_.size(); }
  bool Punct(size_t i, std::string_view text) const {
    return Valid(i) && IsPunctuator(src_, tokens_[i], text);
  }
  bool Ident(size_t i, std::string_view text) const {
    return Valid(i) && IsIdentifier(src_, tokens_[i], text);
  }
  bool IsKind(size_t i, TokenKind kind) const { return Valid(i) && tokens_[i].kind == kind; }
  bool AfterDot(size_t i) const { return i > 0 && (Punct(i - 1, ".") || Punct(i - 1, "?.")); }

  static void AddUnique(std::vector<std::string>* list, const std::string& value) {
    if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
  }

  void AddExport(std::string name) { AddUnique(&exports_, name); }

  bool AddExportFromString(size_t i) {
    std::string name;
    if (!DecodeStringLiteral(Text(i), &name)) return false;
    AddExport(std::move(name));
    return true;
  }

  // `require ( 'x' )` at i: the index past ')' and the specifier, or 0.
  size_t MatchRequire(size_t i, std::string* specifier) const {
    if (!Ident(i, "require") || AfterDot(i) || !Punct(i + 1, "(") ||
        !IsKind(i + 2, TokenKind::kString) || !Punct(i + 3, ")")) {
      return 0;
    }
    if (!DecodeStringLiteral(Text(i + 2), specifier)) return 0;
    return i + 4;
  }

  // After `exports` (or `module.exports`): `.name =` or `['name'] =`.
  void TryExportsMember(size_t i) {
    if (Punct(i, ".") && IsKind(i + 1, TokenKind::kIdentifier) && Punct(i + 2, "=")) {
      AddExport(std::string(Text(i + 1)));
    } else if (Punct(i, "[") && IsKind(i + 1, TokenKind::kString) && Punct(i + 2, "]") &&
               Punct(i + 3, "=")) {
      AddExportFromString(i + 1);
    }
  }

  void TryModuleExports(size_t i) {
    if (!Punct(i + 1, ".") || !Ident(i + 2, "exports")) return;
    size_t next = i + 3;
    if (Punct(next, ".") || Punct(next, "[")) {
      TryExportsMember(next);
      return;
    }
    if (!Punct(next, "=")) return;
    next++;
    if (Punct(next, "{")) {
      TryObjectLiteralExports(next + 1);
      return;
    }
    std::string specifier;
    size_t after = MatchRequire(next, &specifier);
    // `module.exports = require('x')`: the last such assignment is the one that counts.
    if (after != 0 && !Punct(after, "(") && !Punct(after, ".") && !Punct(after, "[")) {
      export_assign_reexport_ = specifier;
    }
  }

  // `module.exports = { a, b: c, 'd': e, ...require('x') }`: keys whose values are plain
  // identifiers (anything more complex ends the detection, keeping what was found).
  void TryObjectLiteralExports(size_t i) {
    while (Valid(i)) {
      if (IsKind(i, TokenKind::kIdentifier) || IsKind(i, TokenKind::kString)) {
        bool is_string = tokens_[i].kind == TokenKind::kString;
        size_t key = i++;
        if (Punct(i, ":")) {
          if (!IsKind(i + 1, TokenKind::kIdentifier)) return;
          i += 2;
          if (Punct(i, ".") || Punct(i, "(") || Punct(i, "[")) {
            // A member or call value: cjs-module-lexer still counts the key when the value
            // starts with an identifier, then gives up on the rest.
            if (is_string) AddExportFromString(key); else AddExport(std::string(Text(key)));
            return;
          }
        } else if (is_string) {
          return;  // { 'a' } is not valid shorthand
        }
        if (is_string) {
          if (!AddExportFromString(key)) return;
        } else {
          AddExport(std::string(Text(key)));
        }
      } else if (Punct(i, "...")) {
        std::string specifier;
        size_t after = MatchRequire(i + 1, &specifier);
        if (after != 0) {
          AddUnique(&reexports_, specifier);
          i = after;
        } else if (IsKind(i + 1, TokenKind::kIdentifier)) {
          i += 2;
        } else {
          return;
        }
      } else {
        return;
      }
      if (Punct(i, "}")) return;
      if (!Punct(i, ",")) return;
      i++;
      if (Punct(i, "}")) return;
    }
  }

  void TryObjectCall(size_t i) {
    if (!Punct(i + 1, ".")) return;
    if (Ident(i + 2, "defineProperty")) {
      TryDefineProperty(i + 3);
    } else if (Ident(i + 2, "keys")) {
      TryKeysForEachReexport(i + 3);
    }
  }

  // `exports` or `module.exports` at i: the index past it, or 0.
  size_t MatchExportsObject(size_t i) const {
    if (Ident(i, "exports")) return i + 1;
    if (Ident(i, "module") && Punct(i + 1, ".") && Ident(i + 2, "exports")) return i + 3;
    return 0;
  }

  // `Object.defineProperty(exports, 'name', { enumerable: true, get() { return a.b; } })` and
  // `{ value: … }`. A getter that does more than return a member is "unsafe": its name is not
  // an export, even when also assigned elsewhere (evaluating it could have side effects).
  void TryDefineProperty(size_t i) {
    if (!Punct(i, "(")) return;
    size_t at = MatchExportsObject(i + 1);
    if (at == 0 || !Punct(at, ",") || !IsKind(at + 1, TokenKind::kString)) return;
    std::string name;
    if (!DecodeStringLiteral(Text(at + 1), &name)) return;
    at += 2;
    if (!Punct(at, ",") || !Punct(at + 1, "{")) return;
    at += 2;
    if (Ident(at, "enumerable")) {
      if (!Punct(at + 1, ":") || !Ident(at + 2, "true") || !Punct(at + 3, ",")) {
        unsafe_getters_.push_back(name);
        return;
      }
      at += 4;
    }
    if (Ident(at, "value") && Punct(at + 1, ":")) {
      AddExport(name);
      return;
    }
    if (!Ident(at, "get") || !MatchSafeGetter(at + 1)) {
      unsafe_getters_.push_back(name);
      return;
    }
    AddExport(name);
  }

  // After `get`: `() { return id(.id | ['s'])?;? }` or `: function name?() { … }`, followed by
  // `,? } )`.
  bool MatchSafeGetter(size_t at) const {
    if (Punct(at, ":")) {
      if (!Ident(at + 1, "function")) return false;
      at += 2;
      if (IsKind(at, TokenKind::kIdentifier)) at++;
    }
    if (!Punct(at, "(") || !Punct(at + 1, ")") || !Punct(at + 2, "{") ||
        !Ident(at + 3, "return") || !IsKind(at + 4, TokenKind::kIdentifier)) {
      return false;
    }
    at += 5;
    if (Punct(at, ".")) {
      if (!IsKind(at + 1, TokenKind::kIdentifier)) return false;
      at += 2;
    } else if (Punct(at, "[")) {
      if (!IsKind(at + 1, TokenKind::kString) || !Punct(at + 2, "]")) return false;
      at += 3;
    }
    if (Punct(at, ";")) at++;
    if (!Punct(at, "}")) return false;
    at++;
    if (Punct(at, ",")) at++;
    return Punct(at, "}") && Punct(at + 1, ")");
  }

  // `__exportStar(require('x'), exports)`, `tslib.__exportStar(require('x'), exports)`,
  // `__export(require('x'))`.
  void TryExportStar(size_t i) {
    if (!Punct(i + 1, "(")) return;
    std::string specifier;
    if (MatchRequire(i + 2, &specifier) != 0) AddUnique(&reexports_, specifier);
  }

  // `var _x = require('x')`, `_x = _interopRequireWildcard(require('x'))`,
  // `var _x = __importStar(require('x'))`: remembers _x for the Babel re-export loop.
  void TryRequireAlias(size_t i) {
    if (!IsKind(i, TokenKind::kIdentifier) || !Punct(i + 1, "=")) return;
    std::string specifier;
    size_t value = i + 2;
    if (MatchRequire(value, &specifier) == 0) {
      if (!IsKind(value, TokenKind::kIdentifier) || !Punct(value + 1, "(") ||
          MatchRequire(value + 2, &specifier) == 0) {
        return;
      }
    }
    aliases_[std::string(Text(i))] = specifier;
  }

  // Babel's and TypeScript's `export * from 'x'`:
  //   Object.keys(_x).forEach(function (key) { … exports[key] = _x[key] … })
  //   Object.keys(_x).forEach(function (key) { … Object.defineProperty(exports, key, …) … })
  // where _x holds require('x').
  void TryKeysForEachReexport(size_t i) {
    if (!Punct(i, "(") || !IsKind(i + 1, TokenKind::kIdentifier) || !Punct(i + 2, ")")) return;
    auto alias = aliases_.find(std::string(Text(i + 1)));
    if (alias == aliases_.end()) return;
    size_t at = i + 3;
    if (!Punct(at, ".") || !Ident(at + 1, "forEach") || !Punct(at + 2, "(")) return;
    at += 3;
    std::string_view key;
    if (Ident(at, "function")) {
      at++;
      if (!Punct(at, "(") || !IsKind(at + 1, TokenKind::kIdentifier) || !Punct(at + 2, ")")) {
        return;
      }
      key = Text(at + 1);
      at += 3;
    } else if (Punct(at, "(") && IsKind(at + 1, TokenKind::kIdentifier) && Punct(at + 2, ")") &&
               Punct(at + 3, "=>")) {
      key = Text(at + 1);
      at += 4;
    } else if (IsKind(at, TokenKind::kIdentifier) && Punct(at + 1, "=>")) {
      key = Text(at);
      at += 2;
    } else {
      return;
    }
    if (!Punct(at, "{")) return;
    // Scan the callback body for an assignment of exports[key].
    int depth = 0;
    for (size_t j = at; Valid(j); j++) {
      if (tokens_[j].kind == TokenKind::kPunctuator) {
        std::string_view text = Text(j);
        if (text == "{" || text == "(" || text == "[") depth++;
        if (text == "}" || text == ")" || text == "]") {
          if (--depth == 0) return;
        }
        continue;
      }
      if (Ident(j, "exports") && !AfterDot(j) && Punct(j + 1, "[") && Ident(j + 2, key) &&
          Punct(j + 3, "]") && Punct(j + 4, "=")) {
        AddUnique(&reexports_, alias->second);
        return;
      }
      if (Ident(j, "defineProperty") && Punct(j + 1, "(")) {
        size_t after = MatchExportsObject(j + 2);
        if (after != 0 && Punct(after, ",") && Ident(after + 1, key)) {
          AddUnique(&reexports_, alias->second);
          return;
        }
      }
    }
  }

  std::string_view src_;
  const std::vector<Token>& tokens_;
  std::vector<std::string> exports_;
  std::vector<std::string> reexports_;
  std::vector<std::string> unsafe_getters_;
  std::string export_assign_reexport_;
  std::unordered_map<std::string, std::string> aliases_;
};

// True when `source` has "with" followed (after spaces) by '{' or ':' somewhere: the cheap test
// that spares tokenizing the files that cannot have import attributes.
bool MayHaveImportAttributes(std::string_view source) {
  size_t at = 0;
  while ((at = source.find("with", at)) != std::string_view::npos) {
    size_t next = at + 4;
    while (next < source.size() && (source[next] == ' ' || source[next] == '\t' ||
                                    source[next] == '\n' || source[next] == '\r')) {
      next++;
    }
    if (next < source.size() && (source[next] == '{' || source[next] == ':')) return true;
    at += 4;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

CommonJSExports ParseCommonJSExports(std::string_view source) {
  TokenList list = Tokenize(source);
  return CommonJSMatcher(source, list.tokens).Run();
}

bool RewriteImportAttributes(std::string_view source, std::string* out) {
  if (!MayHaveImportAttributes(source)) return false;
  TokenList list = Tokenize(source);
  const std::vector<Token>& tokens = list.tokens;
  auto punct = [&](size_t i, std::string_view text) {
    return i < tokens.size() && IsPunctuator(source, tokens[i], text);
  };
  auto ident = [&](size_t i, std::string_view text) {
    return i < tokens.size() && IsIdentifier(source, tokens[i], text) &&
           !(i > 0 && (punct(i - 1, ".") || punct(i - 1, "?.")));
  };
  std::vector<size_t> rewrites;  // indices of `with` tokens
  for (size_t i = 0; i < tokens.size(); i++) {
    if (!IsIdentifier(source, tokens[i], "with")) continue;
    // Static: `from 'x' with {` or `import 'x' with {`.
    if (i >= 2 && tokens[i - 1].kind == TokenKind::kString &&
        (ident(i - 2, "from") || ident(i - 2, "import")) && punct(i + 1, "{")) {
      rewrites.push_back(i);
    }
  }
  // Dynamic: `import(specifier, { with: … })`, the options object as the second argument.
  for (size_t i = 0; i + 1 < tokens.size(); i++) {
    if (!ident(i, "import") || !punct(i + 1, "(")) continue;
    int depth = 0;
    for (size_t j = i + 1; j < tokens.size(); j++) {
      if (tokens[j].kind != TokenKind::kPunctuator) continue;
      std::string_view text = TokenText(source, tokens[j]);
      if (text == "(" || text == "[" || text == "{") {
        depth++;
      } else if (text == ")" || text == "]" || text == "}") {
        if (--depth == 0) break;
      } else if (text == "," && depth == 1) {
        if (punct(j + 1, "{") && j + 2 < tokens.size() &&
            IsIdentifier(source, tokens[j + 2], "with") && punct(j + 3, ":")) {
          rewrites.push_back(j + 2);
        }
        break;
      }
    }
  }
  if (rewrites.empty()) return false;
  std::sort(rewrites.begin(), rewrites.end());
  std::string result;
  result.reserve(source.size() + rewrites.size() * 2);
  size_t copied = 0;
  for (size_t index : rewrites) {
    size_t start = tokens[index].start, end = tokens[index].end;
    if (start > 0 && end < source.size() && IsSpace(source[start - 1]) && IsSpace(source[end])) {
      start--;
      end++;  // " with " -> "assert": same length, every later column unchanged.
    }
    result.append(source.substr(copied, start - copied));
    result.append("assert");
    copied = end;
  }
  result.append(source.substr(copied));
  *out = std::move(result);
  return true;
}

std::vector<size_t> FindTopLevelAwaits(std::string_view source) {
  std::vector<size_t> offsets;
  if (source.find("await") == std::string_view::npos) return offsets;
  TokenList list = Tokenize(source);
  const std::vector<Token>& tokens = list.tokens;
  for (size_t i = 0; i < tokens.size(); i++) {
    const Token& token = tokens[i];
    if (token.function_depth != 0 || !IsIdentifier(source, token, "await")) continue;
    if (i > 0 && (IsPunctuator(source, tokens[i - 1], ".") ||
                  IsPunctuator(source, tokens[i - 1], "?."))) {
      continue;
    }
    // `await` used as a name in an object literal key ({ await: 1 }) is not an await.
    if (i + 1 < tokens.size() && IsPunctuator(source, tokens[i + 1], ":")) continue;
    offsets.push_back(token.start);
  }
  return offsets;
}

}  // namespace kiln::loader
