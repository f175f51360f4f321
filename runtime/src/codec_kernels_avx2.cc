// The AVX2 and AVX-512 tables of codec_kernels.h. Every function is compiled for its instruction
// set alone (the rest of the binary stays baseline x86-64) and only called once the CPU is
// known to have it.
#include <immintrin.h>

#include "codec_kernels.h"
#include "codec_kernels_utf8.h"

#define KILN_AVX2 __attribute__((target("avx2,bmi2,popcnt")))

namespace kiln {
namespace {

KILN_AVX2 inline __m256i Load(const void* at) {
  return _mm256_loadu_si256(static_cast<const __m256i*>(at));
}
KILN_AVX2 inline void Store(void* at, __m256i value) {
  _mm256_storeu_si256(static_cast<__m256i*>(at), value);
}
KILN_AVX2 inline __m256i Bytes(char value) { return _mm256_set1_epi8(value); }

// Wojciech Muła's base64 encoding with AVX2: 24 bytes into 32 characters per step.
KILN_AVX2 size_t Base64EncodeAvx2(const uint8_t* src, size_t length, char* dst, bool url) {
  const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,  //
                                          1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const char c62 = url ? '-' : '+';
  const char c63 = url ? '_' : '/';
  const __m256i offsets = _mm256_setr_epi8(
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, static_cast<char>(c62 - 62), static_cast<char>(c63 - 63), 'A', 0, 0,
      'a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
      '0' - 52, '0' - 52, static_cast<char>(c62 - 62), static_cast<char>(c63 - 63), 'A', 0, 0);
  size_t i = 0;
  // Each step reads 28 bytes (two 16-byte loads 12 apart) and consumes 24.
  for (; i + 28 <= length; i += 24, dst += 32) {
    const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12));
    __m256i in = _mm256_inserti128_si256(_mm256_castsi128_si256(low), high, 1);
    in = _mm256_shuffle_epi8(in, spread);
    const __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00));
    const __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    const __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0));
    const __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    const __m256i indices = _mm256_or_si256(t1, t3);
    // 0..25 -> 13, 26..51 -> 0, 52..61 -> 1..10, 62 -> 11, 63 -> 12: the offset's slot.
    __m256i slot = _mm256_subs_epu8(indices, Bytes(51));
    const __m256i upper = _mm256_cmpgt_epi8(Bytes(26), indices);
    slot = _mm256_or_si256(slot, _mm256_and_si256(upper, Bytes(13)));
    Store(dst, _mm256_add_epi8(_mm256_shuffle_epi8(offsets, slot), indices));
  }
  return i;
}

// The 6-bit values of 32 base64 digits of either alphabet; *valid gets a bit per byte that
// is a digit.
KILN_AVX2 inline __m256i Base64Values(__m256i in, uint32_t* valid) {
  // Signed compares: bytes >= 0x80 are negative and fall in no range.
  const __m256i upper = _mm256_and_si256(_mm256_cmpgt_epi8(in, Bytes('A' - 1)),
                                         _mm256_cmpgt_epi8(Bytes('Z' + 1), in));
  const __m256i lower = _mm256_and_si256(_mm256_cmpgt_epi8(in, Bytes('a' - 1)),
                                         _mm256_cmpgt_epi8(Bytes('z' + 1), in));
  const __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(in, Bytes('0' - 1)),
                                         _mm256_cmpgt_epi8(Bytes('9' + 1), in));
  const __m256i plus = _mm256_or_si256(_mm256_cmpeq_epi8(in, Bytes('+')),
                                       _mm256_cmpeq_epi8(in, Bytes('-')));
  const __m256i slash = _mm256_or_si256(_mm256_cmpeq_epi8(in, Bytes('/')),
                                        _mm256_cmpeq_epi8(in, Bytes('_')));
  __m256i shift = _mm256_and_si256(upper, Bytes(-'A'));
  shift = _mm256_or_si256(shift, _mm256_and_si256(lower, Bytes(26 - 'a')));
  shift = _mm256_or_si256(shift, _mm256_and_si256(digit, Bytes(52 - '0')));
  __m256i values = _mm256_add_epi8(in, shift);
  values = _mm256_blendv_epi8(values, Bytes(62), plus);
  values = _mm256_blendv_epi8(values, Bytes(63), slash);
  const __m256i any = _mm256_or_si256(_mm256_or_si256(upper, lower),
                                      _mm256_or_si256(digit, _mm256_or_si256(plus, slash)));
  *valid = static_cast<uint32_t>(_mm256_movemask_epi8(any));
  return values;
}

