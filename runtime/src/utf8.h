// UTF-8 validation, decoding into Latin-1 or UTF-16 and encoding from Latin-1 or UTF-16, with
// the vector kernels of codec_kernels.h for ASCII runs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiln {

struct CodecKernels;

bool IsValidUtf8(std::string_view bytes);

// What one validating pass over UTF-8 learns: enough to allocate the decoded string exactly.
struct Utf8Scan {
  bool valid;
  size_t utf16_length;  // Only when valid.
  uint8_t max_lead;     // The largest lead byte, 0 when all ASCII: < 0xC4 means all Latin-1.
};
Utf8Scan ScanUtf8(const uint8_t* data, size_t length);

// Decodes valid UTF-8 (ScanUtf8 said so) into its UTF-16 length of units (`capacity`); returns
// the units written. When the input changed since the scan (shared memory), it writes no more
// than `capacity` units, reads nothing past `length`, and may return another count: callers
// check it.
size_t ValidUtf8ToUtf16(const uint8_t* data, size_t length, char16_t* out, size_t capacity);
// The same into Latin-1, for valid UTF-8 whose characters are all below U+0100
// (max_lead < 0xC4).
size_t ValidUtf8ToLatin1(const uint8_t* data, size_t length, uint8_t* out, size_t capacity);

// The length of the all-ASCII start of `data`.
size_t AsciiPrefixLength(const uint8_t* data, size_t length);

// WHATWG UTF-8 decode into UTF-16: each maximal invalid subpart becomes one U+FFFD, as V8's
// String::NewFromUtf8 and TextDecoder do. `out` needs room for `length` units; returns the
// number written.
size_t Utf8ToUtf16(const uint8_t* data, size_t length, char16_t* out);

// Decodes UTF-8 into Latin-1 for as long as every character is well-formed and below U+0100.
// `out` needs room for `length` bytes. Returns the number of input bytes consumed (`length`
// when all of it was) and sets *written to the characters written.
size_t Utf8ToLatin1(const uint8_t* data, size_t length, uint8_t* out, size_t* written);

// UTF-8 length of UTF-16 text; a lone surrogate takes 3 bytes (it becomes U+FFFD).
size_t Utf16Utf8Length(const char16_t* src, size_t length);
// Encodes UTF-16 as UTF-8, lone surrogates as U+FFFD, writing only whole characters that fit in
// `capacity`; returns the bytes written and sets *read to the units consumed.
size_t Utf16ToUtf8(const char16_t* src, size_t length, uint8_t* dst, size_t capacity,
                   size_t* read);

// The same for Latin-1 text.
size_t Latin1Utf8Length(const uint8_t* src, size_t length);
size_t Latin1ToUtf8(const uint8_t* src, size_t length, uint8_t* dst, size_t capacity,
                    size_t* read);

// The functions above with a given kernel table, for tests that compare the tables.
Utf8Scan ScanUtf8With(const CodecKernels& kernels, const uint8_t* data, size_t length);
size_t ValidUtf8ToUtf16With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                            char16_t* out, size_t capacity);
size_t ValidUtf8ToLatin1With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                             uint8_t* out, size_t capacity);
size_t Utf8ToUtf16With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                       char16_t* out);
size_t Utf8ToLatin1With(const CodecKernels& kernels, const uint8_t* data, size_t length,
                        uint8_t* out, size_t* written);
size_t Utf16Utf8LengthWith(const CodecKernels& kernels, const char16_t* src, size_t length);
size_t Utf16ToUtf8With(const CodecKernels& kernels, const char16_t* src, size_t length,
                       uint8_t* dst, size_t capacity, size_t* read);
size_t Latin1Utf8LengthWith(const CodecKernels& kernels, const uint8_t* src, size_t length);
size_t Latin1ToUtf8With(const CodecKernels& kernels, const uint8_t* src, size_t length,
                        uint8_t* dst, size_t capacity, size_t* read);

}  // namespace kiln
