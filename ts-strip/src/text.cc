#include "text.h"

namespace kiln::ts_strip {

void AppendBlanked(std::string_view source, uint32_t a, uint32_t b, std::string* out) {
  uint32_t i = a;
  while (i < b) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (c < 0x80) {
      out->push_back(c == '\n' || c == '\r' ? static_cast<char>(c) : ' ');
      i++;
      continue;
    }
    uint32_t length = Utf8Length(c);
    if (i + length > b) length = b - i;
    if (length == 3 && IsLineTerminatorAt(source, i)) {
      out->append(source.substr(i, 3));  // U+2028/U+2029 end a line for V8
    } else {
      out->append(length == 4 ? 2 : 1, ' ');  // two UTF-16 units for four bytes
    }
    i += length;
  }
}

}  // namespace kiln::ts_strip
