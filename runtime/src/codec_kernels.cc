#include "codec_kernels.h"

#include <cstdlib>
#include <cstring>

#include <emmintrin.h>  // SSE2, part of every x86-64 CPU

namespace kiln {
namespace {

size_t NoBase64Encode(const uint8_t*, size_t, char*, bool) { return 0; }
size_t NoBase64Decode(const uint8_t*, size_t, uint8_t*, size_t) { return 0; }
size_t NoHexEncode(const uint8_t*, size_t, char*) { return 0; }
size_t NoHexDecode(const uint8_t*, size_t, uint8_t*, size_t) { return 0; }

// The baseline table still uses SSE2 for ASCII runs: every x86-64 CPU has it.
size_t AsciiPrefixSse2(const uint8_t* src, size_t length) {
  size_t i = 0;
  for (; i + 16 <= length; i += 16) {
    const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)));
    if (high != 0) return i + static_cast<size_t>(__builtin_ctz(high));
  }
  return i;
}

size_t WidenAsciiSse2(const uint8_t* src, size_t length, char16_t* dst) {
  const __m128i zero = _mm_setzero_si128();
  size_t i = 0;
  for (; i + 16 <= length; i += 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    if (_mm_movemask_epi8(chunk) != 0) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm_unpacklo_epi8(chunk, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i + 8), _mm_unpackhi_epi8(chunk, zero));
  }
  return i;
}

size_t NarrowAsciiSse2(const char16_t* src, size_t length, uint8_t* dst) {
  const __m128i high_bits = _mm_set1_epi16(static_cast<short>(0xFF80));
  size_t i = 0;
  for (; i + 16 <= length; i += 16) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 8));
    const __m128i high = _mm_and_si128(_mm_or_si128(a, b), high_bits);
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), _mm_packus_epi16(a, b));
  }
  return i;
}

size_t NoUtf16ToUtf8(const char16_t*, size_t, uint8_t*, size_t, size_t* consumed) {
  *consumed = 0;
  return 0;
}

size_t NoUtf16Utf8Length(const char16_t*, size_t, size_t* consumed) {
  *consumed = 0;
  return 0;
}

size_t CountHighBytesScalar(const uint8_t* src, size_t length) {
  size_t count = 0;
  for (size_t i = 0; i < length; i++) count += src[i] >> 7;
  return count;
}

size_t NoUtf8Scan(const uint8_t*, size_t, size_t*, uint8_t*) { return 0; }

size_t NoUtf8ToUtf16Valid(const uint8_t*, size_t, char16_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}

size_t NoUtf8ToLatin1Valid(const uint8_t*, size_t, uint8_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}

const CodecKernels kScalar = {
    "scalar",       NoBase64Encode,  NoBase64Decode,    NoHexEncode,
    NoHexDecode,    AsciiPrefixSse2, WidenAsciiSse2,    NarrowAsciiSse2,
    NoUtf16ToUtf8,  NoUtf16Utf8Length, CountHighBytesScalar, NoUtf8Scan,
    NoUtf8ToUtf16Valid, NoUtf8ToLatin1Valid,
};

const CodecKernels& ChooseKernels() {
  const char* forced = std::getenv("KILN_CODEC_KERNELS");
  if (forced != nullptr && std::strcmp(forced, "scalar") == 0) return kScalar;
  const bool avx2_only = forced != nullptr && std::strcmp(forced, "avx2") == 0;
  if (const CodecKernels* avx512 = Avx512CodecKernels(); avx512 != nullptr && !avx2_only) {
    return *avx512;
  }
  if (const CodecKernels* avx2 = Avx2CodecKernels()) return *avx2;
  return kScalar;
}

}  // namespace

const CodecKernels& ScalarCodecKernels() { return kScalar; }

const CodecKernels& ActiveCodecKernels() {
  static const CodecKernels& active = ChooseKernels();
  return active;
}

}  // namespace kiln
