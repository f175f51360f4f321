// Vector UTF-8 validation and decoding for the kernel tables of codec_kernels.h.
//
// Validation follows the published method of Keiser and Lemire ("Validating UTF-8 in less than
// one instruction per byte", 2021): every byte is checked together with the byte before it
// through three 16-entry tables, indexed by the high and low nibble of the previous byte and
// the high nibble of the current one. Each table entry is a set of error kinds that the nibble
// allows; an error kind present in all three is an error. The two- and three-byte look-behind
// (a third or fourth byte must be a continuation) is one extra comparison. The tables below
// were written from that description.
//
// Decoding valid UTF-8 (AVX-512 VBMI2) takes 64 bytes at a time: every character start gives
// one UTF-16 unit, and a four-byte character gives a second one, which starts at its third
// byte. Byte compression gathers, for each unit, the byte at its start and the two after it;
// the unit is then computed from those three bytes in 16-bit lanes, by the kind of its first.
#include <immintrin.h>

#include "codec_kernels_utf8.h"

namespace kiln {
namespace {

// Error kinds, one bit each (two kinds that never meet share a bit).
constexpr uint8_t kTooShort = 1 << 0;      // lead, then no continuation
constexpr uint8_t kTooLong = 1 << 1;       // ASCII, then a continuation
constexpr uint8_t kOverlong3 = 1 << 2;     // E0 80..9F
constexpr uint8_t kTooLarge = 1 << 3;      // F4 90..BF, F5..FF 90..BF
constexpr uint8_t kSurrogate = 1 << 4;     // ED A0..BF
constexpr uint8_t kOverlong2 = 1 << 5;     // C0 or C1, then a continuation
constexpr uint8_t kTooLarge1000 = 1 << 6;  // F5..FF 80..8F
constexpr uint8_t kOverlong4 = 1 << 6;     // F0 80..8F
constexpr uint8_t kTwoConts = 1 << 7;      // a continuation after a continuation
// The kinds decided by the high nibbles alone pass through the low-nibble table.
constexpr uint8_t kCarry = kTooShort | kTooLong | kTwoConts;

constexpr uint8_t kPrevHigh[16] = {
    kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
    kTwoConts, kTwoConts, kTwoConts, kTwoConts,
    kTooShort | kOverlong2,
    kTooShort,
    kTooShort | kOverlong3 | kSurrogate,
    kTooShort | kTooLarge | kTooLarge1000 | kOverlong4,
};
constexpr uint8_t kPrevLow[16] = {
    kCarry | kOverlong3 | kOverlong2 | kOverlong4,
    kCarry | kOverlong2,
    kCarry,
    kCarry,
    kCarry | kTooLarge,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
    kCarry | kTooLarge | kTooLarge1000,
    kCarry | kTooLarge | kTooLarge1000,
};
constexpr uint8_t kCurrentHigh[16] = {
    kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge1000 | kOverlong4,
    kTooLong | kOverlong2 | kTwoConts | kOverlong3 | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooLong | kOverlong2 | kTwoConts | kSurrogate | kTooLarge,
    kTooShort, kTooShort, kTooShort, kTooShort,
};

// After a block that ends inside a character, the scan resumes at that character's lead:
// moves *end back to it and takes back the units counted for it.
void CutToCharacter(const uint8_t* src, size_t* end, size_t* units) {
  const size_t at = *end;
  size_t lead = at;
  if (at >= 1 && src[at - 1] >= 0xC0) {
    lead = at - 1;
  } else if (at >= 2 && src[at - 2] >= 0xE0) {
    lead = at - 2;
  } else if (at >= 3 && src[at - 3] >= 0xF0) {
    lead = at - 3;
  }
  if (lead == at) return;
  *units -= src[lead] >= 0xF0 ? 2 : 1;
  *end = lead;
}

#define KILN_AVX2 __attribute__((target("avx2,bmi2,popcnt")))

KILN_AVX2 inline __m256i Table256(const uint8_t (&table)[16]) {
  const __m128i half = _mm_loadu_si128(reinterpret_cast<const __m128i*>(table));
  return _mm256_broadcastsi128_si256(half);
}

// The bytes of (previous, current) shifted by `k` bytes: byte i is the one k before byte i of
// `current`.
template <int k>
KILN_AVX2 inline __m256i Behind(__m256i previous, __m256i current) {
  return _mm256_alignr_epi8(current, _mm256_permute2x128_si256(previous, current, 0x21), 16 - k);
}

}  // namespace

KILN_AVX2 size_t Utf8ScanAvx2(const uint8_t* src, size_t length, size_t* units,
                              uint8_t* max_lead) {
  const __m256i prev_high = Table256(kPrevHigh);
  const __m256i prev_low = Table256(kPrevLow);
  const __m256i current_high = Table256(kCurrentHigh);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  // A block ends inside a character when one of its last three bytes starts one too long.
  const __m256i incomplete = _mm256_setr_epi8(
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,  //
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      static_cast<char>(0xEF), static_cast<char>(0xDF), static_cast<char>(0xBF));
  const __m256i flip = _mm256_set1_epi8(static_cast<char>(0x80));
  __m256i previous = _mm256_setzero_si256();
  __m256i largest = _mm256_setzero_si256();
  bool pending = false;
  size_t count = 0;
  size_t i = 0;
  for (; i + 32 <= length; i += 32) {
    const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    const auto high = static_cast<uint32_t>(_mm256_movemask_epi8(in));
    if (high == 0) {
      if (pending) break;
      count += 32;
      previous = in;
      continue;
    }
    const __m256i prev1 = Behind<1>(previous, in);
    const __m256i prev2 = Behind<2>(previous, in);
    const __m256i prev3 = Behind<3>(previous, in);
    const __m256i a = _mm256_shuffle_epi8(prev_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
    const __m256i b = _mm256_shuffle_epi8(prev_low, _mm256_and_si256(prev1, nibble));
    const __m256i c = _mm256_shuffle_epi8(current_high, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
    const __m256i special = _mm256_and_si256(_mm256_and_si256(a, b), c);
    // Bytes that must be a third or fourth byte: 0x80 there, as kTwoConts gives.
    const __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    const __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    const __m256i must = _mm256_and_si256(_mm256_or_si256(third, fourth), flip);
    const __m256i error = _mm256_xor_si256(special, must);
    if (!_mm256_testz_si256(error, error)) break;
    // Continuations are 0x80..0xBF: below 0xC0 signed, and negative.
    const auto continuation = static_cast<uint32_t>(_mm256_movemask_epi8(
        _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(0xC0)), in)));
    const auto four = static_cast<uint32_t>(_mm256_movemask_epi8(
        _mm256_cmpeq_epi8(_mm256_max_epu8(in, _mm256_set1_epi8(static_cast<char>(0xF0))), in)));
    count += 32 - static_cast<size_t>(__builtin_popcount(continuation)) +
             static_cast<size_t>(__builtin_popcount(four));
    largest = _mm256_max_epu8(largest, in);
    // Signed compare of the flipped bytes = unsigned compare.
    pending = _mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_xor_si256(in, flip),
                                                     _mm256_xor_si256(incomplete, flip))) != 0;
    previous = in;
  }
  if (pending) CutToCharacter(src, &i, &count);
  alignas(32) uint8_t bytes[32];
  _mm256_store_si256(reinterpret_cast<__m256i*>(bytes), largest);
  uint8_t top = *max_lead;
  for (uint8_t byte : bytes) top = byte > top ? byte : top;
  *max_lead = top;
  *units += count;
  return i;
}

