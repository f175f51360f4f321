// V8 strings made from Latin-1 or UTF-16 text that Kiln built in a LargeAlloc'd block: short
// ones are copied into V8's heap, long ones become external strings that own the block.
#pragma once

#include <cstddef>
#include <cstdint>

#include "v8.h"

namespace kiln {

// Results of at least this many bytes are external strings.
constexpr size_t kExternalStringBytes = 128 << 10;

// Take ownership of `data` (freed with std::free, also on failure). Empty when longer than
// v8::String::kMaxLength.
v8::MaybeLocal<v8::String> NewOneByteOwned(v8::Isolate* isolate, char* data, size_t length);
v8::MaybeLocal<v8::String> NewTwoByteOwned(v8::Isolate* isolate, uint16_t* data, size_t length);

// Fills a one-byte string of `length` characters through `fill(char*)`, writing into a stack
// buffer for short results. Empty when the string would be too long for V8.
template <typename Fill>
v8::MaybeLocal<v8::String> MakeOneByte(v8::Isolate* isolate, size_t length, Fill fill);

}  // namespace kiln

#include "owned_string-inl.h"
