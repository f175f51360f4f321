// Every vector kernel table (runtime/src/codec_kernels.h) against the scalar one, through the
// codecs that use them: random and adversarial inputs, every length 0..300, unaligned starts.
#include "codec_kernels.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "string_bytes.h"
#include "utf8.h"

namespace kiln {
namespace {

const CodecKernels& Scalar() { return ScalarCodecKernels(); }

// The vector tables this CPU can run; the tests pass trivially on a CPU without any.
std::vector<const CodecKernels*> VectorTables() {
  std::vector<const CodecKernels*> tables;
  if (const CodecKernels* avx2 = Avx2CodecKernels()) tables.push_back(avx2);
  if (const CodecKernels* avx512 = Avx512CodecKernels()) tables.push_back(avx512);
  return tables;
}

std::vector<uint8_t> RandomBytes(std::mt19937& rng, size_t length) {
  std::vector<uint8_t> bytes(length);
  for (auto& byte : bytes) byte = static_cast<uint8_t>(rng());
  return bytes;
}

// Inputs are copied to an offset from a 64-byte boundary, so that unaligned loads are tested.
template <typename T>
std::vector<T> AtOffset(const std::vector<T>& data, size_t offset, std::vector<T>* storage) {
  storage->assign(data.size() + offset + 64, T{});
  std::copy(data.begin(), data.end(), storage->begin() + offset);
  return data;
}

std::string Base64(const CodecKernels& kernels, const uint8_t* src, size_t length, bool url) {
  std::string out(Base64EncodedLength(length, url), '\0');
  Base64EncodeWith(kernels, src, length, out.data(), url);
  return out;
}

std::vector<uint8_t> FromBase64(const CodecKernels& kernels, const std::string& text,
                                size_t capacity) {
  std::vector<uint8_t> out(capacity + 1, 0xAA);
  const size_t written = Base64DecodeWith(kernels, out.data(), capacity,
                                          reinterpret_cast<const uint8_t*>(text.data()),
                                          text.size());
  EXPECT_EQ(out[capacity], 0xAA) << "wrote past the capacity";
  out.resize(written);
  return out;
}

TEST(CodecKernels, Base64EncodeMatchesScalar) {
  std::mt19937 rng(1);
  for (const CodecKernels* table : VectorTables()) {
    for (size_t length = 0; length <= 300; length++) {
      for (size_t offset : {0, 1, 7}) {
        std::vector<uint8_t> storage;
        std::vector<uint8_t> bytes = RandomBytes(rng, length);
        AtOffset(bytes, offset, &storage);
        const uint8_t* src = storage.data() + offset;
        for (bool url : {false, true}) {
          ASSERT_EQ(Base64(*table, src, length, url), Base64(Scalar(), src, length, url))
              << table->name << " length " << length << " offset " << offset;
        }
      }
    }
  }
}

// Base64 text with Node's leniencies mixed in: either alphabet, line breaks, spaces, invalid
// bytes, high bytes, '=' (which ends the input) and truncated groups.
std::string MessyBase64(std::mt19937& rng, size_t length) {
  static const char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
  static const char kNoise[] = "\r\n \t=.!*\x80\xff\x00~";
  std::string text;
  const int noise_per_mille = static_cast<int>(rng() % 4) == 0 ? 0 : static_cast<int>(rng() % 60);
  for (size_t i = 0; i < length; i++) {
    if (static_cast<int>(rng() % 1000) < noise_per_mille) {
      text += kNoise[rng() % (sizeof(kNoise) - 1)];
    } else {
      text += kDigits[rng() % (sizeof(kDigits) - 1)];
    }
  }
  return text;
}

TEST(CodecKernels, Base64DecodeMatchesScalar) {
  std::mt19937 rng(2);
  for (const CodecKernels* table : VectorTables()) {
    for (size_t length = 0; length <= 300; length++) {
      for (int round = 0; round < 8; round++) {
        const std::string text = MessyBase64(rng, length);
        const size_t capacities[] = {length, length * 3 / 4, rng() % (length + 1), 24, 25, 0};
        for (size_t capacity : capacities) {
          ASSERT_EQ(FromBase64(*table, text, capacity), FromBase64(Scalar(), text, capacity))
              << table->name << " text '" << text << "' capacity " << capacity;
        }
      }
    }
  }
}

TEST(CodecKernels, Base64RoundTripsLongInput) {
  std::mt19937 rng(3);
  std::vector<uint8_t> bytes = RandomBytes(rng, 100000);
  for (const CodecKernels* table : VectorTables()) {
    const std::string text = Base64(*table, bytes.data(), bytes.size(), false);
    EXPECT_EQ(FromBase64(*table, text, bytes.size()), bytes);
    const std::string url = Base64(*table, bytes.data(), bytes.size(), true);
    EXPECT_EQ(FromBase64(*table, url, bytes.size()), bytes);
  }
}

TEST(CodecKernels, HexMatchesScalar) {
  std::mt19937 rng(4);
  static const char kHex[] = "0123456789abcdefABCDEF";
  for (const CodecKernels* table : VectorTables()) {
    for (size_t length = 0; length <= 300; length++) {
      std::vector<uint8_t> storage;
      std::vector<uint8_t> bytes = RandomBytes(rng, length);
      AtOffset(bytes, 3, &storage);
      std::string a(length * 2, '\0'), b(length * 2, '\0');
      HexEncodeWith(*table, storage.data() + 3, length, a.data());
      HexEncodeWith(Scalar(), storage.data() + 3, length, b.data());
      ASSERT_EQ(a, b) << table->name << " length " << length;
      for (int round = 0; round < 8; round++) {
        std::string text;
        for (size_t i = 0; i < length; i++) text += kHex[rng() % (sizeof(kHex) - 1)];
        // A bad character somewhere (or none): decoding stops at its pair.
        if (round % 2 == 1 && length > 0) {
          static const char kBad[] = "gG:/@`\x80\xff \0";
          text[rng() % length] = kBad[rng() % (sizeof(kBad) - 1)];
        }
        for (size_t capacity : {length, length / 2, static_cast<size_t>(rng() % (length + 1))}) {
          std::vector<uint8_t> x(capacity + 1, 0xAA), y(capacity + 1, 0xAA);
          const auto* src = reinterpret_cast<const uint8_t*>(text.data());
          const size_t nx = HexDecodeWith(*table, x.data(), capacity, src, text.size());
          const size_t ny = HexDecodeWith(Scalar(), y.data(), capacity, src, text.size());
          ASSERT_EQ(nx, ny) << table->name << " text " << text;
          ASSERT_EQ(x, y) << table->name << " text " << text;
        }
      }
    }
  }
}

// UTF-8 made of valid characters of every length, every invalid form and truncations.
std::string MessyUtf8(std::mt19937& rng, size_t pieces) {
  static const char* const kPieces[] = {
      "a", "Z", "0", " ", "\n", "hello world, plain ascii ", "\xc3\xa9", "\xc2\x80", "\xc3\xbf",
      "\xc4\x80", "\xdf\xbf", "\xe2\x80\x94", "\xe9\x80\x9f", "\xef\xbf\xbd", "\xe0\xa0\x80",
      "\xed\x9f\xbf", "\xf0\x9f\xa6\x8a", "\xf4\x8f\xbf\xbf", "\xf0\x90\x80\x80",
      // Invalid: lone continuations, overlongs, surrogates, past U+10FFFF, bad leads.
      "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
      "\xed\xbf\xbf", "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80",
      "\xf8\x88\x80\x80\x80", "\xfe", "\xff",
      // Truncated sequences.
      "\xc3", "\xe2\x80", "\xe2", "\xf0\x9f\xa6", "\xf0\x9f", "\xf0"};
  std::string text;
  for (size_t i = 0; i < pieces; i++) {
    const size_t pick = rng() % 3 == 0 ? 0 : rng() % (sizeof(kPieces) / sizeof(kPieces[0]));
    text += kPieces[pick];
    if (rng() % 4 == 0) text += std::string(rng() % 40, 'x');
  }
  return text;
}

std::u16string ToUtf16(const CodecKernels& kernels, const std::string& text) {
  std::u16string out(text.size() + 1, u'\0');
  out.resize(Utf8ToUtf16With(kernels, reinterpret_cast<const uint8_t*>(text.data()),
                             text.size(), out.data()));
  return out;
}

// The reference decoder: WHATWG's UTF-8 decode, one byte at a time, each maximal invalid
// subpart replaced by one U+FFFD.
std::u16string ReferenceUtf16(const std::string& text) {
  std::u16string out;
  uint32_t cp = 0;
  int needed = 0, seen = 0;
  uint8_t lower = 0x80, upper = 0xBF;
  auto emit = [&](uint32_t value) {
    if (value >= 0x10000) {
      value -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (value >> 10));
      out += static_cast<char16_t>(0xDC00 + (value & 0x3FF));
    } else {
      out += static_cast<char16_t>(value);
    }
  };
  for (size_t i = 0; i < text.size(); i++) {
    const auto byte = static_cast<uint8_t>(text[i]);
    if (needed == 0) {
      if (byte < 0x80) {
        emit(byte);
      } else if (byte >= 0xC2 && byte <= 0xDF) {
        needed = 1;
        cp = byte & 0x1F;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte == 0xE0) lower = 0xA0;
        if (byte == 0xED) upper = 0x9F;
        needed = 2;
        cp = byte & 0xF;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte == 0xF0) lower = 0x90;
        if (byte == 0xF4) upper = 0x8F;
        needed = 3;
        cp = byte & 0x7;
      } else {
        emit(0xFFFD);
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      emit(0xFFFD);
      i--;  // The byte starts over.
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (byte & 0x3F);
    if (++seen == needed) {
      emit(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed != 0) emit(0xFFFD);
  return out;
}

TEST(CodecKernels, Utf8DecodeMatchesReference) {
  std::mt19937 rng(9);
  std::vector<const CodecKernels*> tables = VectorTables();
  tables.push_back(&Scalar());
  for (const CodecKernels* table : tables) {
    for (size_t pieces = 0; pieces <= 150; pieces++) {
      for (int round = 0; round < 6; round++) {
        const std::string text = MessyUtf8(rng, pieces);
        ASSERT_EQ(ToUtf16(*table, text), ReferenceUtf16(text)) << table->name;
      }
    }
  }
}

TEST(CodecKernels, Utf8DecodeMatchesScalar) {
  std::mt19937 rng(5);
  for (const CodecKernels* table : VectorTables()) {
    for (size_t pieces = 0; pieces <= 120; pieces++) {
      for (int round = 0; round < 6; round++) {
        const std::string text = MessyUtf8(rng, pieces);
        const std::u16string expected = ToUtf16(Scalar(), text);
        ASSERT_EQ(ToUtf16(*table, text), expected) << table->name;
        // Latin-1: the same characters while every one is below U+0100.
        std::vector<uint8_t> latin1(text.size() + 1);
        size_t written_vector, written_scalar;
        const auto* src = reinterpret_cast<const uint8_t*>(text.data());
        const size_t consumed = Utf8ToLatin1With(*table, src, text.size(), latin1.data(),
                                                 &written_vector);
        std::vector<uint8_t> latin1_scalar(text.size() + 1);
        ASSERT_EQ(consumed, Utf8ToLatin1With(Scalar(), src, text.size(), latin1_scalar.data(),
                                             &written_scalar));
        ASSERT_EQ(written_vector, written_scalar);
        const std::u16string prefix = ToUtf16(Scalar(), text.substr(0, consumed));
        ASSERT_EQ(prefix.size(), written_vector);
        for (size_t i = 0; i < written_vector; i++) ASSERT_EQ(prefix[i], latin1[i]);
      }
    }
  }
}

// The reference encoder: code point by code point.
std::string ReferenceUtf8(const std::u16string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); i++) {
    uint32_t cp = text[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] < 0xE000) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (text[++i] - 0xDC00);
    } else if (cp >= 0xD800 && cp < 0xE000) {
      cp = 0xFFFD;
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

std::u16string MessyUtf16(std::mt19937& rng, size_t length) {
  std::u16string text;
  while (text.size() < length) {
    switch (rng() % 8) {
      case 0: text += static_cast<char16_t>(0xD800 + rng() % 0x400); break;  // high, maybe lone
      case 1: text += static_cast<char16_t>(0xDC00 + rng() % 0x400); break;  // low, maybe lone
      case 2: text += u"\U0001F98A"; break;
      case 3: text += static_cast<char16_t>(0x80 + rng() % 0x780); break;
      case 4: text += static_cast<char16_t>(0x800 + rng() % 0xF7FF); break;
      default: text += static_cast<char16_t>(rng() % 0x80); break;
    }
    if (rng() % 6 == 0) text += std::u16string(rng() % 50, u'a');
  }
  text.resize(length);
  return text;
}

std::string FromUtf16(const CodecKernels& kernels, const std::u16string& text, size_t capacity,
                      size_t* read) {
  std::string out(capacity + 1, '\xAA');
  out.resize(Utf16ToUtf8With(kernels, text.data(), text.size(),
                             reinterpret_cast<uint8_t*>(out.data()), capacity, read));
  return out;
}

TEST(CodecKernels, Utf16EncodeMatchesReference) {
  std::mt19937 rng(6);
  std::vector<const CodecKernels*> tables = VectorTables();
  tables.push_back(&Scalar());
  for (const CodecKernels* table : tables) {
    for (size_t length = 0; length <= 300; length++) {
      for (int round = 0; round < 4; round++) {
        const std::u16string text = MessyUtf16(rng, length);
        const std::string expected = ReferenceUtf8(text);
        ASSERT_EQ(Utf16Utf8LengthWith(*table, text.data(), text.size()), expected.size())
            << table->name;
        size_t read;
        ASSERT_EQ(FromUtf16(*table, text, expected.size() + 5, &read), expected) << table->name;
        ASSERT_EQ(read, text.size());
        // A smaller capacity writes whole characters only: a prefix of the full result that
        // is itself the encoding of the units read.
        const size_t capacity = rng() % (expected.size() + 1);
        const std::string cut = FromUtf16(*table, text, capacity, &read);
        ASSERT_LE(cut.size(), capacity);
        ASSERT_EQ(cut, ReferenceUtf8(text.substr(0, read))) << table->name;
        ASSERT_GT(cut.size() + 4, capacity);
      }
    }
  }
}

TEST(CodecKernels, Utf16WithoutSurrogatesMatchesReference) {
  std::mt19937 rng(8);
  for (const CodecKernels* table : VectorTables()) {
    for (size_t length = 0; length <= 300; length++) {
      std::u16string text(length, u'\0');
      const int mix = static_cast<int>(rng() % 4);
      for (auto& unit : text) {
        const uint32_t kind = mix == 0 ? 0 : rng() % 3;
        unit = static_cast<char16_t>(kind == 0   ? rng() % 0x80
                                     : kind == 1 ? 0x80 + rng() % 0x780
                                                 : 0x800 + rng() % (0xD800 - 0x800));
        if (rng() % 50 == 0) unit = static_cast<char16_t>(0xE000 + rng() % 0x2000);
      }
      const std::string expected = ReferenceUtf8(text);
      for (size_t capacity : {expected.size(), static_cast<size_t>(rng() % (expected.size() + 1))}) {
        size_t read;
        const std::string out = FromUtf16(*table, text, capacity, &read);
        ASSERT_EQ(out, ReferenceUtf8(text.substr(0, read))) << table->name;
        ASSERT_EQ(out, expected.substr(0, out.size()));
        ASSERT_GT(out.size() + 4, capacity);
      }
    }
  }
}

TEST(CodecKernels, SurrogatePairsAcrossBlockEdges) {
  for (const CodecKernels* table : VectorTables()) {
    for (size_t at = 0; at < 70; at++) {
      std::u16string text(80, u'a');
      text[at] = 0xD83E;
      text[at + 1] = 0xDD8A;
      size_t read;
      ASSERT_EQ(FromUtf16(*table, text, 400, &read), ReferenceUtf8(text)) << at;
      ASSERT_EQ(Utf16Utf8LengthWith(*table, text.data(), text.size()), 82u);
      text[at + 1] = u'b';  // Now a lone high surrogate.
      ASSERT_EQ(FromUtf16(*table, text, 400, &read), ReferenceUtf8(text)) << at;
      ASSERT_EQ(Utf16Utf8LengthWith(*table, text.data(), text.size()), 82u);
    }
  }
}

TEST(CodecKernels, Latin1EncodeMatchesScalar) {
  std::mt19937 rng(7);
  for (const CodecKernels* table : VectorTables()) {
    for (size_t length = 0; length <= 300; length++) {
      std::vector<uint8_t> text = RandomBytes(rng, length);
      if (rng() % 2) {
        for (auto& byte : text) byte &= rng() % 8 == 0 ? 0xFF : 0x7F;
      }
      const size_t full = Latin1Utf8LengthWith(Scalar(), text.data(), text.size());
      ASSERT_EQ(Latin1Utf8LengthWith(*table, text.data(), text.size()), full);
      for (size_t capacity : {full, static_cast<size_t>(rng() % (full + 1))}) {
        std::vector<uint8_t> a(capacity + 1), b(capacity + 1);
        size_t read_a, read_b;
        const size_t na = Latin1ToUtf8With(*table, text.data(), text.size(), a.data(), capacity,
                                           &read_a);
        const size_t nb = Latin1ToUtf8With(Scalar(), text.data(), text.size(), b.data(),
                                           capacity, &read_b);
        ASSERT_EQ(na, nb);
        ASSERT_EQ(read_a, read_b);
        ASSERT_EQ(a, b);
      }
    }
  }
}

}  // namespace
}  // namespace kiln