#define KILN_AVX512 \
  __attribute__((target("avx2,bmi2,popcnt,avx512f,avx512bw,avx512vbmi,avx512vbmi2")))

namespace {

KILN_AVX512 inline __m512i Table512(const uint8_t (&table)[16]) {
  return _mm512_broadcast_i32x4(_mm_loadu_si128(reinterpret_cast<const __m128i*>(table)));
}

KILN_AVX512 inline __m512i Bytes512(uint8_t value) {
  return _mm512_set1_epi8(static_cast<char>(value));
}

KILN_AVX512 inline __m512i Units512(uint16_t value) {
  return _mm512_set1_epi16(static_cast<short>(value));
}

// Byte i of the result is byte i - k of (previous, current).
KILN_AVX512 inline __m512i Behind512(__m512i previous, __m512i current, int k) {
  const __m512i index = _mm512_add_epi8(
      _mm512_set_epi8(63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45,
                      44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26,
                      25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6,
                      5, 4, 3, 2, 1, 0),
      Bytes512(static_cast<uint8_t>(64 - k)));
  return _mm512_permutex2var_epi8(previous, index, current);
}

// The UTF-16 units of 32 characters from the first three bytes of each (zero-extended).
KILN_AVX512 inline __m512i Units(__m512i b0, __m512i b1, __m512i b2) {
  const __m512i c1 = _mm512_and_si512(b1, Units512(0x3F));
  const __m512i c2 = _mm512_and_si512(b2, Units512(0x3F));
  const __m512i two = _mm512_or_si512(_mm512_slli_epi16(_mm512_and_si512(b0, Units512(0x1F)), 6), c1);
  const __m512i three = _mm512_or_si512(
      _mm512_or_si512(_mm512_slli_epi16(b0, 12), _mm512_slli_epi16(c1, 6)), c2);
  // The first unit of a four-byte character: 0xD800 + ((code point - 0x10000) >> 10).
  const __m512i high = _mm512_add_epi16(
      _mm512_or_si512(_mm512_or_si512(_mm512_slli_epi16(_mm512_and_si512(b0, Units512(0x07)), 8),
                                      _mm512_slli_epi16(c1, 2)),
                      _mm512_srli_epi16(c2, 4)),
      Units512(0xD7C0));
  // The second starts at the third byte, a continuation: 0xDC00 + its low 4 bits and the last 6.
  const __m512i low = _mm512_or_si512(
      _mm512_or_si512(_mm512_slli_epi16(_mm512_and_si512(b0, Units512(0x0F)), 6), c1),
      Units512(0xDC00));
  __m512i units = three;
  units = _mm512_mask_mov_epi16(units, _mm512_cmplt_epu16_mask(b0, Units512(0xE0)), two);
  units = _mm512_mask_mov_epi16(units, _mm512_cmplt_epu16_mask(b0, Units512(0xC0)), low);
  units = _mm512_mask_mov_epi16(units, _mm512_cmplt_epu16_mask(b0, Units512(0x80)), b0);
  units = _mm512_mask_mov_epi16(units, _mm512_cmpge_epu16_mask(b0, Units512(0xF0)), high);
  return units;
}

}  // namespace

