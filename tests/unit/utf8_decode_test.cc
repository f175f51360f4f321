// UTF-8 to UTF-16 decoding with WHATWG replacement (runtime/src/utf8.cc), the fast path behind
// Buffer#toString('utf8') and fs.readFile(..., 'utf8').
#include <gtest/gtest.h>

#include <string>

#include "utf8.h"

namespace kiln {
namespace {

std::u16string Decode(std::string_view bytes) {
  std::u16string out(bytes.size(), u'\0');
  size_t n = Utf8ToUtf16(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), out.data());
  out.resize(n);
  return out;
}

TEST(Utf8Decode, DecodesValidText) {
  EXPECT_EQ(Decode("plain ascii text, longer than eight bytes"),
            u"plain ascii text, longer than eight bytes");
  EXPECT_EQ(Decode("h\xC3\xA9llo \xE2\x82\xAC"), u"h\u00e9llo \u20ac");
  EXPECT_EQ(Decode("\xF0\x9F\x98\x80"), u"\U0001F600");
  EXPECT_EQ(Decode("\xEF\xBB\xBFkeep"), u"\ufeffkeep");  // a BOM is kept
}

TEST(Utf8Decode, ReplacesEachMaximalInvalidSubpart) {
  EXPECT_EQ(Decode("\xC0\x80"), u"\ufffd\ufffd");                      // overlong lead
  EXPECT_EQ(Decode("\xE0\x80\x80"), u"\ufffd\ufffd\ufffd");            // overlong 3-byte
  EXPECT_EQ(Decode("\xED\xA0\x80"), u"\ufffd\ufffd\ufffd");            // surrogate
  EXPECT_EQ(Decode("\xF0\x9F\x98"), u"\ufffd");                        // truncated: one replacement
  EXPECT_EQ(Decode("\xF0\x9F\x98x"), u"\ufffdx");                      // the bad byte is kept
  EXPECT_EQ(Decode("\xF4\x90\x80\x80"), u"\ufffd\ufffd\ufffd\ufffd");  // past U+10FFFF
  EXPECT_EQ(Decode("a\xFF"
                   "b\x80"),
            u"a\ufffdb\ufffd");
}

TEST(Utf8Decode, FindsTheAsciiPrefix) {
  const std::string text = "0123456789abcdef\xC3\xA9";
  EXPECT_EQ(AsciiPrefixLength(reinterpret_cast<const uint8_t*>(text.data()), text.size()), 16u);
  EXPECT_EQ(AsciiPrefixLength(reinterpret_cast<const uint8_t*>("abc"), 3), 3u);
}

// The Latin-1 prefix followed by Utf8ToUtf16 on the rest, as NewStringFromUtf8 decodes.
std::u16string DecodeInTwoSteps(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  std::string latin1(bytes.size(), '\0');
  size_t written = 0;
  size_t consumed =
      Utf8ToLatin1(data, bytes.size(), reinterpret_cast<uint8_t*>(latin1.data()), &written);
  std::u16string out(bytes.size(), u'\0');
  for (size_t i = 0; i < written; i++) out[i] = static_cast<uint8_t>(latin1[i]);
  size_t n = written + Utf8ToUtf16(data + consumed, bytes.size() - consumed, out.data() + written);
  out.resize(n);
  return out;
}

TEST(Utf8Decode, Latin1PrefixTakesOnlyOneByteCodePoints) {
  const std::string text = "h\xC3\xA9llo w\xC3\xB6rld \xC2\xA0!";
  std::string out(text.size(), '\0');
  size_t written = 0;
  EXPECT_EQ(Utf8ToLatin1(reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                         reinterpret_cast<uint8_t*>(out.data()), &written),
            text.size());
  out.resize(written);
  EXPECT_EQ(out, "h\xE9llo w\xF6rld \xA0!");
  // It stops at the first code point past U+00FF or invalid sequence, before its lead byte.
  const std::string euro =
      "ab\xC3\xA9\xE2\x82\xAC"
      "c";
  EXPECT_EQ(Utf8ToLatin1(reinterpret_cast<const uint8_t*>(euro.data()), euro.size(),
                         reinterpret_cast<uint8_t*>(out.data()), &written),
            4u);
  EXPECT_EQ(written, 3u);
}

TEST(Utf8Decode, TwoStepDecodeMatchesOneStep) {
  for (const char* text : {"plain", "h\xC3\xA9llo \xE2\x82\xAC tail \xC3\xB6", "\xC3", "\xC3x",
                           "\xC2\xC3\xA9", "\xC3\xA9\xC0\x80", "\xC3\xA9\xF0\x9F\x98\x80\xC3\xA9",
                           "a\xFF"
                           "b\x80\xC3\xA9",
                           "\xED\xA0\x80\xC3\xA9"}) {
    EXPECT_EQ(DecodeInTwoSteps(text), Decode(text)) << text;
  }
}

}  // namespace
}  // namespace kiln