KILN_AVX2 size_t Base64DecodeAvx2(const uint8_t* src, size_t length, uint8_t* dst,
                                  size_t dst_length) {
  const __m256i gather = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
                                          2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  size_t i = 0;
  size_t written = 0;
  for (; i + 32 <= length && written + 24 <= dst_length; i += 32, written += 24) {
    uint32_t valid;
    const __m256i values = Base64Values(Load(src + i), &valid);
    if (valid != 0xFFFFFFFFu) break;
    const __m256i pairs = _mm256_maddubs_epi16(values, _mm256_set1_epi32(0x01400140));
    const __m256i triples = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
    const __m256i packed = _mm256_shuffle_epi8(triples, gather);
    const __m256i joined = _mm256_permutevar8x32_epi32(packed, _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + written), _mm256_castsi256_si128(joined));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + written + 16),
                     _mm256_extracti128_si256(joined, 1));
  }
  return i;
}

KILN_AVX2 size_t HexEncodeAvx2(const uint8_t* src, size_t length, char* dst) {
  const __m256i digits = _mm256_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a',
                                          'b', 'c', 'd', 'e', 'f', '0', '1', '2', '3', '4', '5',
                                          '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f');
  const __m256i nibble = Bytes(0x0F);
  size_t i = 0;
  for (; i + 32 <= length; i += 32, dst += 64) {
    const __m256i in = Load(src + i);
    const __m256i high = _mm256_shuffle_epi8(digits, _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble));
    const __m256i low = _mm256_shuffle_epi8(digits, _mm256_and_si256(in, nibble));
    const __m256i a = _mm256_unpacklo_epi8(high, low);  // bytes 0-7 | 16-23
    const __m256i b = _mm256_unpackhi_epi8(high, low);  // bytes 8-15 | 24-31
    Store(dst, _mm256_permute2x128_si256(a, b, 0x20));
    Store(dst + 32, _mm256_permute2x128_si256(a, b, 0x31));
  }
  return i;
}

KILN_AVX2 size_t HexDecodeAvx2(const uint8_t* src, size_t length, uint8_t* dst,
                               size_t dst_length) {
  size_t written = 0;
  while (written * 2 + 32 <= length && written + 16 <= dst_length) {
    const __m256i in = Load(src + written * 2);
    const __m256i digit = _mm256_and_si256(_mm256_cmpgt_epi8(in, Bytes('0' - 1)),
                                           _mm256_cmpgt_epi8(Bytes('9' + 1), in));
    const __m256i folded = _mm256_or_si256(in, Bytes(0x20));
    const __m256i letter = _mm256_and_si256(_mm256_cmpgt_epi8(folded, Bytes('a' - 1)),
                                            _mm256_cmpgt_epi8(Bytes('f' + 1), folded));
    if (static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(digit, letter))) !=
        0xFFFFFFFFu) {
      break;
    }
    const __m256i values =
        _mm256_or_si256(_mm256_and_si256(digit, _mm256_sub_epi8(in, Bytes('0'))),
                        _mm256_and_si256(letter, _mm256_sub_epi8(folded, Bytes('a' - 10))));
    // high * 16 + low in each 16-bit pair, then narrowed to bytes.
    const __m256i words = _mm256_maddubs_epi16(values, _mm256_set1_epi16(0x0110));
    const __m256i packed = _mm256_packus_epi16(words, words);
    const __m256i joined = _mm256_permute4x64_epi64(packed, 0x08);  // qwords 0, 2
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + written), _mm256_castsi256_si128(joined));
    written += 16;
  }
  return written;
}

