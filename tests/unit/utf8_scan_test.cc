// The validating UTF-8 scan and the exact-length decoder of valid UTF-8 (utf8.h), through every
// kernel table this CPU runs, against a reference written from the Unicode definition: random
// and adversarial text, every invalid form and truncation at every position around the vector
// block edges, all lengths 0..300, unaligned starts, and no write past the exact output.
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "codec_kernels.h"
#include "utf8.h"

namespace kiln {
namespace {

std::vector<const CodecKernels*> AllTables() {
  std::vector<const CodecKernels*> tables = {&ScalarCodecKernels()};
  if (const CodecKernels* avx2 = Avx2CodecKernels()) tables.push_back(avx2);
  if (const CodecKernels* avx512 = Avx512CodecKernels()) tables.push_back(avx512);
  return tables;
}

struct Reference {
  bool valid = true;
  std::u16string units;
  uint8_t max_lead = 0;
};

// Code point by code point, from the table of well-formed byte sequences (Unicode 3.9).
Reference ReferenceDecode(const std::string& text) {
  Reference result;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const uint8_t b = p[i];
    if (b < 0x80) {
      result.units += static_cast<char16_t>(b);
      i++;
      continue;
    }
    size_t len;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2, cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3, cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4, cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return {false, {}, 0};
    }
    if (i + len > n) return {false, {}, 0};
    for (size_t k = 1; k < len; k++) {
      const uint8_t c = p[i + k];
      if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return {false, {}, 0};
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp >= 0x10000) {
      result.units += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      result.units += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      result.units += static_cast<char16_t>(cp);
    }
    if (b > result.max_lead) result.max_lead = b;
    i += len;
  }
  return result;
}

const char* const kValid[] = {
    "a", " ", "hello, plain ascii text ", "\xc2\x80", "\xc3\xa9", "\xc3\xbf", "\xc4\x80",
    "\xdf\xbf", "\xe0\xa0\x80", "\xe2\x80\x94", "\xe9\x80\x9f", "\xed\x9f\xbf", "\xee\x80\x80",
    "\xef\xbf\xbd", "\xef\xbf\xbf", "\xf0\x90\x80\x80", "\xf0\x9f\xa6\x8a", "\xf3\xbf\xbf\xbf",
    "\xf4\x80\x80\x80", "\xf4\x8f\xbf\xbf"};
const char* const kInvalid[] = {
    "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2\x7f", "\xc2\xc0", "\xe0\x80\x80",
    "\xe0\x9f\xbf", "\xe1\x80\x7f", "\xe1\x7f\x80", "\xed\xa0\x80", "\xed\xbf\xbf",
    "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf1\x80\x80\x7f", "\xf4\x90\x80\x80",
    "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xfe", "\xff", "\xc3", "\xe2\x80", "\xe2",
    "\xf0\x9f\xa6", "\xf0\x9f", "\xf0", "\xc3\xa9\x80", "\xe2\x80\x94\x80", "\xf0\x9f\xa6\x8a\x80"};

std::string RandomValid(std::mt19937& rng, size_t min_bytes) {
  std::string text;
  while (text.size() < min_bytes) {
    text += rng() % 3 == 0 ? "x" : kValid[rng() % (sizeof(kValid) / sizeof(kValid[0]))];
  }
  return text;
}