KILN_AVX512 size_t Utf8ScanAvx512(const uint8_t* src, size_t length, size_t* units,
                                  uint8_t* max_lead) {
  const __m512i prev_high = Table512(kPrevHigh);
  const __m512i prev_low = Table512(kPrevLow);
  const __m512i current_high = Table512(kCurrentHigh);
  const __m512i nibble = Bytes512(0x0F);
  __m512i previous = _mm512_setzero_si512();
  __m512i largest = _mm512_setzero_si512();
  bool pending = false;
  size_t count = 0;
  size_t i = 0;
  for (; i + 64 <= length; i += 64) {
    const __m512i in = _mm512_loadu_si512(src + i);
    if (_mm512_movepi8_mask(in) == 0) {
      if (pending) break;
      count += 64;
      previous = in;
      continue;
    }
    const __m512i prev1 = Behind512(previous, in, 1);
    const __m512i a = _mm512_shuffle_epi8(prev_high, _mm512_and_si512(_mm512_srli_epi16(prev1, 4), nibble));
    const __m512i b = _mm512_shuffle_epi8(prev_low, _mm512_and_si512(prev1, nibble));
    const __m512i c = _mm512_shuffle_epi8(current_high, _mm512_and_si512(_mm512_srli_epi16(in, 4), nibble));
    const __m512i special = _mm512_ternarylogic_epi32(a, b, c, 0x80);  // a & b & c
    const __mmask64 must =
        _mm512_cmpge_epu8_mask(Behind512(previous, in, 2), Bytes512(0xE0)) |
        _mm512_cmpge_epu8_mask(Behind512(previous, in, 3), Bytes512(0xF0));
    const __m512i error = _mm512_xor_si512(special, _mm512_maskz_mov_epi8(must, Bytes512(0x80)));
    if (_mm512_test_epi8_mask(error, error) != 0) break;
    const __mmask64 continuation = _mm512_cmplt_epi8_mask(in, Bytes512(0xC0));
    const __mmask64 four = _mm512_cmpge_epu8_mask(in, Bytes512(0xF0));
    count += 64 - static_cast<size_t>(__builtin_popcountll(continuation)) +
             static_cast<size_t>(__builtin_popcountll(four));
    largest = _mm512_max_epu8(largest, in);
    const __m512i incomplete = _mm512_set_epi64(
        static_cast<long long>(0xC0E0F0FFFFFFFFFFULL), -1, -1, -1, -1, -1, -1, -1);
    pending = _mm512_mask_cmpge_epu8_mask(0xE000000000000000ULL, in, incomplete) != 0;
    previous = in;
  }
  if (pending) CutToCharacter(src, &i, &count);
  alignas(64) uint8_t bytes[64];
  _mm512_store_si512(bytes, largest);
  uint8_t top = *max_lead;
  for (uint8_t byte : bytes) top = byte > top ? byte : top;
  *max_lead = top;
  *units += count;
  return i;
}