KILN_AVX2 size_t AsciiPrefixAvx2(const uint8_t* src, size_t length) {
  size_t i = 0;
  for (; i + 32 <= length; i += 32) {
    const auto high = static_cast<uint32_t>(_mm256_movemask_epi8(Load(src + i)));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(high));
  }
  return i;
}

KILN_AVX2 size_t WidenAsciiAvx2(const uint8_t* src, size_t length, char16_t* dst) {
  size_t i = 0;
  for (; i + 16 <= length; i += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    if (_mm_movemask_epi8(chunk) != 0) break;
    Store(dst + i, _mm256_cvtepu8_epi16(chunk));
  }
  return i;
}

KILN_AVX2 size_t NarrowAsciiAvx2(const char16_t* src, size_t length, uint8_t* dst) {
  const __m256i high_bits = _mm256_set1_epi16(static_cast<short>(0xFF80));
  size_t i = 0;
  for (; i + 32 <= length; i += 32) {
    const __m256i a = Load(src + i);
    const __m256i b = Load(src + i + 16);
    if (!_mm256_testz_si256(_mm256_or_si256(a, b), high_bits)) break;
    Store(dst + i, _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8));
  }
  return i;
}

// UTF-8 length of 16 units at a time: 1 byte each, one more for each unit >= 0x80, one more
// again for each >= 0x800. That counts 3 for each surrogate, right for a lone one (U+FFFD) and
// 2 too many for each pair. A pair whose high half ends the block is counted whole, with the
// first unit of the next block.
KILN_AVX2 size_t Utf16Utf8LengthAvx2(const char16_t* src, size_t length, size_t* consumed) {
  const __m256i bias = _mm256_set1_epi16(static_cast<short>(0x8000));
  // Unsigned compares through the sign-flip trick.
  const __m256i at_least_80 = _mm256_set1_epi16(static_cast<short>(0x7F ^ 0x8000));
  const __m256i at_least_800 = _mm256_set1_epi16(static_cast<short>(0x7FF ^ 0x8000));
  const __m256i half_mask = _mm256_set1_epi16(static_cast<short>(0xFC00));
  const __m256i high_tag = _mm256_set1_epi16(static_cast<short>(0xD800));
  const __m256i low_tag = _mm256_set1_epi16(static_cast<short>(0xDC00));
  size_t bytes = 0;
  size_t i = 0;
  while (i + 17 <= length) {
    const __m256i in = Load(src + i);
    const __m256i flipped = _mm256_xor_si256(in, bias);
    const auto two = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_cmpgt_epi16(flipped, at_least_80)));
    const auto three = static_cast<uint32_t>(
        _mm256_movemask_epi8(_mm256_cmpgt_epi16(flipped, at_least_800)));
    // Each unit sets two mask bits.
    bytes += 16 + (static_cast<size_t>(__builtin_popcount(two)) >> 1) +
             (static_cast<size_t>(__builtin_popcount(three)) >> 1);
    const __m256i high = _mm256_cmpeq_epi16(_mm256_and_si256(in, half_mask), high_tag);
    if (_mm256_testz_si256(high, high)) {
      i += 16;
      continue;
    }
    const __m256i low_next =
        _mm256_cmpeq_epi16(_mm256_and_si256(Load(src + i + 1), half_mask), low_tag);
    const auto pairs =
        static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_and_si256(high, low_next)));
    bytes -= static_cast<size_t>(__builtin_popcount(pairs));  // 2 bits, 2 bytes each
    if (pairs >> 31) {
      bytes += 3;
      i += 17;
    } else {
      i += 16;
    }
  }
  *consumed = i;
  return bytes;
}

KILN_AVX2 size_t CountHighBytesAvx2(const uint8_t* src, size_t length) {
  size_t count = 0;
  size_t i = 0;
  for (; i + 32 <= length; i += 32) {
    count += static_cast<size_t>(
        __builtin_popcount(static_cast<uint32_t>(_mm256_movemask_epi8(Load(src + i)))));
  }
  for (; i < length; i++) count += src[i] >> 7;
  return count;
}

