#include "utf8.h"

#include <cstdint>
#include <cstring>

#include <emmintrin.h>  // SSE2, part of every x86-64 CPU

namespace kiln {

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const uint8_t* end = p + bytes.size();
  while (p < end) {
    uint8_t lead = *p;
    if (lead < 0x80) {
      p++;
      continue;
    }
    int extra;
    uint8_t min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      extra = 2;
      if (lead == 0xE0) min_second = 0xA0;  // overlong
      if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      extra = 3;
      if (lead == 0xF0) min_second = 0x90;  // overlong
      if (lead == 0xF4) max_second = 0x8F;  // past U+10FFFF
    } else {
      return false;
    }
    if (end - p <= extra) return false;
    if (p[1] < min_second || p[1] > max_second) return false;
    for (int i = 2; i <= extra; i++) {
      if ((p[i] & 0xC0) != 0x80) return false;
    }
    p += extra + 1;
  }
  return true;
}

size_t AsciiPrefixLength(const uint8_t* data, size_t length) {
  size_t i = 0;
  for (; i + 16 <= length; i += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    int high_bits = _mm_movemask_epi8(chunk);
    if (high_bits != 0) return i + static_cast<size_t>(__builtin_ctz(high_bits));
  }
  while (i < length && data[i] < 0x80) i++;
  return i;
}

namespace {

bool IsContinuation(uint8_t byte) { return (byte & 0xC0) == 0x80; }

// Widens ASCII bytes to UTF-16 sixteen at a time; returns how many it took.
size_t WidenAsciiRun(const uint8_t* p, const uint8_t* end, char16_t* o) {
  const uint8_t* start = p;
  const __m128i zero = _mm_setzero_si128();
  while (end - p >= 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if (_mm_movemask_epi8(chunk) != 0) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o), _mm_unpacklo_epi8(chunk, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o + 8), _mm_unpackhi_epi8(chunk, zero));
    p += 16;
    o += 16;
  }
  while (p < end && *p < 0x80) *o++ = *p++;
  return static_cast<size_t>(p - start);
}

}  // namespace

size_t Utf8ToLatin1Prefix(const uint8_t* data, size_t length, uint8_t* out, size_t* written) {
  const uint8_t* p = data;
  const uint8_t* end = data + length;
  uint8_t* o = out;
  while (p < end) {
    uint8_t lead = *p;
    if (lead < 0x80) {
      size_t run = AsciiPrefixLength(p, static_cast<size_t>(end - p));
      std::memcpy(o, p, run);
      p += run;
      o += run;
      continue;
    }
    if ((lead == 0xC2 || lead == 0xC3) && end - p >= 2 && IsContinuation(p[1])) {
      *o++ = static_cast<uint8_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F));
      p += 2;
      continue;
    }
    break;
  }
  *written = static_cast<size_t>(o - out);
  return static_cast<size_t>(p - data);
}

size_t Utf8ToUtf16(const uint8_t* data, size_t length, char16_t* out) {
  const uint8_t* p = data;
  const uint8_t* end = data + length;
  char16_t* o = out;
  while (p < end) {
    uint8_t lead = *p;
    if (lead < 0x80) {
      size_t run = WidenAsciiRun(p, end, o);
      p += run;
      o += run;
      continue;
    }
    // The common well-formed two- and three-byte forms first (E0 and ED, whose second byte
    // has a narrower range, take the general path).
    if (lead >= 0xC2 && lead <= 0xDF && end - p >= 2 && IsContinuation(p[1])) {
      *o++ = static_cast<char16_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F));
      p += 2;
      continue;
    }
    if (lead > 0xE0 && lead <= 0xEF && lead != 0xED && end - p >= 3 && IsContinuation(p[1]) &&
        IsContinuation(p[2])) {
      *o++ = static_cast<char16_t>(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
      p += 3;
      continue;
    }
    int extra;
    uint8_t min_second = 0x80, max_second = 0xBF;
    uint32_t cp;
    if (lead >= 0xC2 && lead <= 0xDF) {
      extra = 1;
      cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      extra = 2;
      cp = lead & 0x0F;
      if (lead == 0xE0) min_second = 0xA0;
      if (lead == 0xED) max_second = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      extra = 3;
      cp = lead & 0x07;
      if (lead == 0xF0) min_second = 0x90;
      if (lead == 0xF4) max_second = 0x8F;
    } else {
      *o++ = 0xFFFD;
      p++;
      continue;
    }
    // Consume the longest valid prefix; stop (without consuming) at the first bad byte.
    const uint8_t* q = p + 1;
    bool complete = true;
    for (int i = 0; i < extra; i++, q++) {
      uint8_t lo = i == 0 ? min_second : 0x80;
      uint8_t hi = i == 0 ? max_second : 0xBF;
      if (q >= end || *q < lo || *q > hi) {
        complete = false;
        break;
      }
      cp = (cp << 6) | (*q & 0x3F);
    }
    if (!complete) {
      *o++ = 0xFFFD;
      p = q;
      continue;
    }
    p = q;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      *o++ = static_cast<char16_t>(0xD800 + (cp >> 10));
      *o++ = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      *o++ = static_cast<char16_t>(cp);
    }
  }
  return static_cast<size_t>(o - out);
}

}  // namespace kiln
