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

namespace {

// Invalid UTF-8 (rare): decoded with replacements into a worst-case block, Latin-1 first.
v8::MaybeLocal<v8::String> NewStringFromInvalidUtf8(v8::Isolate* isolate, const uint8_t* bytes,
                                                    size_t length) {
  auto* latin1 = static_cast<uint8_t*>(LargeAlloc(length));
  if (latin1 == nullptr) return {};
  size_t written;
  const size_t consumed = Utf8ToLatin1(bytes, length, latin1, &written);
  if (consumed == length) {
    return NewOneByteOwned(isolate, reinterpret_cast<char*>(latin1), written);
  }
  // UTF-16 never has more units than the UTF-8 has bytes.
  const size_t capacity = written + length - consumed;
  auto* units = static_cast<char16_t*>(LargeAlloc(capacity * 2));
  if (units == nullptr) {
    std::free(latin1);
    return {};
  }
  for (size_t i = 0; i < written; i++) units[i] = latin1[i];
  std::free(latin1);
  const size_t count = written + Utf8ToUtf16(bytes + consumed, length - consumed, units + written);
  if (count < capacity - capacity / 8 && count > 0) {
    if (void* smaller = std::realloc(units, count * 2)) units = static_cast<char16_t*>(smaller);
  }
  return NewTwoByteOwned(isolate, reinterpret_cast<uint16_t*>(units), count);
}

}  // namespace

// Short text is decoded on the stack, Latin-1 first (V8's one-byte strings are Latin-1 and
// take half the memory). Long text is scanned first (validity, UTF-16 length, whether it is all
// Latin-1), so that the string is allocated once at its exact size: a worst-case block shrunk
// afterwards left holes that made the malloc heap grow, and each first touch of its fresh pages
// is a page fault.
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
  const Utf8Scan scan = ScanUtf8(bytes, length);
  if (!scan.valid) return NewStringFromInvalidUtf8(isolate, bytes, length);
  if (scan.utf16_length > static_cast<size_t>(v8::String::kMaxLength)) return {};
  if (scan.max_lead == 0 && length < kExternalStringBytes) {
    return v8::String::NewFromOneByte(isolate, bytes, v8::NewStringType::kNormal,
                                      static_cast<int>(length));
  }
  // The bytes may change between the scan and the decoding (a Buffer on shared memory that
  // another thread writes): the decoders stay within the exact block, and a count that differs
  // from the scan's sends the text to the decoder that assumes nothing.
  if (scan.max_lead < 0xC4) {  // U+0000..U+00FF
    auto* latin1 = static_cast<uint8_t*>(LargeAlloc(scan.utf16_length));
    if (latin1 == nullptr) return {};
    size_t written = scan.utf16_length;
    if (scan.max_lead == 0) {
      std::memcpy(latin1, bytes, length);
    } else {
      written = ValidUtf8ToLatin1(bytes, length, latin1, scan.utf16_length);
    }
    if (written != scan.utf16_length) {
      std::free(latin1);
      return NewStringFromInvalidUtf8(isolate, bytes, length);
    }
    return NewOneByteOwned(isolate, reinterpret_cast<char*>(latin1), written);
  }
  auto* units = static_cast<char16_t*>(LargeAlloc(scan.utf16_length * 2));
  if (units == nullptr) return {};
  if (ValidUtf8ToUtf16(bytes, length, units, scan.utf16_length) != scan.utf16_length) {
    std::free(units);
    return NewStringFromInvalidUtf8(isolate, bytes, length);
  }
  return NewTwoByteOwned(isolate, reinterpret_cast<uint16_t*>(units), scan.utf16_length);
}

}  // namespace kiln