size_t NoUtf16ToUtf8(const char16_t*, size_t, uint8_t*, size_t, size_t* consumed) {
  *consumed = 0;
  return 0;
}

size_t NoUtf8ToUtf16Valid(const uint8_t*, size_t, char16_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}

size_t NoUtf8ToLatin1Valid(const uint8_t*, size_t, uint8_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}

#define KILN_AVX512 __attribute__((target("avx2,bmi2,popcnt,avx512f,avx512bw,avx512vbmi2")))

// 16 units at a time: each unit is spread into a 32-bit lane holding its 1 to 4 UTF-8 bytes
// (the whole character for the high half of a surrogate pair, none for the low half, U+FFFD
// for a lone surrogate), and VBMI2's byte compress packs the used bytes together. A pair whose
// high half ends the block is encoded whole, with the first unit of the next block.
KILN_AVX512 size_t Utf16ToUtf8Avx512(const char16_t* src, size_t length, uint8_t* dst,
                                     size_t capacity, size_t* consumed) {
  const __m256i surrogate_mask = _mm256_set1_epi16(static_cast<short>(0xF800));
  const __m256i surrogate_tag = _mm256_set1_epi16(static_cast<short>(0xD800));
  const __m512i byte_index = _mm512_set1_epi32(0x03020100);
  const __m512i low6 = _mm512_set1_epi32(0x3F);
  const __m512i continuation = _mm512_set1_epi32(0x80);
  size_t i = 0;
  size_t o = 0;
  while (i + 17 <= length && o + 64 <= capacity) {
    const __m256i in = Load(src + i);
    const __m256i surrogate =
        _mm256_cmpeq_epi16(_mm256_and_si256(in, surrogate_mask), surrogate_tag);
    __m512i u = _mm512_cvtepu16_epi32(in);
    __mmask16 pairs = 0;
    __mmask16 seconds = 0;
    __m512i four = _mm512_setzero_si512();
    if (!_mm256_testz_si256(surrogate, surrogate)) {
      const __m512i next = _mm512_cvtepu16_epi32(Load(src + i + 1));
      const __mmask16 high =
          _mm512_cmpeq_epi32_mask(_mm512_and_si512(u, _mm512_set1_epi32(0xFC00)),
                                  _mm512_set1_epi32(0xD800));
      const __mmask16 low_next =
          _mm512_cmpeq_epi32_mask(_mm512_and_si512(next, _mm512_set1_epi32(0xFC00)),
                                  _mm512_set1_epi32(0xDC00));
      pairs = high & low_next;
      seconds = static_cast<__mmask16>(pairs << 1);
      const __mmask16 any = _mm512_cmpeq_epi32_mask(
          _mm512_and_si512(u, _mm512_set1_epi32(0xF800)), _mm512_set1_epi32(0xD800));
      u = _mm512_mask_mov_epi32(u, any & ~pairs & ~seconds, _mm512_set1_epi32(0xFFFD));
      // 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      const __m512i cp = _mm512_sub_epi32(_mm512_add_epi32(_mm512_slli_epi32(u, 10), next),
                                          _mm512_set1_epi32(0x35FDC00));
      four = _mm512_or_si512(
          _mm512_or_si512(_mm512_set1_epi32(0xF0), _mm512_srli_epi32(cp, 18)),
          _mm512_slli_epi32(
              _mm512_or_si512(
                  _mm512_or_si512(continuation, _mm512_and_si512(_mm512_srli_epi32(cp, 12), low6)),
                  _mm512_slli_epi32(
                      _mm512_or_si512(
                          _mm512_or_si512(continuation,
                                          _mm512_and_si512(_mm512_srli_epi32(cp, 6), low6)),
                          _mm512_slli_epi32(_mm512_or_si512(continuation, _mm512_and_si512(cp, low6)),
                                            8)),
                      8)),
              8));
    }
    const __mmask16 one = _mm512_cmplt_epu32_mask(u, _mm512_set1_epi32(0x80));
    const __mmask16 two_or_less = _mm512_cmplt_epu32_mask(u, _mm512_set1_epi32(0x800));
    const __m512i last = _mm512_or_si512(continuation, _mm512_and_si512(u, low6));
    const __m512i middle =
        _mm512_or_si512(continuation, _mm512_and_si512(_mm512_srli_epi32(u, 6), low6));
    const __m512i two = _mm512_or_si512(
        _mm512_or_si512(_mm512_set1_epi32(0xC0), _mm512_srli_epi32(u, 6)),
        _mm512_slli_epi32(last, 8));
    const __m512i three = _mm512_or_si512(
        _mm512_or_si512(_mm512_set1_epi32(0xE0), _mm512_srli_epi32(u, 12)),
        _mm512_or_si512(_mm512_slli_epi32(middle, 8), _mm512_slli_epi32(last, 16)));
    __m512i bytes = _mm512_mask_blend_epi32(two_or_less, three, two);
    bytes = _mm512_mask_blend_epi32(one, bytes, u);
    bytes = _mm512_mask_blend_epi32(pairs, bytes, four);
    // Bytes used per lane: 0 to 4, repeated into each byte and compared with 0..3.
    __m512i count = _mm512_set1_epi32(3);
    count = _mm512_mask_mov_epi32(count, two_or_less, _mm512_set1_epi32(2));
    count = _mm512_mask_mov_epi32(count, one, _mm512_set1_epi32(1));
    count = _mm512_mask_mov_epi32(count, pairs, _mm512_set1_epi32(4));
    count = _mm512_mask_mov_epi32(count, seconds, _mm512_setzero_si512());
    count = _mm512_mullo_epi32(count, _mm512_set1_epi32(0x01010101));
    const __mmask64 used = _mm512_cmpgt_epu8_mask(count, byte_index);
    const __m512i packed = _mm512_maskz_compress_epi8(used, bytes);
    const auto written = static_cast<size_t>(__builtin_popcountll(used));
    _mm512_mask_storeu_epi8(dst + o, (~0ULL) >> (64 - written), packed);
    o += written;
    i += 16 + (pairs >> 15);
  }
  *consumed = i;
  return o;
}

