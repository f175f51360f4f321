#include "util.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "large_alloc.h"
#include "owned_string.h"
#include "utf8.h"

namespace kiln {

void AbortWithCheckFailure(const char* file, int line, const char* condition) {
  std::fprintf(stderr, "kiln: internal error at %s:%d: CHECK(%s) failed\n", file, line, condition);
  std::fflush(stderr);
  std::abort();
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value.IsEmpty()) return {};
  v8::String::Utf8Value utf8(isolate, value);
  if (*utf8 == nullptr) return {};
  return std::string(*utf8, utf8.length());
}

// Tries Latin-1 first (a one-byte string takes half the memory of a two-byte one, and V8's
// one-byte strings are Latin-1); at the first character past U+00FF, the Latin-1 written so far
// is widened and the rest decoded to UTF-16.
v8::MaybeLocal<v8::String> NewStringFromUtf8(v8::Isolate* isolate, const char* data,
                                             size_t length) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(data);
  if (length == 0) return v8::String::Empty(isolate);
  if (length <= 2048) {
    uint8_t latin1[2048];
    size_t written;
    if (Utf8ToLatin1(bytes, length, latin1, &written) == length) {
      return v8::String::NewFromOneByte(isolate, latin1, v8::NewStringType::kNormal,
                                        static_cast<int>(written));
    }
    char16_t units[2048];
    const size_t count = Utf8ToUtf16(bytes, length, units);
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(units),
                                      v8::NewStringType::kNormal, static_cast<int>(count));
  }
  auto* latin1 = static_cast<uint8_t*>(LargeAlloc(length));
  if (latin1 == nullptr) return {};
  size_t written;
  const size_t consumed = Utf8ToLatin1(bytes, length, latin1, &written);
  if (consumed == length) {
    return NewOneByteOwned(isolate, reinterpret_cast<char*>(latin1), written);
  }
  // UTF-16 never has more units than the UTF-8 has bytes.
  auto* units = static_cast<char16_t*>(LargeAlloc((written + length - consumed) * 2));
  if (units == nullptr) {
    std::free(latin1);
    return {};
  }
  for (size_t i = 0; i < written; i++) units[i] = latin1[i];
  std::free(latin1);
  const size_t capacity = written + length - consumed;
  const size_t count = written + Utf8ToUtf16(bytes + consumed, length - consumed, units + written);
  // Non-ASCII text gives fewer units than bytes: give back the rest (glibc shrinks in place).
  if (count < capacity - capacity / 8 && count > 0) {
    if (void* smaller = std::realloc(units, count * 2)) units = static_cast<char16_t*>(smaller);
  }
  return NewTwoByteOwned(isolate, reinterpret_cast<uint16_t*>(units), count);
}

}  // namespace kiln
