// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiln {

bool IsValidUtf8(std::string_view bytes);

// The length of the all-ASCII start of `data`.
size_t AsciiPrefixLength(const uint8_t* data, size_t length);

// WHATWG UTF-8 decode into UTF-16: each maximal invalid subpart becomes one U+FFFD, as V8's
// String::NewFromUtf8 and TextDecoder do. `out` needs room for `length` units; returns the
// number written.
size_t Utf8ToUtf16(const uint8_t* data, size_t length, char16_t* out);

// Decodes the start of `data` whose code points all fit one byte (ASCII and well-formed C2/C3
// sequences) into Latin-1 bytes in `out` (room for `length`). Stops before the first sequence
// it does not take, so Utf8ToUtf16 can go on from there with the same result as decoding the
// whole. Returns the bytes consumed; `*written` gets the bytes written.
size_t Utf8ToLatin1Prefix(const uint8_t* data, size_t length, uint8_t* out, size_t* written);

}  // namespace kiln
