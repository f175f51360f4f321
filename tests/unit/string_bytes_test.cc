// Byte codecs and search used by node:buffer (runtime/src/string_bytes.h).
#include "string_bytes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiln {
namespace {

std::string Encode64(std::string_view bytes, bool url) {
  std::string out(Base64EncodedLength(bytes.size(), url), '\0');
  Base64Encode(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), out.data(), url);
  return out;
}

std::string Decode64(std::string_view text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t written = Base64Decode(out.data(), out.size(),
                                reinterpret_cast<const uint8_t*>(text.data()), text.size());
  return std::string(out.begin(), out.begin() + written);
}

std::string DecodeHex(std::string_view text, size_t capacity = 64) {
  std::vector<uint8_t> out(capacity);
  size_t written =
      HexDecode(out.data(), out.size(), reinterpret_cast<const uint8_t*>(text.data()), text.size());
  return std::string(out.begin(), out.begin() + written);
}

size_t Find(std::string_view haystack, std::string_view needle, size_t start, bool forward) {
  return SearchBytes(reinterpret_cast<const uint8_t*>(haystack.data()), haystack.size(),
                     reinterpret_cast<const uint8_t*>(needle.data()), needle.size(), start,
                     forward);
}

TEST(StringBytes, Base64EncodesWithAndWithoutPadding) {
  EXPECT_EQ(Encode64("", false), "");
  EXPECT_EQ(Encode64("h", false), "aA==");
  EXPECT_EQ(Encode64("hi", false), "aGk=");
  EXPECT_EQ(Encode64("hello", false), "aGVsbG8=");
  EXPECT_EQ(Encode64("\xfb\xff\xbf", false), "+/+/");
  EXPECT_EQ(Encode64("\xfb\xff\xbf", true), "-_-_");
  EXPECT_EQ(Encode64("hello", true), "aGVsbG8");
  EXPECT_EQ(Encode64("h", true), "aA");
}

TEST(StringBytes, Base64DecodeIsForgiving) {
  EXPECT_EQ(Decode64("aGVsbG8="), "hello");
  EXPECT_EQ(Decode64("aGVsbG8"), "hello");
  EXPECT_EQ(Decode64("aGVs bG8\n"), "hello");   // Whitespace is skipped.
  EXPECT_EQ(Decode64("aG!V*sbG8"), "hello");    // So is any other junk.
  EXPECT_EQ(Decode64("-_-_"), "\xfb\xff\xbf");  // Both alphabets, in either mode.
  EXPECT_EQ(Decode64("aGk=aGk="), "hi");        // The first '=' ends the input.
  EXPECT_EQ(Decode64("a"), "");                 // A lone digit gives nothing.
  EXPECT_EQ(Decode64("aGV"), "he");
  EXPECT_EQ(Decode64("aGVsbG8=", 3), "hel");  // Stops when the output is full.
}

TEST(StringBytes, Base64DecodeReadsWideCharactersByLowByte) {
  // U+0141 has low byte 0x41 ('A'), as Node reads it.
  const uint16_t text[] = {'Q', 'U', 0x0141, 'J'};
  uint8_t out[3];
  ASSERT_EQ(Base64Decode(out, sizeof(out), text, 4), 3u);
  EXPECT_EQ(out[0], 0x41);
  EXPECT_EQ(out[1], 0x40);
  EXPECT_EQ(out[2], 0x09);
}

TEST(StringBytes, HexDecodeStopsAtTheFirstBadPair) {
  EXPECT_EQ(DecodeHex("00ff10Ab"), std::string("\x00\xff\x10\xab", 4));
  EXPECT_EQ(DecodeHex("abc"), "\xab");  // An odd last digit is dropped.
  EXPECT_EQ(DecodeHex("abzzcd"), "\xab");
  EXPECT_EQ(DecodeHex("zz"), "");
  EXPECT_EQ(DecodeHex("0102", 1), "\x01");
  char hex[9] = {};
  const uint8_t bytes[] = {0x00, 0x0f, 0x10, 0xff};
  HexEncode(bytes, 4, hex);
  EXPECT_STREQ(hex, "000f10ff");
}

TEST(StringBytes, SearchBytesForwardAndBackward) {
  const std::string haystack = "abcabcab";
  EXPECT_EQ(Find(haystack, "bc", 0, true), 1u);
  EXPECT_EQ(Find(haystack, "bc", 2, true), 4u);
  EXPECT_EQ(Find(haystack, "bc", 5, true), haystack.size());
  EXPECT_EQ(Find(haystack, "bc", 7, false), 4u);
  EXPECT_EQ(Find(haystack, "bc", 3, false), 1u);
  EXPECT_EQ(Find(haystack, "bc", 0, false), haystack.size());
  EXPECT_EQ(Find(haystack, "ab", 100, false), 6u);  // Backwards from past the end.
  EXPECT_EQ(Find(haystack, "xyz", 0, true), haystack.size());
  EXPECT_EQ(Find("ab", "abc", 0, true), 2u);
}

TEST(StringBytes, SearchBytesSurvivesManyFalseStarts) {
  std::string haystack(10000, 'a');
  haystack += "ab";
  EXPECT_EQ(Find(haystack, "ab", 0, true), 10000u);
  EXPECT_EQ(Find(haystack, "aab", 0, true), 9999u);
}

TEST(StringBytes, SearchUint16FindsWholeCodeUnits) {
  // "abcab" in UTF-16LE, stored one byte off alignment.
  const uint8_t storage[] = {0, 'a', 0, 'b', 0, 'c', 0, 'a', 0, 'b', 0};
  const uint8_t* haystack = storage + 1;
  const uint8_t needle[] = {'b', 0};
  EXPECT_EQ(SearchUint16(haystack, 5, needle, 1, 0, true), 1u);
  EXPECT_EQ(SearchUint16(haystack, 5, needle, 1, 2, true), 4u);
  EXPECT_EQ(SearchUint16(haystack, 5, needle, 1, 3, false), 1u);
  EXPECT_EQ(SearchUint16(haystack, 5, needle, 1, 0, false), 5u);
}

}  // namespace
}  // namespace kiln
