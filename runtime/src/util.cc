#include "util.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

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

// Strings from this size on are handed to V8 without a copy.
constexpr size_t kExternalStringThreshold = 1 << 20;

class ExternalOneByteString final : public v8::String::ExternalOneByteStringResource {
 public:
  ExternalOneByteString(char* data, size_t length) : data_(data), length_(length) {}
  ~ExternalOneByteString() override { std::free(data_); }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  char* data_;
  size_t length_;
};

class ExternalTwoByteString final : public v8::String::ExternalStringResource {
 public:
  ExternalTwoByteString(uint16_t* data, size_t length) : data_(data), length_(length) {}
  ~ExternalTwoByteString() override { std::free(data_); }
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  uint16_t* data_;
  size_t length_;
};

}  // namespace

v8::MaybeLocal<v8::String> NewStringFromUtf8(v8::Isolate* isolate, const char* data,
                                             size_t length) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(data);
  if (length == 0) return v8::String::Empty(isolate);
  size_t ascii = AsciiPrefixLength(bytes, length);
  if (ascii == length) {
    if (length > static_cast<size_t>(v8::String::kMaxLength)) return {};
    if (length >= kExternalStringThreshold) {
      char* copy = static_cast<char*>(std::malloc(length));
      if (copy == nullptr) return {};
      std::memcpy(copy, data, length);
      auto* resource = new ExternalOneByteString(copy, length);
      v8::MaybeLocal<v8::String> result = v8::String::NewExternalOneByte(isolate, resource);
      if (result.IsEmpty()) delete resource;
      return result;
    }
    return v8::String::NewFromOneByte(isolate, bytes, v8::NewStringType::kNormal,
                                      static_cast<int>(length));
  }
  // Text whose code points all fit one byte (ASCII with accented Latin letters) becomes a
  // one-byte string directly, as V8 would make it anyway after scanning a two-byte copy.
  auto* latin1 = static_cast<uint8_t*>(std::malloc(length));
  if (latin1 == nullptr) return {};
  size_t latin1_length;
  size_t consumed = Utf8ToLatin1Prefix(bytes, length, latin1, &latin1_length);
  if (consumed == length) {
    if (latin1_length >= kExternalStringThreshold) {
      auto* resource = new ExternalOneByteString(reinterpret_cast<char*>(latin1), latin1_length);
      v8::MaybeLocal<v8::String> result = v8::String::NewExternalOneByte(isolate, resource);
      if (result.IsEmpty()) delete resource;
      return result;
    }
    v8::MaybeLocal<v8::String> result = v8::String::NewFromOneByte(
        isolate, latin1, v8::NewStringType::kNormal, static_cast<int>(latin1_length));
    std::free(latin1);
    return result;
  }
  // UTF-16 never has more units than the UTF-8 has bytes. The Latin-1 prefix is widened and the
  // rest decoded from where it stopped.
  auto* units = static_cast<char16_t*>(std::malloc(length * sizeof(char16_t)));
  if (units == nullptr) {
    std::free(latin1);
    return {};
  }
  for (size_t i = 0; i < latin1_length; i++) units[i] = latin1[i];
  std::free(latin1);
  size_t count = latin1_length + Utf8ToUtf16(bytes + consumed, length - consumed,
                                             units + latin1_length);
  if (count > static_cast<size_t>(v8::String::kMaxLength)) {
    std::free(units);
    return {};
  }
  if (count >= kExternalStringThreshold) {
    auto* resource = new ExternalTwoByteString(reinterpret_cast<uint16_t*>(units), count);
    v8::MaybeLocal<v8::String> result = v8::String::NewExternalTwoByte(isolate, resource);
    if (result.IsEmpty()) delete resource;
    return result;
  }
  v8::MaybeLocal<v8::String> result =
      v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(units),
                                 v8::NewStringType::kNormal, static_cast<int>(count));
  std::free(units);
  return result;
}

}  // namespace kiln