void ExpectScan(const CodecKernels& table, const std::string& text, size_t offset) {
  std::vector<uint8_t> storage(text.size() + offset + 64, 0xAA);
  std::copy(text.begin(), text.end(), storage.begin() + offset);
  const uint8_t* src = storage.data() + offset;
  const Reference expected = ReferenceDecode(text);
  const Utf8Scan scan = ScanUtf8With(table, src, text.size());
  ASSERT_EQ(scan.valid, expected.valid) << table.name << " length " << text.size();
  if (!scan.valid) return;
  ASSERT_EQ(scan.utf16_length, expected.units.size()) << table.name;
  ASSERT_EQ(scan.max_lead, expected.max_lead) << table.name;
  // Exactly the units, no write past them.
  std::vector<char16_t> out(expected.units.size() + 64, u'\xAAAA');
  ASSERT_EQ(ValidUtf8ToUtf16With(table, src, text.size(), out.data(), expected.units.size()),
            expected.units.size())
      << table.name;
  ASSERT_EQ(std::u16string(out.data(), expected.units.size()), expected.units) << table.name;
  for (size_t i = expected.units.size(); i < out.size(); i++) {
    ASSERT_EQ(out[i], u'\xAAAA') << table.name << " wrote past the end";
  }
  if (scan.max_lead >= 0xC4) return;
  std::vector<uint8_t> latin1(expected.units.size() + 64, 0xAA);
  ASSERT_EQ(ValidUtf8ToLatin1With(table, src, text.size(), latin1.data(), expected.units.size()),
            expected.units.size())
      << table.name;
  for (size_t i = 0; i < expected.units.size(); i++) ASSERT_EQ(latin1[i], expected.units[i]);
  for (size_t i = expected.units.size(); i < latin1.size(); i++) {
    ASSERT_EQ(latin1[i], 0xAA) << table.name << " wrote past the end";
  }
}

// Text of characters below U+0100 only, for the Latin-1 decoder.
std::string RandomLatin1(std::mt19937& rng, size_t min_bytes) {
  static const char* const kPieces[] = {"a", "plain text ", "\xc2\x80", "\xc3\xa9", "\xc3\xbf",
                                        "\xc2\xa0", "\xc3\x80x"};
  std::string text;
  while (text.size() < min_bytes) text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
  return text;
}

TEST(Utf8Scan, Latin1TextOfEveryLength) {
  std::mt19937 rng(16);
  for (const CodecKernels* table : AllTables()) {
    for (size_t length = 0; length <= 300; length++) {
      for (size_t offset : {0, 1, 7, 33}) ExpectScan(*table, RandomLatin1(rng, length), offset);
    }
    for (int round = 0; round < 10; round++) ExpectScan(*table, RandomLatin1(rng, 5000), round);
  }
}

TEST(Utf8Scan, RandomValidTextOfEveryLength) {
  std::mt19937 rng(11);
  for (const CodecKernels* table : AllTables()) {
    for (size_t length = 0; length <= 300; length++) {
      for (size_t offset : {0, 1, 7, 33}) {
        std::string text = RandomValid(rng, length);
        ExpectScan(*table, text, offset);
      }
    }
  }
}

TEST(Utf8Scan, LongMixedText) {
  std::mt19937 rng(12);
  for (const CodecKernels* table : AllTables()) {
    for (int round = 0; round < 20; round++) ExpectScan(*table, RandomValid(rng, 5000), round % 5);
  }
  const std::string bench =
      "The quick brown fox \xe2\x80\x94 jumps \xc3\xb6ver the lazy d\xc3\xb6g; "
      "\xe9\x80\x9f\xe3\x81\x84\xe8\x8c\xb6\xe8\x89\xb2\xe3\x81\xae\xe7\x8b\x90 \xf0\x9f\xa6\x8a. ";
  std::string text;
  while (text.size() < 100000) text += bench;
  for (const CodecKernels* table : AllTables()) ExpectScan(*table, text, 0);
}

// Every invalid form at every position of valid text around the block edges (32 and 64 bytes).
TEST(Utf8Scan, EveryInvalidFormAtEveryPosition) {
  std::mt19937 rng(13);
  for (const CodecKernels* table : AllTables()) {
    for (const char* bad : kInvalid) {
      for (int base = 0; base < 3; base++) {
        const std::string text = base == 0 ? std::string(200, 'a') : RandomValid(rng, 200);
        for (size_t at = 0; at <= 200; at++) {
          // Cut at a character boundary of the base so that only `bad` is wrong.
          size_t cut = at;
          while (cut < text.size() && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) cut++;
          const std::string broken = text.substr(0, cut) + bad + text.substr(cut);
          ExpectScan(*table, broken, at % 3);
          ASSERT_FALSE(ScanUtf8With(*table, reinterpret_cast<const uint8_t*>(broken.data()),
                                    broken.size())
                           .valid)
              << table->name << " at " << at;
        }
      }
    }
  }
}

