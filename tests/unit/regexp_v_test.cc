// The `v` -> `u` regular expression translator (loader/include/loader/regexp_v.h) and the rewrite
// of `v` literals in source text. What the translations match is checked against Node in
// tests/specs/regexp; these tests pin the translator's output and its errors.
#include "loader/regexp_v.h"

#include <gtest/gtest.h>

#include <string>

namespace kiln::loader {
namespace {

std::u32string U32(std::string_view text) {
  std::u32string out;
  for (unsigned char c : text) out.push_back(c);  // ASCII test patterns
  return out;
}

std::string Ascii(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) out.push_back(c < 0x80 ? char(c) : '?');
  return out;
}

// The `u` pattern for `pattern`, or "error: <message>".
std::string Translate(std::string_view pattern, bool ignore_case = false) {
  std::u32string out;
  std::string error;
  if (!TranslateUnicodeSets(U32(pattern), ignore_case, &out, &error)) return "error: " + error;
  return Ascii(out);
}

TEST(RegExpV, TextOutsideClassesIsCopied) {
  EXPECT_EQ(Translate("a(?<x>b)\\k<x>\\d+$"), "a(?<x>b)\\k<x>\\d+$");
  EXPECT_EQ(Translate(""), "");
  EXPECT_EQ(Translate("\\p{L}\\P{Lu}"), "\\p{L}\\P{Lu}");
}

TEST(RegExpV, PlainClassesKeepTheirText) {
  EXPECT_EQ(Translate("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}]"),
            "[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}]");
  EXPECT_EQ(Translate("[a-z0-9_]"), "[a-z0-9_]");
  EXPECT_EQ(Translate("[\\d\\s\\W]"), "[\\d\\s\\W]");
  EXPECT_EQ(Translate("[]"), "[]");
  EXPECT_EQ(Translate("[^]"), "[^]");
}

TEST(RegExpV, ReservedPunctuatorEscapesAreUnescaped) {
  EXPECT_EQ(Translate("[\\&\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]"), "[&!#%,:;<=>@`~]");
  EXPECT_EQ(Translate("[\\-\\]\\[\\^\\/]"), "[\\-\\]\\[\\^\\/]");
  EXPECT_EQ(Translate("[\\(\\)\\{\\}\\|]"), "[(){}|]");
}

TEST(RegExpV, ControlCharactersAreWrittenAsEscapes) {
  EXPECT_EQ(Translate("[\\n\\t\\b\\0\\x41\\u0042\\u{43}\\cJ]"), "[\\u{A}\\u{9}\\u{8}\\u{0}ABC\\u{A}]");
}

TEST(RegExpV, SetOperations) {
  EXPECT_EQ(Translate("[[a-z]--[aeiou]]"), "[b-df-hj-np-tv-z]");
  EXPECT_EQ(Translate("[[a-z]&&[x-z0-9]]"), "[x-z]");
  EXPECT_EQ(Translate("[\\p{ASCII}&&\\p{Lu}]"), "[A-Z]");
  EXPECT_EQ(Translate("[\\d--[0-4]]"), "[5-9]");
  EXPECT_EQ(Translate("[[ab][cd]]"), "[a-d]");
  EXPECT_EQ(Translate("[a&&b]"), "[]");
  EXPECT_EQ(Translate("[[^a]&&[a-c]]"), "[bc]");
}

TEST(RegExpV, StringsBecomeAlternativesLongestFirst) {
  EXPECT_EQ(Translate("[\\q{abc|d|xy}]"), "(?:abc|xy|[d])");
  EXPECT_EQ(Translate("[\\q{ab|}c]"), "(?:ab|[c]|)");
  EXPECT_EQ(Translate("[\\q{a.b}]"), "(?:a\\.b)");
  EXPECT_EQ(Translate("[\\q{abc|x}--\\q{abc}]"), "[x]");
  EXPECT_EQ(Translate("[\\q{}]"), "(?:|)");
}

TEST(RegExpV, PropertiesOfStrings) {
  std::string emoji = Translate("\\p{RGI_Emoji_Flag_Sequence}");
  EXPECT_EQ(emoji.rfind("(?:", 0), 0u) << emoji;
  EXPECT_EQ(Translate("\\P{RGI_Emoji}"), "error: Invalid property name");
  EXPECT_EQ(Translate("[^\\p{RGI_Emoji}]"), "error: Negated character class may contain strings");
  EXPECT_EQ(Translate("[\\P{Basic_Emoji}]"), "error: Invalid property name in character class");
}

TEST(RegExpV, IgnoreCaseFoldsBeforeSetOperations) {
  // v-mode: the complement of the case-folded set, not u-mode's complement of the set.
  EXPECT_NE(Translate("\\P{Ll}", true), "\\P{Ll}");
  EXPECT_EQ(Translate("\\P{Ll}", false), "\\P{Ll}");
  EXPECT_EQ(Translate("[\\q{AB}]", true), "(?:ab)");
  EXPECT_EQ(Translate("[[A-C]--b]", true), "[ac]");
}

TEST(RegExpV, Errors) {
  EXPECT_EQ(Translate("[a&&&b]"), "error: Invalid character in character class");
  EXPECT_EQ(Translate("[a&&b--c]"), "error: Invalid set operation in character class");
  EXPECT_EQ(Translate("[ab&&c]"), "error: Invalid set operation in character class");
  EXPECT_EQ(Translate("[a-z&&b]"), "error: Invalid set operation in character class");
  EXPECT_EQ(Translate("[&&a]"), "error: Invalid set operation in character class");
  EXPECT_EQ(Translate("[a##]"), "error: Invalid set operation in character class");
  EXPECT_EQ(Translate("[(]"), "error: Invalid character in character class");
  EXPECT_EQ(Translate("[-]"), "error: Invalid character in character class");
  EXPECT_EQ(Translate("[a-]"), "error: Invalid character in character class");
  EXPECT_EQ(Translate("[z-a]"), "error: Range out of order in character class");
  EXPECT_EQ(Translate("[[a]"), "error: Unterminated character class");
  EXPECT_EQ(Translate("[a-\\d]"), "error: Invalid character class");
  EXPECT_EQ(Translate("[\\d-a]"), "error: Invalid character class");
  EXPECT_EQ(Translate("[\\z]"), "error: Invalid escape");
  EXPECT_EQ(Translate("[\\1]"), "error: Invalid class escape");
  EXPECT_EQ(Translate("[\\u{110000}]"), "error: Invalid Unicode escape");
  EXPECT_EQ(Translate("[^\\q{ab}]"), "error: Negated character class may contain strings");
  EXPECT_EQ(Translate("[[\\p{Foo}]--a]"), "error: Invalid property name in character class");
  EXPECT_EQ(Translate("[\\p{letter}--a]"), "error: Invalid property name in character class");
  EXPECT_EQ(Translate("[\\p{Script=Greek}--a]").rfind("error", 0), std::string::npos);
}

TEST(RegExpV, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  EXPECT_EQ(Translate(deep).rfind("error: ", 0), 0u);
}

TEST(RegExpV, Utf16KeepsLoneSurrogatesAndPairs) {
  std::u16string out;
  std::string error;
  ASSERT_TRUE(TranslateUnicodeSets16(u"[\U0001F600\xD800]x", false, &out, &error));
  EXPECT_EQ(out, u"[\U0001F600\\u{D800}]x");
}

std::string Rewrite(std::string_view source) {
  std::string out;
  RegExpLiteralError error;
  if (RewriteUnicodeSetsLiterals(source, &out, &error)) return out;
  if (!error.message.empty()) {
    return "error@" + std::to_string(error.offset) + "+" + std::to_string(error.length) + ": " +
           error.message;
  }
  return "unchanged";
}

TEST(RegExpVLiterals, RewritesOnlyVLiterals) {
  EXPECT_EQ(Rewrite("const r = /[\\p{L}]/v, s = /a/g;"), "const r = /[\\p{L}]/u, s = /a/g;");
  EXPECT_EQ(Rewrite("x = /[a--b]/giv.test(y)"), "x = /[a]/giu.test(y)");
  EXPECT_EQ(Rewrite("a = b / c / v"), "unchanged");
  EXPECT_EQ(Rewrite("// /[a]/v\n'/[a]/v'"), "unchanged");
  EXPECT_EQ(Rewrite("x = `${/[a&&a]/v}`"), "x = `${/[a]/u}`");
  EXPECT_EQ(Rewrite("no regexes here"), "unchanged");
}

TEST(RegExpVLiterals, InvalidLiteralsReportWhere) {
  EXPECT_EQ(Rewrite("let a;\nlet r = /[a&&&b]/v;"),
            "error@15+10: Invalid regular expression: /[a&&&b]/v: Invalid character in character "
            "class");
  EXPECT_EQ(Rewrite("r = /a/uv"), "error@4+5: Invalid regular expression flags");
}

TEST(RegExpVLiterals, PreCheck) {
  EXPECT_TRUE(MayHaveUnicodeSetsLiteral("/a/v;"));
  EXPECT_TRUE(MayHaveUnicodeSetsLiteral("/a/gv)"));
  EXPECT_FALSE(MayHaveUnicodeSetsLiteral("a / value"));
  EXPECT_FALSE(MayHaveUnicodeSetsLiteral("/a/g; x/y"));
  EXPECT_FALSE(MayHaveUnicodeSetsLiteral("'lib/v/index.js', '/v-1'"));
}

}  // namespace
}  // namespace kiln::loader