const CodecKernels kAvx2 = {
    "avx2",           Base64EncodeAvx2, Base64DecodeAvx2,    HexEncodeAvx2,
    HexDecodeAvx2,    AsciiPrefixAvx2,  WidenAsciiAvx2,      NarrowAsciiAvx2,
    NoUtf16ToUtf8,    Utf16Utf8LengthAvx2, CountHighBytesAvx2, Utf8ScanAvx2,
    NoUtf8ToUtf16Valid, NoUtf8ToLatin1Valid,
};

const CodecKernels kAvx512 = {
    "avx512",         Base64EncodeAvx2, Base64DecodeAvx2,    HexEncodeAvx2,
    HexDecodeAvx2,    AsciiPrefixAvx2,  WidenAsciiAvx2,      NarrowAsciiAvx2,
    Utf16ToUtf8Avx512, Utf16Utf8LengthAvx2, CountHighBytesAvx2, Utf8ScanAvx512,
    Utf8ToUtf16ValidAvx512, Utf8ToLatin1ValidAvx512,
};

}  // namespace

const CodecKernels* Avx2CodecKernels() {
  static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2") &&
                                __builtin_cpu_supports("popcnt");
  return supported ? &kAvx2 : nullptr;
}

const CodecKernels* Avx512CodecKernels() {
  static const bool supported = Avx2CodecKernels() != nullptr &&
                                __builtin_cpu_supports("avx512f") &&
                                __builtin_cpu_supports("avx512bw") &&
                                __builtin_cpu_supports("avx512vbmi") &&
                                __builtin_cpu_supports("avx512vbmi2");
  return supported ? &kAvx512 : nullptr;
}

}  // namespace kiln
