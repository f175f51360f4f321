#include "owned_string.h"

#include <cstdlib>

namespace kiln {
namespace {

// V8 is told of the memory behind external strings, as of ArrayBuffers', so that a program
// that makes many large strings and drops them collects them before the process grows by
// hundreds of megabytes. It is told eight times the real size: V8 10.2 starts a collection
// only after 64 MB more external memory, and a megabyte string decoded from a Buffer is
// typically garbage at once; collecting every 8 MB of them lets malloc hand out the same warm
// blocks again instead of fresh pages (each first touch of a page is a fault, zeroing and, on
// a virtual machine, often a fault in the host too). Weight 4 took 142 -> 78 MB peak RSS for
// 100 decodes of 1 MB of UTF-8 (0.52 s -> 0.27 s CPU); 8 takes it to 62 MB at the same CPU
// time, and 50 Buffer.from + toString round trips of 1 MB from 77 to 65 MB (node 26: 48 and
// 53 MB). The report is relative, so the number of live strings does not change how often V8
// collects.
constexpr int64_t kExternalStringWeight = 8;

template <typename Base, typename Char>
class OwnedResource final : public Base {
 public:
  OwnedResource(v8::Isolate* isolate, Char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(Weighted());
  }
  ~OwnedResource() override {
    std::free(data_);
    isolate_->AdjustAmountOfExternalAllocatedMemory(-Weighted());
  }
  const Char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  int64_t Weighted() const {
    return static_cast<int64_t>(length_ * sizeof(Char)) * kExternalStringWeight;
  }

  v8::Isolate* isolate_;
  Char* data_;
  size_t length_;
};

using OwnedOneByte = OwnedResource<v8::String::ExternalOneByteStringResource, char>;
using OwnedTwoByte = OwnedResource<v8::String::ExternalStringResource, uint16_t>;

}  // namespace

v8::MaybeLocal<v8::String> NewOneByteOwned(v8::Isolate* isolate, char* data, size_t length) {
  if (length > static_cast<size_t>(v8::String::kMaxLength)) {
    std::free(data);
    return {};
  }
  if (length < kExternalStringBytes) {
    v8::MaybeLocal<v8::String> result =
        v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(data),
                                   v8::NewStringType::kNormal, static_cast<int>(length));
    std::free(data);
    return result;
  }
  auto* resource = new OwnedOneByte(isolate, data, length);
  v8::MaybeLocal<v8::String> result = v8::String::NewExternalOneByte(isolate, resource);
  if (result.IsEmpty()) delete resource;
  return result;
}

v8::MaybeLocal<v8::String> NewTwoByteOwned(v8::Isolate* isolate, uint16_t* data, size_t length) {
  if (length > static_cast<size_t>(v8::String::kMaxLength)) {
    std::free(data);
    return {};
  }
  if (length * 2 < kExternalStringBytes) {
    v8::MaybeLocal<v8::String> result = v8::String::NewFromTwoByte(
        isolate, data, v8::NewStringType::kNormal, static_cast<int>(length));
    std::free(data);
    return result;
  }
  auto* resource = new OwnedTwoByte(isolate, data, length);
  v8::MaybeLocal<v8::String> result = v8::String::NewExternalTwoByte(isolate, resource);
  if (result.IsEmpty()) delete resource;
  return result;
}

}  // namespace kiln
