#include "regexp_literals.h"

#include "loader/regexp_v.h"
#include "util.h"

namespace kiln {
namespace {

// UTF-16 units of UTF-8 text (as V8 counts columns).
size_t Utf16Length(std::string_view text) {
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

}  // namespace

bool RewriteUnicodeSetsLiterals(Environment* env, std::string_view filename, std::string* source,
                                bool* changed) {
  loader::RegExpLiteralError error;
  std::string rewritten;
  if (changed != nullptr) *changed = false;
  if (loader::RewriteUnicodeSetsLiterals(*source, &rewritten, &error)) {
    source->swap(rewritten);
    if (changed != nullptr) *changed = true;
    return true;
  }
  if (error.message.empty()) return true;
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> exception = v8::Exception::SyntaxError(ToV8(isolate, error.message));
  // The arrow Node prints above a syntax error: file:line, the line, the literal underlined.
  std::string_view text = *source;
  size_t line_start = text.rfind('\n', error.offset == 0 ? 0 : error.offset - 1);
  line_start = (line_start == std::string_view::npos || error.offset == 0) ? 0 : line_start + 1;
  size_t line_end = text.find('\n', error.offset);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end > line_start && text[line_end - 1] == '\r') line_end--;
  size_t line = 1;
  for (size_t i = 0; i < line_start; i++) line += text[i] == '\n';
  std::string_view source_line = text.substr(line_start, line_end - line_start);
  std::string arrow = std::string(filename) + ":" + std::to_string(line) + "\n" +
                      std::string(source_line) + "\n";
  for (size_t i = line_start; i < error.offset; i++) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    arrow += c == '\t' ? "\t" : (c >= 0xF0 ? "  " : " ");
  }
  arrow.append(Utf16Length(text.substr(error.offset, error.length)), '^');
  arrow += '\n';
  if (exception->IsObject()) {
    (void)exception.As<v8::Object>()->SetPrivate(env->context(), env->arrow_message_symbol(),
                                                 ToV8(isolate, arrow));
  }
  isolate->ThrowException(exception);
  return false;
}

}  // namespace kiln
