// Read access to the characters of a V8 string as one flat array: Latin-1 bytes or UTF-16
// units, whichever the string holds. External strings are read in place; others are copied
// out once (onto the stack when short).
#pragma once

#include <cstdint>
#include <cstdlib>

#include "large_alloc.h"
#include "v8.h"

namespace kiln {

class StringContents {
 public:
  StringContents(v8::Isolate* isolate, v8::Local<v8::String> text)
      : length_(static_cast<size_t>(text->Length())), one_byte_(text->IsOneByte()) {
    if (length_ == 0) return;
    v8::String::Encoding encoding;
    if (const v8::String::ExternalStringResourceBase* base =
            text->GetExternalStringResourceBase(&encoding)) {
      if (encoding == v8::String::ONE_BYTE_ENCODING) {
        one_byte_ = true;
        data_ = static_cast<const v8::String::ExternalOneByteStringResource*>(base)->data();
        return;
      }
      if (encoding == v8::String::TWO_BYTE_ENCODING) {
        // A two-byte external string may still hold only Latin-1 (IsOneByte is then true),
        // but its storage is UTF-16.
        one_byte_ = false;
        data_ = static_cast<const v8::String::ExternalStringResource*>(base)->data();
        return;
      }
    }
    const size_t bytes = one_byte_ ? length_ : length_ * 2;
    void* copy = bytes <= sizeof(stack_) ? static_cast<void*>(stack_) : (heap_ = LargeAlloc(bytes));
    if (copy == nullptr) {
      length_ = 0;
      return;
    }
    if (one_byte_) {
      text->WriteOneByte(isolate, static_cast<uint8_t*>(copy), 0, static_cast<int>(length_),
                         v8::String::NO_NULL_TERMINATION);
    } else {
      text->Write(isolate, static_cast<uint16_t*>(copy), 0, static_cast<int>(length_),
                  v8::String::NO_NULL_TERMINATION);
    }
    data_ = copy;
  }
  ~StringContents() { std::free(heap_); }
  StringContents(const StringContents&) = delete;
  StringContents& operator=(const StringContents&) = delete;

  // False also when the copy could not be allocated (length() is then 0).
  bool one_byte() const { return one_byte_; }
  size_t length() const { return length_; }
  const uint8_t* latin1() const { return static_cast<const uint8_t*>(data_); }
  const char16_t* utf16() const { return static_cast<const char16_t*>(data_); }

 private:
  size_t length_;
  bool one_byte_;
  const void* data_ = nullptr;
  void* heap_ = nullptr;
  alignas(16) char stack_[2048];
};

}  // namespace kiln
