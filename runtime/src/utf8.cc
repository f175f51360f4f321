#include "utf8.h"

#include <cstdint>
#include <cstring>

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
  // Eight bytes at a time while no high bit is set.
  for (; i + 8 <= length; i += 8) {
    uint64_t word;
    std::memcpy(&word, data + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < length && data[i] < 0x80) i++;
  return i;
}

size_t Utf8ToUtf16(const uint8_t* data, size_t length, char16_t* out) {
  const uint8_t* p = data;
  const uint8_t* end = data + length;
  char16_t* o = out;
  while (p < end) {
    uint8_t lead = *p;
    if (lead < 0x80) {
      // An ASCII run, widened eight bytes at a time.
      while (end - p >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull) break;
        for (int i = 0; i < 8; i++) o[i] = p[i];
        o += 8;
        p += 8;
      }
      while (p < end && *p < 0x80) *o++ = *p++;
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
