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
  EXPECT_EQ(Decode("\xC0\x80"), u"\ufffd\ufffd");              // overlong lead
  EXPECT_EQ(Decode("\xE0\x80\x80"), u"\ufffd\ufffd\ufffd");    // overlong 3-byte
  EXPECT_EQ(Decode("\xED\xA0\x80"), u"\ufffd\ufffd\ufffd");    // surrogate
  EXPECT_EQ(Decode("\xF0\x9F\x98"), u"\ufffd");                // truncated: one replacement
  EXPECT_EQ(Decode("\xF0\x9F\x98x"), u"\ufffdx");              // the bad byte is kept
  EXPECT_EQ(Decode("\xF4\x90\x80\x80"), u"\ufffd\ufffd\ufffd\ufffd");  // past U+10FFFF
  EXPECT_EQ(Decode("a\xFF" "b\x80"), u"a\ufffdb\ufffd");
}

TEST(Utf8Decode, FindsTheAsciiPrefix) {
  const std::string text = "0123456789abcdef\xC3\xA9";
  EXPECT_EQ(AsciiPrefixLength(reinterpret_cast<const uint8_t*>(text.data()), text.size()), 16u);
  EXPECT_EQ(AsciiPrefixLength(reinterpret_cast<const uint8_t*>("abc"), 3), 3u);
}

}  // namespace
}  // namespace kiln
