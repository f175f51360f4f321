#include "string_bytes.h"

#include "codec_kernels.h"

#include <array>
#include <cstring>

namespace kiln {
namespace {

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHexDigits[] = "0123456789abcdef";
constexpr uint8_t kInvalid = 0xFF;

// Value of each byte as a base64 digit (both alphabets), kInvalid for anything else.
constexpr std::array<uint8_t, 256> MakeBase64Table() {
  std::array<uint8_t, 256> table{};
  for (auto& entry : table) entry = kInvalid;
  for (uint8_t i = 0; i < 64; i++) {
    table[static_cast<uint8_t>(kBase64Alphabet[i])] = i;
    table[static_cast<uint8_t>(kBase64UrlAlphabet[i])] = i;
  }
  return table;
}
constexpr std::array<uint8_t, 256> kBase64Table = MakeBase64Table();

constexpr std::array<uint8_t, 256> MakeHexTable() {
  std::array<uint8_t, 256> table{};
  for (auto& entry : table) entry = kInvalid;
  for (uint8_t i = 0; i < 10; i++) table['0' + i] = i;
  for (uint8_t i = 0; i < 6; i++) {
    table['a' + i] = 10 + i;
    table['A' + i] = 10 + i;
  }
  return table;
}
constexpr std::array<uint8_t, 256> kHexTable = MakeHexTable();

// Characters wider than a byte are looked up by their low byte: that is what Node does, and
// programs depend on the decoded bytes being the same.
template <typename Char>
size_t Base64DecodeImpl(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                        const Char* src, size_t src_length) {
  size_t written = 0;
  // Each byte is emitted as soon as the digit that completes it is read, so a partial last
  // group yields the bytes its digits fully determine.
  unsigned group_position = 0;
  uint8_t previous = 0;
  size_t i = 0;
  // Where the vector kernel is tried next: right away while it makes progress, otherwise once
  // the slow loop has moved on a block, so that input full of line breaks stays linear.
  size_t next_bulk_try = 0;
  while (i < src_length && written < dst_length) {
    if (group_position == 0) {
      if constexpr (sizeof(Char) == 1) {
        if (i >= next_bulk_try) {
          const size_t consumed =
              kernels.base64_decode(src + i, src_length - i, dst + written, dst_length - written);
          i += consumed;
          written += consumed / 4 * 3;
          if (consumed == 0) next_bulk_try = i + 32;
        }
      }
      // Whole groups of four valid digits.
      while (i + 4 <= src_length && written + 3 <= dst_length) {
        const uint8_t a = kBase64Table[static_cast<uint8_t>(src[i])];
        const uint8_t b = kBase64Table[static_cast<uint8_t>(src[i + 1])];
        const uint8_t c = kBase64Table[static_cast<uint8_t>(src[i + 2])];
        const uint8_t d = kBase64Table[static_cast<uint8_t>(src[i + 3])];
        if ((a | b | c | d) & 0x80) break;
        dst[written] = static_cast<uint8_t>((a << 2) | (b >> 4));
        dst[written + 1] = static_cast<uint8_t>((b << 4) | (c >> 2));
        dst[written + 2] = static_cast<uint8_t>((c << 6) | d);
        written += 3;
        i += 4;
      }
      if (i >= src_length || written == dst_length) break;
    }
    const auto c = static_cast<uint8_t>(src[i++]);
    const uint8_t digit = kBase64Table[c];
    if (digit == kInvalid) {
      if (c == '=') break;
      continue;
    }
    switch (group_position) {
      case 0:
        break;
      case 1:
        dst[written++] = static_cast<uint8_t>((previous << 2) | (digit >> 4));
        break;
      case 2:
        dst[written++] = static_cast<uint8_t>(((previous & 0x0F) << 4) | (digit >> 2));
        break;
      case 3:
        dst[written++] = static_cast<uint8_t>(((previous & 0x03) << 6) | digit);
        break;
    }
    previous = digit;
    group_position = (group_position + 1) & 3;
  }
  return written;
}

template <typename Char>
size_t HexDecodeImpl(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                     const Char* src, size_t src_length) {
  size_t written = 0;
  if constexpr (sizeof(Char) == 1) written = kernels.hex_decode(src, src_length, dst, dst_length);
  while (written < dst_length && written * 2 + 1 < src_length) {
    const uint8_t high = kHexTable[static_cast<uint8_t>(src[written * 2])];
    const uint8_t low = kHexTable[static_cast<uint8_t>(src[written * 2 + 1])];
    if (high == kInvalid || low == kInvalid) break;
    dst[written++] = static_cast<uint8_t>((high << 4) | low);
  }
  return written;
}

inline uint16_t LoadUnit(const uint8_t* at) { return static_cast<uint16_t>(at[0] | (at[1] << 8)); }

}  // namespace

size_t Base64EncodedLength(size_t length, bool url) {
  if (url) return length / 3 * 4 + (length % 3 == 0 ? 0 : length % 3 + 1);
  return (length + 2) / 3 * 4;
}

void Base64EncodeWith(const CodecKernels& kernels, const uint8_t* src, size_t length, char* dst,
                      bool url) {
  const char* alphabet = url ? kBase64UrlAlphabet : kBase64Alphabet;
  size_t i = kernels.base64_encode(src, length, dst, url);
  dst += i / 3 * 4;
  for (; i + 3 <= length; i += 3) {
    const uint32_t triple = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
    *dst++ = alphabet[(triple >> 18) & 63];
    *dst++ = alphabet[(triple >> 12) & 63];
    *dst++ = alphabet[(triple >> 6) & 63];
    *dst++ = alphabet[triple & 63];
  }
  const size_t rest = length - i;
  if (rest == 0) return;
  const uint32_t triple = (src[i] << 16) | (rest == 2 ? src[i + 1] << 8 : 0);
  *dst++ = alphabet[(triple >> 18) & 63];
  *dst++ = alphabet[(triple >> 12) & 63];
  if (rest == 2) *dst++ = alphabet[(triple >> 6) & 63];
  if (!url) {
    if (rest == 1) *dst++ = '=';
    *dst++ = '=';
  }
}

void Base64Encode(const uint8_t* src, size_t length, char* dst, bool url) {
  Base64EncodeWith(ActiveCodecKernels(), src, length, dst, url);
}

size_t Base64DecodeWith(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                        const uint8_t* src, size_t src_length) {
  return Base64DecodeImpl(kernels, dst, dst_length, src, src_length);
}

size_t Base64Decode(uint8_t* dst, size_t dst_length, const uint8_t* src, size_t src_length) {
  return Base64DecodeImpl(ActiveCodecKernels(), dst, dst_length, src, src_length);
}

size_t Base64Decode(uint8_t* dst, size_t dst_length, const uint16_t* src, size_t src_length) {
  return Base64DecodeImpl(ActiveCodecKernels(), dst, dst_length, src, src_length);
}

void HexEncodeWith(const CodecKernels& kernels, const uint8_t* src, size_t length, char* dst) {
  static const auto kPairs = [] {
    std::array<char, 512> pairs{};
    for (int i = 0; i < 256; i++) {
      pairs[2 * i] = kHexDigits[i >> 4];
      pairs[2 * i + 1] = kHexDigits[i & 15];
    }
    return pairs;
  }();
  for (size_t i = kernels.hex_encode(src, length, dst); i < length; i++) {
    std::memcpy(dst + 2 * i, &kPairs[2 * src[i]], 2);
  }
}

void HexEncode(const uint8_t* src, size_t length, char* dst) {
  HexEncodeWith(ActiveCodecKernels(), src, length, dst);
}

size_t HexDecodeWith(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                     const uint8_t* src, size_t src_length) {
  return HexDecodeImpl(kernels, dst, dst_length, src, src_length);
}

size_t HexDecode(uint8_t* dst, size_t dst_length, const uint8_t* src, size_t src_length) {
  return HexDecodeImpl(ActiveCodecKernels(), dst, dst_length, src, src_length);
}

size_t HexDecode(uint8_t* dst, size_t dst_length, const uint16_t* src, size_t src_length) {
  return HexDecodeImpl(ActiveCodecKernels(), dst, dst_length, src, src_length);
}

size_t SearchBytes(const uint8_t* haystack, size_t haystack_length, const uint8_t* needle,
                   size_t needle_length, size_t start, bool forward) {
  if (needle_length == 0 || needle_length > haystack_length) return haystack_length;
  const size_t last = haystack_length - needle_length;  // The last index a match can start at.
  if (forward) {
    if (start > last) return haystack_length;
    // memchr for the first byte is much faster than memmem when that byte is rare; after many
    // false starts the rest of the haystack goes to memmem, which is linear in the worst case.
    size_t at = start;
    for (int false_starts = 0; false_starts < 64; false_starts++) {
      const void* found = std::memchr(haystack + at, needle[0], last + 1 - at);
      if (found == nullptr) return haystack_length;
      at = static_cast<size_t>(static_cast<const uint8_t*>(found) - haystack);
      if (std::memcmp(haystack + at, needle, needle_length) == 0) return at;
      if (++at > last) return haystack_length;
    }
    const void* found = memmem(haystack + at, haystack_length - at, needle, needle_length);
    return found == nullptr ? haystack_length
                            : static_cast<size_t>(static_cast<const uint8_t*>(found) - haystack);
  }
  size_t limit = (start < last ? start : last) + 1;  // Candidates are [0, limit).
  while (limit > 0) {
    const void* found = memrchr(haystack, needle[0], limit);
    if (found == nullptr) break;
    const size_t at = static_cast<size_t>(static_cast<const uint8_t*>(found) - haystack);
    if (std::memcmp(haystack + at, needle, needle_length) == 0) return at;
    limit = at;
  }
  return haystack_length;
}

size_t SearchUint16(const uint8_t* haystack, size_t haystack_length, const uint8_t* needle,
                    size_t needle_length, size_t start, bool forward) {
  if (needle_length == 0 || needle_length > haystack_length) return haystack_length;
  const size_t last = haystack_length - needle_length;
  const size_t needle_bytes = needle_length * 2;
  const uint16_t first = LoadUnit(needle);
  if (forward) {
    for (size_t at = start; at <= last; at++) {
      if (LoadUnit(haystack + at * 2) == first &&
          std::memcmp(haystack + at * 2, needle, needle_bytes) == 0) {
        return at;
      }
    }
    return haystack_length;
  }
  for (size_t at = start < last ? start : last;; at--) {
    if (LoadUnit(haystack + at * 2) == first &&
        std::memcmp(haystack + at * 2, needle, needle_bytes) == 0) {
      return at;
    }
    if (at == 0) break;
  }
  return haystack_length;
}

}  // namespace kiln
