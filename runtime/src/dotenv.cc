// The .env parser (see dotenv.h). One pass over the text, line by line; a quoted value may span
// lines. Every malformed line becomes a warning and is skipped: the parser never fails.
#include "dotenv.h"

#include <unordered_map>

namespace kiln::dotenv {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }

std::string_view TrimBlanks(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

// CRLF and lone CR become LF (as the dotenv package does), and a UTF-8 byte order mark goes.
std::string Normalize(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') i++;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// A key is any run of characters without blanks, quotes, '#', '$' or '='. Node accepts even
// more; the dotenv package only [A-Za-z0-9_.-]. Anything here is a valid environment name.
bool IsValidKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (IsBlank(c) || c == '"' || c == '\'' || c == '`' || c == '#' || c == '$' || c == '\n') {
      return false;
    }
  }
  return true;
}

class Parser {
 public:
  Parser(const ParseOptions& options, ParseResult* result) : options_(options), result_(result) {}

  void Run(std::string_view text) {
    size_t pos = 0;
    size_t line = 1;
    const size_t n = text.size();
    while (pos < n) {
      while (pos < n && IsBlank(text[pos])) pos++;
      if (pos >= n) break;
      size_t line_end = text.find('\n', pos);
      if (line_end == std::string_view::npos) line_end = n;
      if (pos == line_end || text[pos] == '#') {  // blank line or comment
        pos = line_end + 1;
        line++;
        continue;
      }
      std::string_view rest = text.substr(pos, line_end - pos);
      if (rest.starts_with("export") && rest.size() > 6 && IsBlank(rest[6])) {
        size_t after = 6;
        while (after < rest.size() && IsBlank(rest[after])) after++;
        rest.remove_prefix(after);
        pos += after;
      }
      size_t equals = rest.find('=');
      if (equals == std::string_view::npos) {
        Warn(line, "not a KEY=value line; skipped");
        pos = line_end + 1;
        line++;
        continue;
      }
      std::string_view key = TrimBlanks(rest.substr(0, equals));
      if (!IsValidKey(key)) {
        Warn(line, key.empty() ? std::string("missing variable name before '='; skipped")
                               : "invalid variable name \"" + std::string(key) + "\"; skipped");
        pos = line_end + 1;
        line++;
        continue;
      }
      pos += equals + 1;
      while (pos < line_end && IsBlank(text[pos])) pos++;
      std::string value;
      const size_t key_line = line;
      char quote = pos < line_end ? text[pos] : 0;
      size_t close = std::string_view::npos;
      if (quote == '"' || quote == '\'' || quote == '`') close = text.find(quote, pos + 1);
      if (close != std::string_view::npos) {
        std::string_view raw = text.substr(pos + 1, close - pos - 1);
        for (char c : raw) line += c == '\n';
        value = Unquote(raw, quote, 0);
        line_end = text.find('\n', close);
        if (line_end == std::string_view::npos) line_end = n;
        std::string_view after = TrimBlanks(text.substr(close + 1, line_end - close - 1));
        if (!after.empty() && after.front() != '#') {
          Warn(line, "text after the closing quote is ignored");
        }
      } else {
        std::string_view raw = text.substr(pos, line_end - pos);
        if (quote == '"' || quote == '\'' || quote == '`') {
          // As Node does: without a closing quote, the line as written is the value.
          Warn(line,
               std::string("no closing ") + quote + " quote; the value is the rest of the line");
          value = std::string(TrimBlanks(raw));
        } else {
          size_t hash = raw.find('#');
          if (hash != std::string_view::npos) raw = raw.substr(0, hash);
          value = Unquote(TrimBlanks(raw), 0, 0);
        }
      }
      Set(std::string(key), std::move(value), key_line);
      pos = line_end + 1;
      line++;
    }
  }

 private:
  void Warn(size_t line, std::string message) {
    result_->warnings.push_back({line, std::move(message)});
  }

  void Set(std::string key, std::string value, size_t /*line*/) {
    auto found = index_.find(key);
    if (found != index_.end()) {
      result_->entries[found->second].value = std::move(value);
      return;
    }
    index_.emplace(key, result_->entries.size());
    result_->entries.push_back({std::move(key), std::move(value)});
  }

  // The value of a quoted (quote = ' " `) or unquoted (quote = 0) text: \n escapes in double
  // quotes, and expansion when enabled (except in single quotes).
  std::string Unquote(std::string_view raw, char quote, int depth) {
    const bool expand = options_.expand && quote != '\'';
    if (!expand && quote != '"') return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); i++) {
      char c = raw[i];
      if (c == '\\' && i + 1 < raw.size()) {
        if (quote == '"' && raw[i + 1] == 'n') {
          out.push_back('\n');
          i++;
          continue;
        }
        if (expand && raw[i + 1] == '$') {
          out.push_back('$');
          i++;
          continue;
        }
      }
      if (c == '$' && expand) {
        i = Expand(raw, i, depth, &out) - 1;
        continue;
      }
      out.push_back(c);
    }
    return out;
  }

  // Expands the reference at raw[dollar] into *out; returns the index just past it. Anything
  // that is not a well-formed reference is kept as written.
  size_t Expand(std::string_view raw, size_t dollar, int depth, std::string* out) {
    size_t i = dollar + 1;
    if (i < raw.size() && IsNameStart(raw[i])) {
      size_t end = i;
      while (end < raw.size() && IsNameChar(raw[end])) end++;
      out->append(Lookup(std::string(raw.substr(i, end - i))).value_or(""));
      return end;
    }
    if (i < raw.size() && raw[i] == '{') {
      size_t close = raw.find('}', i);
      size_t name_end = i + 1;
      while (name_end < raw.size() && IsNameChar(raw[name_end])) name_end++;
      if (close != std::string_view::npos && name_end > i + 1 && IsNameStart(raw[i + 1])) {
        std::string name(raw.substr(i + 1, name_end - i - 1));
        std::string_view tail = raw.substr(name_end, close - name_end);
        std::optional<std::string> value = Lookup(name);
        if (tail.empty()) {
          out->append(value.value_or(""));
          return close + 1;
        }
        bool colon = tail.starts_with(":-");
        if (colon || tail.starts_with("-")) {
          std::string_view fallback = tail.substr(colon ? 2 : 1);
          bool use_fallback = !value.has_value() || (colon && value->empty());
          if (!use_fallback) {
            out->append(*value);
          } else if (depth < 8) {
            out->append(Unquote(fallback, '`', depth + 1));
          } else {
            out->append(fallback);
          }
          return close + 1;
        }
      }
    }
    out->push_back('$');
    return dollar + 1;
  }

  std::optional<std::string> Lookup(const std::string& name) {
    if (options_.environment) {
      std::optional<std::string> value = options_.environment(name);
      if (value.has_value()) return value;
    }
    auto found = index_.find(name);
    if (found != index_.end()) return result_->entries[found->second].value;
    if (options_.defined != nullptr) {
      auto defined = options_.defined->find(name);
      if (defined != options_.defined->end()) return defined->second;
    }
    return std::nullopt;
  }

  const ParseOptions& options_;
  ParseResult* result_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace

ParseResult Parse(std::string_view text, const ParseOptions& options) {
  ParseResult result;
  std::string normalized = Normalize(text);
  Parser(options, &result).Run(normalized);
  return result;
}

}  // namespace kiln::dotenv
