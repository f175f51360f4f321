// Read access to the characters of a V8 string, as one flat array or piece by piece: Latin-1
// bytes or UTF-16 units, whichever the string holds. External strings are read in place;
// others are copied out (onto the stack when short). And UTF-8 encoding on top of that.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "large_alloc.h"
#include "utf8.h"
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

// Visits the characters of `text` in order, a piece at a time, without copying the whole
// string: external strings in place, others through a small stack buffer. `latin1(const
// uint8_t*, size_t)` or `utf16(const char16_t*, size_t)` is called for each piece (all of one
// kind) and returns false to stop. A surrogate pair is never split between two pieces.
template <typename Latin1, typename Utf16>
void VisitStringPieces(v8::Isolate* isolate, v8::Local<v8::String> text, Latin1 latin1,
                       Utf16 utf16) {
  const auto length = static_cast<size_t>(text->Length());
  if (length == 0) return;
  v8::String::Encoding encoding;
  if (const v8::String::ExternalStringResourceBase* base =
          text->GetExternalStringResourceBase(&encoding)) {
    if (encoding == v8::String::ONE_BYTE_ENCODING) {
      latin1(reinterpret_cast<const uint8_t*>(
                 static_cast<const v8::String::ExternalOneByteStringResource*>(base)->data()),
             length);
      return;
    }
    if (encoding == v8::String::TWO_BYTE_ENCODING) {
      utf16(reinterpret_cast<const char16_t*>(
                static_cast<const v8::String::ExternalStringResource*>(base)->data()),
            length);
      return;
    }
  }
  constexpr size_t kPiece = 8192;
  if (text->IsOneByte()) {
    uint8_t piece[kPiece];
    for (size_t at = 0; at < length; at += kPiece) {
      const size_t count = std::min(kPiece, length - at);
      text->WriteOneByte(isolate, piece, static_cast<int>(at), static_cast<int>(count),
                         v8::String::NO_NULL_TERMINATION);
      if (!latin1(static_cast<const uint8_t*>(piece), count)) return;
    }
    return;
  }
  alignas(32) uint16_t piece[kPiece];
  for (size_t at = 0; at < length;) {
    size_t count = std::min(kPiece, length - at);
    text->Write(isolate, piece, static_cast<int>(at), static_cast<int>(count),
                v8::String::NO_NULL_TERMINATION);
    // A high surrogate at the end of a piece waits for the next piece and its partner.
    if (at + count < length && count > 1 && (piece[count - 1] & 0xFC00) == 0xD800) count--;
    if (!utf16(reinterpret_cast<const char16_t*>(piece), count)) return;
    at += count;
  }
}

// The UTF-8 length of `text` (a lone surrogate takes the 3 bytes of U+FFFD).
inline size_t StringUtf8Length(v8::Isolate* isolate, v8::Local<v8::String> text) {
  size_t total = 0;
  VisitStringPieces(
      isolate, text,
      [&](const uint8_t* piece, size_t length) {
        total += Latin1Utf8Length(piece, length);
        return true;
      },
      [&](const char16_t* piece, size_t length) {
        total += Utf16Utf8Length(piece, length);
        return true;
      });
  return total;
}

// Writes `text` as UTF-8 (lone surrogates as U+FFFD), whole characters only, into
// dst[0, capacity); returns the bytes written and sets *read to the UTF-16 units consumed.
inline size_t WriteStringUtf8(v8::Isolate* isolate, v8::Local<v8::String> text, uint8_t* dst,
                              size_t capacity, size_t* read) {
  size_t written = 0;
  size_t consumed = 0;
  VisitStringPieces(
      isolate, text,
      [&](const uint8_t* piece, size_t length) {
        size_t units;
        written += Latin1ToUtf8(piece, length, dst + written, capacity - written, &units);
        consumed += units;
        return units == length;
      },
      [&](const char16_t* piece, size_t length) {
        size_t units;
        written += Utf16ToUtf8(piece, length, dst + written, capacity - written, &units);
        consumed += units;
        return units == length;
      });
  *read = consumed;
  return written;
}

}  // namespace kiln