// Valid text cut at every length: truncated sequences at every block edge.
TEST(Utf8Scan, TruncatedAtEveryLength) {
  for (const char* piece : {"\xf0\x9f\xa6\x8a", "\xe9\x80\x9f", "\xc3\xa9", "a\xe2\x80\x94"}) {
    std::string text;
    while (text.size() < 300) text += piece;
    for (const CodecKernels* table : AllTables()) {
      for (size_t length = 0; length <= 300; length++) {
        ExpectScan(*table, text.substr(0, length), 0);
        ExpectScan(*table, "x" + text.substr(0, length), 5);
      }
    }
  }
}

TEST(Utf8Scan, RandomBytes) {
  std::mt19937 rng(14);
  for (const CodecKernels* table : AllTables()) {
    for (int round = 0; round < 3000; round++) {
      std::string text(rng() % 300, '\0');
      // Mostly continuation and lead bytes, so that some inputs are valid.
      for (auto& c : text) c = static_cast<char>(rng() % 4 == 0 ? rng() : 0x80 + rng() % 0x78);
      ExpectScan(*table, text, round % 4);
    }
  }
}

// The vector kernels do the bulk: a scalar fallback everywhere would pass the tests above too.
TEST(Utf8Scan, KernelsTakeTheBulk) {
  std::mt19937 rng(15);
  const std::string text = RandomValid(rng, 1000);
  const auto* src = reinterpret_cast<const uint8_t*>(text.data());
  for (const CodecKernels* table : AllTables()) {
    if (table == &ScalarCodecKernels()) continue;
    size_t units = 0;
    uint8_t max_lead = 0;
    EXPECT_GT(table->utf8_scan(src, text.size(), &units, &max_lead), 900u) << table->name;
    if (table == Avx512CodecKernels()) {
      std::vector<char16_t> out(text.size());
      size_t written;
      EXPECT_GT(table->utf8_to_utf16_valid(src, text.size(), out.data(), out.size(), &written),
                900u);
      const std::string latin1 = RandomLatin1(rng, 1000);
      std::vector<uint8_t> narrow(latin1.size());
      EXPECT_GT(table->utf8_to_latin1_valid(reinterpret_cast<const uint8_t*>(latin1.data()),
                                            latin1.size(), narrow.data(), narrow.size(), &written),
                900u);
    }
  }
}

// Bytes that are not what the scan saw (shared memory written meanwhile): any bytes, any
// capacity, and the decoders write nothing past it and read nothing past the input.
TEST(Utf8Scan, DecodersStayInBoundsOnInvalidInput) {
  std::mt19937 rng(17);
  for (const CodecKernels* table : AllTables()) {
    for (int round = 0; round < 3000; round++) {
      const size_t length = rng() % 400;
      std::vector<uint8_t> input(length);
      for (auto& byte : input) byte = static_cast<uint8_t>(rng() % 3 == 0 ? rng() : 0x80 + rng() % 0x40);
      const size_t capacity = rng() % (length + 1);
      // Exact-size heap blocks, so that a sanitizer build sees any overrun.
      std::unique_ptr<uint8_t[]> src(new uint8_t[length]);
      std::copy(input.begin(), input.end(), src.get());
      std::unique_ptr<char16_t[]> units(new char16_t[capacity + 1]);
      units[capacity] = u'\xAAAA';
      ASSERT_LE(ValidUtf8ToUtf16With(*table, src.get(), length, units.get(), capacity), capacity);
      ASSERT_EQ(units[capacity], u'\xAAAA') << table->name;
      std::unique_ptr<uint8_t[]> bytes(new uint8_t[capacity + 1]);
      bytes[capacity] = 0xAA;
      ASSERT_LE(ValidUtf8ToLatin1With(*table, src.get(), length, bytes.get(), capacity), capacity);
      ASSERT_EQ(bytes[capacity], 0xAA) << table->name;
    }
  }
}

TEST(Utf8Scan, IsValidUtf8UsesIt) {
  EXPECT_TRUE(IsValidUtf8(std::string(1000, 'a') + "\xf0\x9f\xa6\x8a"));
  EXPECT_FALSE(IsValidUtf8(std::string(1000, 'a') + "\xf0\x9f\xa6"));
  EXPECT_FALSE(IsValidUtf8(std::string(63, 'a') + "\xed\xa0\x80" + std::string(100, 'a')));
}

}  // namespace
}  // namespace kiln
