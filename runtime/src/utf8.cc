#include "utf8.h"

#include <algorithm>
#include <cstring>

#include "codec_kernels.h"

#include <emmintrin.h>  // SSE2, part of every x86-64 CPU

namespace kiln {
namespace {

bool IsContinuation(uint8_t byte) { return (byte & 0xC0) == 0x80; }

// The longest ASCII run at `p`: the kernel's prefix, then byte by byte.
size_t AsciiRun(const CodecKernels& kernels, const uint8_t* p, size_t length) {
  size_t run = kernels.ascii_prefix(p, length);
  while (run < length && p[run] < 0x80) run++;
  return run;
}

// The length of the well-formed sequence that starts with the non-ASCII byte at `p`, 0 when
// it is not one.
int SequenceLength(const uint8_t* p, const uint8_t* end) {
  const uint8_t lead = *p;
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
    return 0;
  }
  if (end - p <= extra) return 0;
  if (p[1] < min_second || p[1] > max_second) return 0;
  for (int i = 2; i <= extra; i++) {
    if (!IsContinuation(p[i])) return 0;
  }
  return extra + 1;
}

}  // namespace

Utf8Scan ScanUtf8With(const CodecKernels& kernels, const uint8_t* data, size_t length) {
  Utf8Scan scan{true, 0, 0};
  const uint8_t* p = data + kernels.utf8_scan(data, length, &scan.utf16_length, &scan.max_lead);
  const uint8_t* end = data + length;
  while (p < end) {
    if (*p < 0x80) {
      const size_t run = AsciiRun(kernels, p, static_cast<size_t>(end - p));
      scan.utf16_length += run;
      p += run;
      continue;
    }
    const int bytes = SequenceLength(p, end);
    if (bytes == 0) return {false, 0, 0};
    scan.utf16_length += bytes == 4 ? 2 : 1;
    scan.max_lead = std::max(scan.max_lead, *p);
    p += bytes;
  }
  return scan;
}

Utf8Scan ScanUtf8(const uint8_t* data, size_t length) {
  return ScanUtf8With(ActiveCodecKernels(), data, length);
}

bool IsValidUtf8(std::string_view bytes) {
  return ScanUtf8(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()).valid;
}

size_t ValidUtf8ToUtf16With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                            char16_t* out, size_t capacity) {
  size_t written;
  const uint8_t* p =
      data + kernels.utf8_to_utf16_valid(data, length, out, capacity, &written);
  const uint8_t* end = data + length;
  char16_t* o = out + written;
  char16_t* const out_end = out + capacity;
  // The rest one character at a time, within both bounds whatever the bytes are now.
  while (p < end && o < out_end) {
    const uint8_t lead = *p;
    if (lead < 0x80) {
      const size_t room = std::min(static_cast<size_t>(end - p), static_cast<size_t>(out_end - o));
      const size_t run = kernels.widen_ascii(p, room, o);
      p += run;
      o += run;
      if (run == 0) *o++ = *p++;
    } else if (lead < 0xE0) {
      if (end - p < 2) break;
      *o++ = static_cast<char16_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F));
      p += 2;
    } else if (lead < 0xF0) {
      if (end - p < 3) break;
      *o++ = static_cast<char16_t>(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
      p += 3;
    } else {
      if (end - p < 4 || out_end - o < 2) break;
      const uint32_t cp = ((lead & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
                          (p[3] & 0x3F);
      *o++ = static_cast<char16_t>(0xD7C0 + (cp >> 10));
      *o++ = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
      p += 4;
    }
  }
  return static_cast<size_t>(o - out);
}

size_t ValidUtf8ToUtf16(const uint8_t* data, size_t length, char16_t* out, size_t capacity) {
  return ValidUtf8ToUtf16With(ActiveCodecKernels(), data, length, out, capacity);
}

size_t ValidUtf8ToLatin1With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                             uint8_t* out, size_t capacity) {
  size_t written;
  const uint8_t* p =
      data + kernels.utf8_to_latin1_valid(data, length, out, capacity, &written);
  const uint8_t* end = data + length;
  uint8_t* o = out + written;
  uint8_t* const out_end = out + capacity;
  while (p < end && o < out_end) {
    if (*p < 0x80) {
      const size_t room = std::min(static_cast<size_t>(end - p), static_cast<size_t>(out_end - o));
      const size_t run = AsciiRun(kernels, p, room);
      std::memcpy(o, p, run);
      p += run;
      o += run;
      continue;
    }
    if (end - p < 2) break;
    *o++ = static_cast<uint8_t>(((*p & 0x03) << 6) | (p[1] & 0x3F));
    p += 2;
  }
  return static_cast<size_t>(o - out);
}

