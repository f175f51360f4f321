// Small helpers shared by the runtime and the bindings: invariant checks and V8 conversions.
#pragma once

#include <string>
#include <string_view>

#include "v8.h"

namespace kiln {

[[noreturn]] void AbortWithCheckFailure(const char* file, int line, const char* condition);

#define CHECK(condition)                                                           \
  do {                                                                             \
    if (!(condition)) ::kiln::AbortWithCheckFailure(__FILE__, __LINE__, #condition); \
  } while (0)

inline v8::Local<v8::String> ToV8(v8::Isolate* isolate, std::string_view text) {
  return v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .ToLocalChecked();
}

// For ASCII names known at compile time: internalized, so property lookups are fast.
inline v8::Local<v8::String> Symbolize(v8::Isolate* isolate, std::string_view name) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(name.data()),
                                    v8::NewStringType::kInternalized,
                                    static_cast<int>(name.size()))
      .ToLocalChecked();
}

// A string from UTF-8 bytes, invalid sequences replaced as V8's NewFromUtf8 does, but decoded
// with an ASCII fast path (much faster than V8 10.2's decoder on non-ASCII text). Large results
// become external strings. Empty when longer than v8::String::kMaxLength.
v8::MaybeLocal<v8::String> NewStringFromUtf8(v8::Isolate* isolate, const char* data,
                                             size_t length);

// The UTF-8 text of any value (ToString semantics; empty on exception).
std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value);

}  // namespace kiln
