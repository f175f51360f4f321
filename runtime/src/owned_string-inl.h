#pragma once

#include <cstdlib>

#include "large_alloc.h"

namespace kiln {

template <typename Fill>
v8::MaybeLocal<v8::String> MakeOneByte(v8::Isolate* isolate, size_t length, Fill fill) {
  if (length > static_cast<size_t>(v8::String::kMaxLength)) return {};
  if (length == 0) return v8::String::Empty(isolate);
  if (length <= 4096) {
    char stack[4096];
    fill(stack);
    return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(stack),
                                      v8::NewStringType::kNormal, static_cast<int>(length));
  }
  char* data = static_cast<char*>(LargeAlloc(length));
  if (data == nullptr) return {};
  fill(data);
  return NewOneByteOwned(isolate, data, length);
}

}  // namespace kiln