KILN_AVX512 size_t Utf8ToUtf16ValidAvx512(const uint8_t* src, size_t length, char16_t* dst,
                                          size_t capacity, size_t* written) {
  size_t i = 0;
  size_t o = 0;
  while (i + 64 <= length && o + 64 <= capacity) {
    const __m512i in = _mm512_loadu_si512(src + i);
    if (_mm512_movepi8_mask(in) == 0) {
      _mm512_storeu_si512(dst + o, _mm512_cvtepu8_epi16(_mm512_castsi512_si256(in)));
      _mm512_storeu_si512(dst + o + 32, _mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(in, 1)));
      i += 64;
      o += 64;
      continue;
    }
    const __mmask64 leads = ~_mm512_cmplt_epi8_mask(in, Bytes512(0xC0));
    // Characters that start at 61..63 may not end in this block: they wait for the next one.
    const uint64_t late = leads & 0xE000000000000000ULL;
    const size_t end = late != 0 ? static_cast<size_t>(__builtin_ctzll(late)) : 64;
    const uint64_t keep = end == 64 ? ~0ULL : (1ULL << end) - 1;
    const uint64_t four = _mm512_cmpge_epu8_mask(in, Bytes512(0xF0)) & keep;
    const uint64_t starts = (leads & keep) | (four << 2);
    // No start is past 62, so the third byte of every unit but a last low surrogate (which
    // does not need it) is in the block.
    const __m512i b0 = _mm512_maskz_compress_epi8(starts, in);
    const __m512i b1 = _mm512_maskz_compress_epi8(starts << 1, in);
    const __m512i b2 = _mm512_maskz_compress_epi8(starts << 2, in);
    const auto count = static_cast<size_t>(__builtin_popcountll(starts));
    const __m512i low = Units(_mm512_cvtepu8_epi16(_mm512_castsi512_si256(b0)),
                              _mm512_cvtepu8_epi16(_mm512_castsi512_si256(b1)),
                              _mm512_cvtepu8_epi16(_mm512_castsi512_si256(b2)));
    if (count >= 32) {
      _mm512_storeu_si512(dst + o, low);
      if (count > 32) {
        const __m512i high = Units(_mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(b0, 1)),
                                   _mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(b1, 1)),
                                   _mm512_cvtepu8_epi16(_mm512_extracti64x4_epi64(b2, 1)));
        _mm512_mask_storeu_epi16(dst + o + 32, static_cast<__mmask32>((1ULL << (count - 32)) - 1),
                                 high);
      }
    } else {
      _mm512_mask_storeu_epi16(dst + o, static_cast<__mmask32>((1ULL << count) - 1), low);
    }
    i += end;
    o += count;
  }
  *written = o;
  return i;
}

// Valid UTF-8 of characters below U+0100 is ASCII bytes and C2/C3 pairs: one output byte per
// character start, from its first two bytes.
KILN_AVX512 size_t Utf8ToLatin1ValidAvx512(const uint8_t* src, size_t length, uint8_t* dst,
                                           size_t capacity, size_t* written) {
  size_t i = 0;
  size_t o = 0;
  while (i + 64 <= length && o + 64 <= capacity) {
    const __m512i in = _mm512_loadu_si512(src + i);
    if (_mm512_movepi8_mask(in) == 0) {
      _mm512_storeu_si512(dst + o, in);
      i += 64;
      o += 64;
      continue;
    }
    // A pair that starts at byte 63 waits for the next block.
    const bool split = (_mm512_cmpge_epu8_mask(in, Bytes512(0xC0)) >> 63) != 0;
    const size_t end = split ? 63 : 64;
    const uint64_t starts =
        ~_mm512_cmplt_epi8_mask(in, Bytes512(0xC0)) & (split ? (1ULL << 63) - 1 : ~0ULL);
    const __m512i b0 = _mm512_maskz_compress_epi8(starts, in);
    const __m512i b1 = _mm512_maskz_compress_epi8(starts << 1, in);
    // The lead's low two bits become the top two; a 16-bit shift by 6 keeps them in their byte.
    const __m512i pair = _mm512_or_si512(
        _mm512_and_si512(_mm512_slli_epi16(b0, 6), Bytes512(0xC0)),
        _mm512_and_si512(b1, Bytes512(0x3F)));
    const __m512i out = _mm512_mask_blend_epi8(_mm512_movepi8_mask(b0), b0, pair);
    const auto count = static_cast<size_t>(__builtin_popcountll(starts));
    _mm512_mask_storeu_epi8(dst + o, count == 64 ? ~0ULL : (1ULL << count) - 1, out);
    i += end;
    o += count;
  }
  *written = o;
  return i;
}

}  // namespace kiln