size_t ValidUtf8ToLatin1(const uint8_t* data, size_t length, uint8_t* out, size_t capacity) {
  return ValidUtf8ToLatin1With(ActiveCodecKernels(), data, length, out, capacity);
}

size_t AsciiPrefixLength(const uint8_t* data, size_t length) {
  return AsciiRun(ActiveCodecKernels(), data, length);
}

size_t Utf8ToUtf16With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                       char16_t* out) {
  const uint8_t* p = data;
  const uint8_t* end = data + length;
  char16_t* o = out;
  while (p < end) {
    uint8_t lead = *p;
    if (lead < 0x80) {
      // Runs between other characters are short: 8 bytes at a time first, all 8 widened and
      // stored and only the ASCII ones counted (the output has room: it never holds more
      // units than the input has bytes, and 8 input bytes are left). A run that fills the
      // 8 goes on through the vector kernel.
      while (end - p >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                         _mm_unpacklo_epi8(_mm_cvtsi64_si128(static_cast<long long>(word)),
                                           _mm_setzero_si128()));
        const uint64_t high = word & 0x8080808080808080ULL;
        if (high != 0) {
          const auto ascii = static_cast<size_t>(__builtin_ctzll(high) / 8);
          p += ascii;
          o += ascii;
          goto multibyte;
        }
        p += 8;
        o += 8;
        const size_t run = kernels.widen_ascii(p, static_cast<size_t>(end - p), o);
        p += run;
        o += run;
      }
      while (p < end && *p < 0x80) *o++ = *p++;
      continue;
    }
  multibyte:
    if (p == end) break;
    lead = *p;
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

size_t Utf8ToUtf16(const uint8_t* data, size_t length, char16_t* out) {
  return Utf8ToUtf16With(ActiveCodecKernels(), data, length, out);
}

size_t Utf8ToLatin1With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                        uint8_t* out, size_t* written) {
  const uint8_t* p = data;
  const uint8_t* end = data + length;
  uint8_t* o = out;
  while (p < end) {
    const uint8_t lead = *p;
    if (lead < 0x80) {
      const size_t run = AsciiRun(kernels, p, static_cast<size_t>(end - p));
      std::memcpy(o, p, run);
      p += run;
      o += run;
      continue;
    }
    // U+0080..U+00FF are C2 80..C3 BF.
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

size_t Utf8ToLatin1(const uint8_t* data, size_t length, uint8_t* out, size_t* written) {
  return Utf8ToLatin1With(ActiveCodecKernels(), data, length, out, written);
}

namespace {

bool IsHighSurrogate(char16_t unit) { return (unit & 0xFC00) == 0xD800; }
bool IsLowSurrogate(char16_t unit) { return (unit & 0xFC00) == 0xDC00; }

}  // namespace

size_t Utf16Utf8LengthWith(const CodecKernels& kernels, const char16_t* src, size_t length) {
  size_t total = 0;
  size_t i = 0;
  while (i < length) {
    size_t consumed;
    total += kernels.utf16_utf8_length(src + i, length - i, &consumed);
    i += consumed;
    // A block by hand: the one the kernel stopped at, or the tail.
    const size_t stop = std::min(length, i + 16);
    while (i < stop) {
      const char16_t unit = src[i];
      if (unit < 0x80) {
        total += 1;
      } else if (unit < 0x800) {
        total += 2;
      } else if (IsHighSurrogate(unit) && i + 1 < length && IsLowSurrogate(src[i + 1])) {
        total += 4;
        i++;
      } else {
        total += 3;
      }
      i++;
    }
  }
  return total;
}

size_t Utf16Utf8Length(const char16_t* src, size_t length) {
  return Utf16Utf8LengthWith(ActiveCodecKernels(), src, length);
}

size_t Utf16ToUtf8With(const CodecKernels& kernels, const char16_t* src, size_t length,
                       uint8_t* dst, size_t capacity, size_t* read) {
  size_t i = 0;
  size_t o = 0;
  while (i < length && o < capacity) {
    size_t encoded;
    o += kernels.utf16_to_utf8(src + i, length - i, dst + o, capacity - o, &encoded);
    i += encoded;
    const size_t run = kernels.narrow_ascii(src + i, std::min(length - i, capacity - o), dst + o);
    i += run;
    o += run;
    const size_t stop = std::min(length, i + 16);
    while (i < stop) {
      uint32_t cp = src[i];
      size_t units = 1;
      if (cp < 0x80) {
        if (o + 1 > capacity) goto done;
        dst[o++] = static_cast<uint8_t>(cp);
      } else if (cp < 0x800) {
        if (o + 2 > capacity) goto done;
        dst[o] = static_cast<uint8_t>(0xC0 | (cp >> 6));
        dst[o + 1] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
        o += 2;
      } else if (IsHighSurrogate(static_cast<char16_t>(cp)) && i + 1 < length &&
                 IsLowSurrogate(src[i + 1])) {
        if (o + 4 > capacity) goto done;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (src[i + 1] - 0xDC00);
        dst[o] = static_cast<uint8_t>(0xF0 | (cp >> 18));
        dst[o + 1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
        dst[o + 2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        dst[o + 3] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
        o += 4;
        units = 2;
      } else {
        if (o + 3 > capacity) goto done;
        if ((cp & 0xF800) == 0xD800) cp = 0xFFFD;  // A lone surrogate.
        dst[o] = static_cast<uint8_t>(0xE0 | (cp >> 12));
        dst[o + 1] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        dst[o + 2] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
        o += 3;
      }
      i += units;
    }
  }
done:
  *read = i;
  return o;
}

size_t Utf16ToUtf8(const char16_t* src, size_t length, uint8_t* dst, size_t capacity,
                   size_t* read) {
  return Utf16ToUtf8With(ActiveCodecKernels(), src, length, dst, capacity, read);
}

size_t Latin1Utf8LengthWith(const CodecKernels& kernels, const uint8_t* src, size_t length) {
  return length + kernels.count_high_bytes(src, length);
}

size_t Latin1Utf8Length(const uint8_t* src, size_t length) {
  return Latin1Utf8LengthWith(ActiveCodecKernels(), src, length);
}

size_t Latin1ToUtf8With(const CodecKernels& kernels, const uint8_t* src, size_t length,
                        uint8_t* dst, size_t capacity, size_t* read) {
  size_t i = 0;
  size_t o = 0;
  while (i < length && o < capacity) {
    if (src[i] < 0x80) {
      const size_t run = AsciiRun(kernels, src + i, std::min(length - i, capacity - o));
      std::memcpy(dst + o, src + i, run);
      i += run;
      o += run;
      continue;
    }
    if (o + 2 > capacity) break;
    dst[o] = static_cast<uint8_t>(0xC0 | (src[i] >> 6));
    dst[o + 1] = static_cast<uint8_t>(0x80 | (src[i] & 0x3F));
    o += 2;
    i++;
  }
  *read = i;
  return o;
}

size_t Latin1ToUtf8(const uint8_t* src, size_t length, uint8_t* dst, size_t capacity,
                    size_t* read) {
  return Latin1ToUtf8With(ActiveCodecKernels(), src, length, dst, capacity, read);
}

}  // namespace kiln
