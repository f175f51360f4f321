// What both strippers share (the tree-sitter walk, strip.cc, and the fast path, fast/): byte
// helpers, rendering blanks and edits into the output, and the rule for the `;` a blanked
// statement starts with. Both paths must give the same bytes, so these live in one place.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::ts_strip {

struct Range {
  uint32_t start;
  uint32_t end;
};

// The length in bytes of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
inline uint32_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

// \n, \r, U+2028 or U+2029 at byte i.
inline bool IsLineTerminatorAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '\n' || c == '\r') return true;
  return c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
          static_cast<unsigned char>(s[i + 2]) == 0xA9);
}

// Appends source[a, b) as whitespace of the same UTF-16 length, line terminators kept.
void AppendBlanked(std::string_view source, uint32_t a, uint32_t b, std::string* out);

// Appends source[a, b) with `blanks` (sorted, disjoint) turned into whitespace and each of
// `edits` (sorted by start; an edit's range hides the edits inside it) replaced by what
// `emit(edit, out)` writes.
template <typename Edit, typename Emit>
void RenderBlanksAndEdits(std::string_view source, const std::vector<Range>& blanks,
                          const std::vector<Edit>& edits, uint32_t a, uint32_t b,
                          std::string* out, Emit emit) {
  auto edit_at = std::lower_bound(edits.begin(), edits.end(), a,
                                  [](const Edit& e, uint32_t pos) { return e.start < pos; });
  auto blank_at = std::lower_bound(blanks.begin(), blanks.end(), a,
                                   [](const Range& r, uint32_t pos) { return r.end <= pos; });
  uint32_t pos = a;
  // Copies source[pos, until) with blanks applied.
  auto copy_until = [&](uint32_t until) {
    while (pos < until) {
      while (blank_at != blanks.end() && blank_at->end <= pos) ++blank_at;
      if (blank_at == blanks.end() || blank_at->start >= until) {
        out->append(source.substr(pos, until - pos));
        pos = until;
        break;
      }
      if (blank_at->start > pos) {
        out->append(source.substr(pos, blank_at->start - pos));
        pos = blank_at->start;
      }
      uint32_t end = std::min(blank_at->end, until);
      AppendBlanked(source, pos, end, out);
      pos = end;
    }
  };
  while (pos < b) {
    uint32_t next = b;
    if (edit_at != edits.end() && edit_at->start < b) next = std::max(edit_at->start, pos);
    copy_until(next);
    if (next >= b) break;
    emit(*edit_at, out);
    pos = std::max(pos, edit_at->end);
    while (edit_at != edits.end() && edit_at->start < pos) ++edit_at;
  }
}

// ASI: a statement that is blanked starts with a `;` unless the statement before it (whose
// last token, comments after it excluded, ends at `token_end`) cannot continue on the next
// line: it ended with `;`, or with the `}` of a block, function or class declaration
// (`brace_ends_it`). Else `let a = b` + `interface I {}` + `(f)()` would call b.
inline bool NeedsSemicolonAfter(std::string_view source, uint32_t token_end, bool brace_ends_it) {
  if (token_end == 0) return true;
  char last = source[token_end - 1];
  return !(last == ';' || (last == '}' && brace_ends_it));
}

}  // namespace kiln::ts_strip
