// Byte codecs and byte search behind node:buffer: base64 and hex with Node's exact leniency,
// and substring search forwards and backwards over bytes or UTF-16 code units.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiln {

struct CodecKernels;

// Length of the base64 text for `length` bytes: padded to a multiple of 4, or unpadded for
// base64url.
size_t Base64EncodedLength(size_t length, bool url);

// Writes Base64EncodedLength(length, url) characters to `dst`.
void Base64Encode(const uint8_t* src, size_t length, char* dst, bool url);

// Node's forgiving decoder: both alphabets are accepted in either mode, every other character
// is skipped, the first '=' ends the input, a last group of 2 or 3 characters gives 1 or 2
// bytes (a lone character gives none). UTF-16 input is read through its low byte, as Node
// does. Stops when `dst_length` bytes are written; returns the number written.
size_t Base64Decode(uint8_t* dst, size_t dst_length, const uint8_t* src, size_t src_length);
size_t Base64Decode(uint8_t* dst, size_t dst_length, const uint16_t* src, size_t src_length);

// Lowercase hex: writes 2 * length characters.
void HexEncode(const uint8_t* src, size_t length, char* dst);

// Decodes pairs of hex digits until the first pair that is not one, the end of the input (an
// odd last digit is dropped) or `dst_length` bytes. UTF-16 input is read through its low byte.
size_t HexDecode(uint8_t* dst, size_t dst_length, const uint8_t* src, size_t src_length);
size_t HexDecode(uint8_t* dst, size_t dst_length, const uint16_t* src, size_t src_length);

// The functions above with the inner loops of a given kernel table (codec_kernels.h) instead of
// the best one for this CPU: for tests that compare the tables.
void Base64EncodeWith(const CodecKernels& kernels, const uint8_t* src, size_t length, char* dst,
                      bool url);
size_t Base64DecodeWith(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                        const uint8_t* src, size_t src_length);
void HexEncodeWith(const CodecKernels& kernels, const uint8_t* src, size_t length, char* dst);
size_t HexDecodeWith(const CodecKernels& kernels, uint8_t* dst, size_t dst_length,
                     const uint8_t* src, size_t src_length);

// The first index >= start (forward) or the last index <= start (backward) at which `needle`
// occurs in `haystack`; `haystack_length` when there is none. Lengths count elements.
size_t SearchBytes(const uint8_t* haystack, size_t haystack_length, const uint8_t* needle,
                   size_t needle_length, size_t start, bool forward);
// The same over little-endian UTF-16 code units stored at any alignment (lengths and `start`
// count code units).
size_t SearchUint16(const uint8_t* haystack, size_t haystack_length, const uint8_t* needle,
                    size_t needle_length, size_t start, bool forward);

}  // namespace kiln
