// internalBinding('buffer'): the byte work of node:buffer and string_decoder — strings encoded
// into bytes and decoded back in every Buffer encoding, search, compare, fill, swap and copy.
// Arguments are validated in lib/buffer.js; here only invariants are checked, and a receiver
// that is not a view gets the TypeError Node throws.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "binding.h"
#include "large_alloc.h"
#include "owned_string.h"
#include "string_bytes.h"
#include "string_contents.h"
#include "utf8.h"

namespace kiln {
namespace {

// The encoding ids shared with lib/internal/buffer.js (Node's numbering, which the native
// state of a StringDecoder shows).
enum Encoding : int {
  kAscii = 0,
  kUtf8 = 1,
  kBase64 = 2,
  kUcs2 = 3,
  kLatin1 = 4,
  kHex = 5,
  kBuffer = 6,
  kBase64Url = 7,
};

struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

// The bytes of a typed array, DataView, ArrayBuffer or SharedArrayBuffer.
Bytes BytesOf(v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    size_t length = view->ByteLength();
    if (length == 0) return {};
    return {static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset(), length};
  }
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    return {static_cast<uint8_t*>(buffer->Data()), buffer->ByteLength()};
  }
  if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer = value.As<v8::SharedArrayBuffer>();
    return {static_cast<uint8_t*>(buffer->Data()), buffer->ByteLength()};
  }
  return {};
}

bool IsDetached(v8::Local<v8::Value> value) {
  if (value->IsArrayBufferView()) {
    v8::Local<v8::Object> backing = value.As<v8::ArrayBufferView>()->Buffer();
    return backing->IsArrayBuffer() && backing.As<v8::ArrayBuffer>()->WasDetached();
  }
  return value->IsArrayBuffer() && value.As<v8::ArrayBuffer>()->WasDetached();
}

// Node's natives answer a `this` or argument that is not a view with this TypeError; methods
// called on foreign objects (Buffer.prototype.fill.call({})) reach here.
bool RequireViews(const v8::FunctionCallbackInfo<v8::Value>& args, int count) {
  for (int i = 0; i < count; i++) {
    if (args[i]->IsArrayBufferView()) continue;
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Value> error =
        v8::Exception::TypeError(ToV8(isolate, "argument must be a buffer"));
    v8::Maybe<bool> set_code =
        error.As<v8::Object>()->Set(isolate->GetCurrentContext(), Symbolize(isolate, "code"),
                                    Symbolize(isolate, "ERR_INVALID_ARG_TYPE"));
    (void)set_code;
    isolate->ThrowException(error);
    return false;
  }
  return true;
}

size_t SizeArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  double value = args[index].As<v8::Number>()->Value();
  CHECK(value >= 0);
  return static_cast<size_t>(value);
}

// --- Strings out of bytes --------------------------------------------------------------------

v8::MaybeLocal<v8::String> DecodeUtf8(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  return NewStringFromUtf8(isolate, reinterpret_cast<const char*>(data), length);
}

v8::MaybeLocal<v8::String> DecodeUcs2(v8::Isolate* isolate, const uint8_t* data, size_t length) {
  const size_t units = length / 2;  // A trailing odd byte is ignored.
  if (units > static_cast<size_t>(v8::String::kMaxLength)) return {};
  if (units == 0) return v8::String::Empty(isolate);
  if (units * 2 < kExternalStringBytes &&
      reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0) {
    return v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(data),
                                      v8::NewStringType::kNormal, static_cast<int>(units));
  }
  auto* copy = static_cast<uint16_t*>(LargeAlloc(units * 2));
  if (copy == nullptr) return {};
  std::memcpy(copy, data, units * 2);
  return NewTwoByteOwned(isolate, copy, units);
}

v8::MaybeLocal<v8::String> Decode(v8::Isolate* isolate, const uint8_t* data, size_t length,
                                  int encoding) {
  switch (encoding) {
    case kUtf8:
      return DecodeUtf8(isolate, data, length);
    case kUcs2:
      return DecodeUcs2(isolate, data, length);
    case kLatin1:
    case kBuffer:
      if (length < kExternalStringBytes) {
        return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal,
                                          static_cast<int>(length));
      }
      return MakeOneByte(isolate, length, [&](char* out) { std::memcpy(out, data, length); });
    case kAscii:
      return MakeOneByte(isolate, length, [&](char* out) {
        for (size_t i = 0; i < length; i++) out[i] = static_cast<char>(data[i] & 0x7F);
      });
    case kHex:
      if (length > static_cast<size_t>(v8::String::kMaxLength) / 2) return {};
      return MakeOneByte(isolate, length * 2, [&](char* out) { HexEncode(data, length, out); });
    case kBase64:
    case kBase64Url: {
      const bool url = encoding == kBase64Url;
      const size_t chars = Base64EncodedLength(length, url);
      return MakeOneByte(isolate, chars, [&](char* out) { Base64Encode(data, length, out, url); });
    }
  }
  CHECK(false);
  return {};
}

// --- Bytes out of strings --------------------------------------------------------------------

// Writes `text` in `encoding` to dst[0, capacity); returns the number of bytes written. UTF-8
// never writes part of a character; UTF-16 never writes half a code unit.
size_t Encode(v8::Isolate* isolate, v8::Local<v8::String> text, uint8_t* dst, size_t capacity,
              int encoding) {
  if (capacity == 0) return 0;
  if (encoding == kLatin1 || encoding == kAscii || encoding == kBuffer) {
    return text->WriteOneByte(isolate, dst, 0,
                              static_cast<int>(std::min<size_t>(capacity, INT32_MAX)),
                              v8::String::NO_NULL_TERMINATION);
  }
  if (encoding == kUcs2) {
    const size_t units = std::min<size_t>(capacity / 2, text->Length());
    if (units == 0) return 0;
    if (reinterpret_cast<uintptr_t>(dst) % alignof(uint16_t) == 0) {
      return 2 * text->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0,
                             static_cast<int>(units), v8::String::NO_NULL_TERMINATION);
    }
    StringContents contents(isolate, text);
    if (contents.one_byte()) {
      for (size_t i = 0; i < units; i++) {
        dst[2 * i] = contents.latin1()[i];
        dst[2 * i + 1] = 0;
      }
    } else {
      std::memcpy(dst, contents.utf16(), std::min(units, contents.length()) * 2);
    }
    return std::min(units, contents.length()) * 2;
  }
  if (encoding == kUtf8) {
    size_t read;
    return WriteStringUtf8(isolate, text, dst, capacity, &read);
  }
  StringContents contents(isolate, text);
  switch (encoding) {
    case kHex:
      return contents.one_byte()
                 ? HexDecode(dst, capacity, contents.latin1(), contents.length())
                 : HexDecode(dst, capacity, reinterpret_cast<const uint16_t*>(contents.utf16()),
                             contents.length());
    case kBase64:
    case kBase64Url:
      return contents.one_byte()
                 ? Base64Decode(dst, capacity, contents.latin1(), contents.length())
                 : Base64Decode(dst, capacity,
                                reinterpret_cast<const uint16_t*>(contents.utf16()),
                                contents.length());
  }
  CHECK(false);
  return 0;
}

// The whole of `text` in `encoding`, for searching and filling.
std::vector<uint8_t> EncodeAll(v8::Isolate* isolate, v8::Local<v8::String> text, int encoding) {
  std::vector<uint8_t> bytes;
  size_t capacity;
  switch (encoding) {
    case kUtf8:
      capacity = StringUtf8Length(isolate, text);
      break;
    case kUcs2:
      capacity = text->Length() * 2;
      break;
    case kBase64:
    case kBase64Url:
      capacity = text->Length() / 4 * 3 + 3;
      break;
    default:
      capacity = text->Length();
  }
  bytes.resize(capacity);
  bytes.resize(Encode(isolate, text, bytes.data(), capacity, encoding));
  return bytes;
}

// --- Methods ---------------------------------------------------------------------------------

void ByteLengthUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsString());
  args.GetReturnValue().Set(
      static_cast<double>(StringUtf8Length(args.GetIsolate(), args[0].As<v8::String>())));
}

// utf8Encode(string) -> ArrayBuffer holding exactly the string's UTF-8, for Buffer.from(long
// string). The length is counted first (a vector pass): a worst-case block shrunk afterwards
// left a hole in the malloc heap at every call, which made the heap grow into fresh pages.
void Utf8Encode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  v8::Local<v8::String> text = args[0].As<v8::String>();
  const size_t length = StringUtf8Length(isolate, text);
  void* data = length == 0 ? nullptr : LargeAlloc(length);
  if (length != 0 && data == nullptr) {
    isolate->ThrowException(
        v8::Exception::RangeError(ToV8(isolate, "Array buffer allocation failed")));
    return;
  }
  size_t read;
  const size_t written =
      length == 0 ? 0 : WriteStringUtf8(isolate, text, static_cast<uint8_t*>(data), length, &read);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, written, [](void* memory, size_t, void*) { std::free(memory); }, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

// <enc>Write(view, string, offset, maxLength) -> bytes written.
template <int encoding>
void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView() && args[1]->IsString());
  Bytes bytes = BytesOf(args[0]);
  const size_t offset = SizeArg(args, 2);
  size_t capacity = SizeArg(args, 3);
  CHECK(offset <= bytes.length);
  capacity = std::min(capacity, bytes.length - offset);
  size_t written =
      Encode(args.GetIsolate(), args[1].As<v8::String>(), bytes.data + offset, capacity, encoding);
  args.GetReturnValue().Set(static_cast<double>(written));
}

// <enc>Slice(view, start, end) -> string, or undefined when it would exceed V8's limit.
template <int encoding>
void Slice(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView());
  Bytes bytes = BytesOf(args[0]);
  const size_t start = SizeArg(args, 1);
  const size_t end = SizeArg(args, 2);
  CHECK(start <= end && end <= bytes.length);
  v8::Local<v8::String> result;
  if (Decode(args.GetIsolate(), bytes.data + start, end - start, encoding).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

int CompareBytes(Bytes a, Bytes b) {
  const size_t common = std::min(a.length, b.length);
  int result = common == 0 ? 0 : std::memcmp(a.data, b.data, common);
  if (result == 0) {
    if (a.length == b.length) return 0;
    return a.length > b.length ? 1 : -1;
  }
  return result > 0 ? 1 : -1;
}

// compare(a, b) -> -1 | 0 | 1
void Compare(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!RequireViews(args, 2)) return;
  args.GetReturnValue().Set(CompareBytes(BytesOf(args[0]), BytesOf(args[1])));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) -> -1 | 0 | 1;
// ranges past the end of either view are cut at its end.
void CompareOffset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!RequireViews(args, 2)) return;
  Bytes source = BytesOf(args[0]);
  Bytes target = BytesOf(args[1]);
  size_t target_start = SizeArg(args, 2);
  size_t source_start = SizeArg(args, 3);
  size_t target_end = SizeArg(args, 4);
  size_t source_end = SizeArg(args, 5);
  source_start = std::min(source_start, source.length);
  target_start = std::min(target_start, target.length);
  source_end = std::clamp(source_end, source_start, source.length);
  target_end = std::clamp(target_end, target_start, target.length);
  args.GetReturnValue().Set(CompareBytes({source.data + source_start, source_end - source_start},
                                         {target.data + target_start, target_end - target_start}));
}

// Where a search starts for the user's byteOffset: a negative offset counts from the end, and
// offsets outside the buffer clamp the way String.prototype.indexOf and lastIndexOf do.
// -1 means that nothing can match.
int64_t SearchStart(int64_t length, int64_t offset, int64_t needle_length, bool forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needle_length == 0 ? 0 : -1;
  }
  if (offset + needle_length <= length) return offset;
  if (needle_length == 0) return length;
  return forward ? -1 : length - 1;
}

double Search(Bytes haystack, const uint8_t* needle, size_t needle_length, int64_t offset,
              int encoding, bool forward) {
  const int64_t start = SearchStart(static_cast<int64_t>(haystack.length), offset,
                                    static_cast<int64_t>(needle_length), forward);
  if (needle_length == 0) return static_cast<double>(start);
  if (haystack.length == 0 || start < 0) return -1;
  const auto from = static_cast<size_t>(start);
  if (needle_length > haystack.length || (forward && from + needle_length > haystack.length)) {
    return -1;
  }
  if (encoding == kUcs2) {
    if (haystack.length < 2 || needle_length < 2) return -1;
    const size_t units = haystack.length / 2;
    const size_t found =
        SearchUint16(haystack.data, units, needle, needle_length / 2, from / 2, forward);
    // "Not found" is the unit count in bytes: for an odd-length haystack that is not its
    // length, and Node then answers length - 1. Kept for compatibility.
    return found * 2 == haystack.length ? -1 : static_cast<double>(found * 2);
  }
  const size_t found =
      SearchBytes(haystack.data, haystack.length, needle, needle_length, from, forward);
  return found == haystack.length ? -1 : static_cast<double>(found);
}

int64_t OffsetArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  return static_cast<int64_t>(args[index].As<v8::Number>()->Value());
}

// indexOfString(view, string, byteOffset, encoding, forward) -> index | -1
void IndexOfString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView() && args[1]->IsString() && args[3]->IsInt32());
  const int encoding = args[3].As<v8::Int32>()->Value();
  std::vector<uint8_t> needle = EncodeAll(args.GetIsolate(), args[1].As<v8::String>(), encoding);
  Bytes haystack = BytesOf(args[0]);
  // Node searches a UTF-16 string in the whole code units only: a trailing odd byte does not
  // count, not even for where negative offsets start.
  if (encoding == kUcs2) haystack.length &= ~static_cast<size_t>(1);
  args.GetReturnValue().Set(Search(haystack, needle.data(), needle.size(), OffsetArg(args, 2),
                                   encoding, args[4]->IsTrue()));
}

// indexOfBuffer(view, needleView, byteOffset, encoding, forward) -> index | -1
void IndexOfBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView() && args[1]->IsArrayBufferView() && args[3]->IsInt32());
  Bytes needle = BytesOf(args[1]);
  args.GetReturnValue().Set(Search(BytesOf(args[0]), needle.data, needle.length, OffsetArg(args, 2),
                                   args[3].As<v8::Int32>()->Value(), args[4]->IsTrue()));
}

// indexOfNumber(view, byte, byteOffset, forward) -> index | -1
void IndexOfNumber(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView() && args[1]->IsUint32());
  Bytes haystack = BytesOf(args[0]);
  const auto byte = static_cast<uint8_t>(args[1].As<v8::Uint32>()->Value());
  const bool forward = args[3]->IsTrue();
  const int64_t start =
      SearchStart(static_cast<int64_t>(haystack.length), OffsetArg(args, 2), 1, forward);
  if (start < 0 || haystack.length == 0) return args.GetReturnValue().Set(-1);
  const auto from = static_cast<size_t>(start);
  const void* found = forward ? std::memchr(haystack.data + from, byte, haystack.length - from)
                              : memrchr(haystack.data, byte, from + 1);
  args.GetReturnValue().Set(
      found == nullptr ? -1.0
                       : static_cast<double>(static_cast<const uint8_t*>(found) - haystack.data));
}

// Repeats dst[0, pattern_length) over dst[0, length).
void RepeatPattern(uint8_t* dst, size_t pattern_length, size_t length) {
  size_t filled = pattern_length;
  while (filled < length) {
    const size_t chunk = std::min(filled, length - filled);
    std::memcpy(dst + filled, dst, chunk);
    filled += chunk;
  }
}

// fill(view, value, start, end, encoding) -> undefined, -1 when the value encodes to no bytes,
// -2 when the range is outside the view. A string is encoded whole and repeated (UTF-8 may
// cut the last repetition mid-character); a view's bytes are repeated; anything else is
// converted to a number and its low byte used.
void Fill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!RequireViews(args, 1)) return;
  Bytes bytes = BytesOf(args[0]);
  const size_t start = SizeArg(args, 2);
  const size_t end = SizeArg(args, 3);
  if (start > end || end > bytes.length) return args.GetReturnValue().Set(-2);
  const size_t length = end - start;
  if (length == 0) return;
  uint8_t* dst = bytes.data + start;

  size_t pattern_length;
  if (args[1]->IsString()) {
    v8::Local<v8::String> text = args[1].As<v8::String>();
    const int encoding = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : kUtf8;
    if (encoding == kUtf8 || encoding == kUcs2) {
      std::vector<uint8_t> pattern = EncodeAll(isolate, text, encoding);
      pattern_length = pattern.size();
      if (pattern_length > 0) std::memcpy(dst, pattern.data(), std::min(pattern_length, length));
    } else {
      pattern_length = Encode(isolate, text, dst, length, encoding);
    }
  } else if (args[1]->IsArrayBufferView()) {
    Bytes pattern = BytesOf(args[1]);
    pattern_length = pattern.length;
    if (pattern_length > 0) std::memmove(dst, pattern.data, std::min(pattern_length, length));
  } else {
    uint32_t value;
    if (!args[1]->Uint32Value(isolate->GetCurrentContext()).To(&value)) return;
    std::memset(dst, static_cast<uint8_t>(value), length);
    return;
  }
  if (pattern_length >= length) return;
  if (pattern_length == 0) return args.GetReturnValue().Set(-1);
  RepeatPattern(dst, pattern_length, length);
}

template <size_t width>
void Swap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!RequireViews(args, 1)) return;
  Bytes bytes = BytesOf(args[0]);
  // The length checked in JS may count elements of a wider typed array: swap whole groups.
  bytes.length -= bytes.length % width;
  for (size_t i = 0; i < bytes.length; i += width)
    std::reverse(bytes.data + i, bytes.data + i + width);
  args.GetReturnValue().Set(args[0]);
}

// copy(source, target, targetStart, sourceStart, count): the ranges are already clamped.
void Copy(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsArrayBufferView() && args[1]->IsArrayBufferView());
  Bytes source = BytesOf(args[0]);
  Bytes target = BytesOf(args[1]);
  const size_t target_start = SizeArg(args, 2);
  const size_t source_start = SizeArg(args, 3);
  const size_t count = SizeArg(args, 4);
  CHECK(source_start + count <= source.length && target_start + count <= target.length);
  if (count > 0) std::memmove(target.data + target_start, source.data + source_start, count);
}

// isUtf8(viewOrBuffer) / isAscii(viewOrBuffer) -> boolean, undefined when detached.
void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (IsDetached(args[0])) return;
  Bytes bytes = BytesOf(args[0]);
  args.GetReturnValue().Set(
      IsValidUtf8(std::string_view(reinterpret_cast<const char*>(bytes.data), bytes.length)));
}

void IsAscii(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (IsDetached(args[0])) return;
  Bytes bytes = BytesOf(args[0]);
  uint8_t any = 0;
  for (size_t i = 0; i < bytes.length; i++) any |= bytes.data[i];
  args.GetReturnValue().Set((any & 0x80) == 0);
}

// createUnsafeArrayBuffer(size) -> ArrayBuffer whose memory is not zeroed (Buffer.allocUnsafe).
void CreateUnsafeArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  const size_t size = SizeArg(args, 0);
  void* data = size == 0 ? nullptr : LargeAlloc(size);
  if (size != 0 && data == nullptr) {
    // Let V8 report the failure as it does for `new ArrayBuffer(size)`.
    isolate->ThrowException(
        v8::Exception::RangeError(ToV8(isolate, "Array buffer allocation failed")));
    return;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data, size, [](void* memory, size_t, void*) { std::free(memory); }, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

constexpr BindingMethod kMethods[] = {
    {"byteLengthUtf8", ByteLengthUtf8},
    {"utf8Encode", Utf8Encode},
    {"utf8Write", Write<kUtf8>},
    {"latin1Write", Write<kLatin1>},
    {"asciiWrite", Write<kAscii>},
    {"ucs2Write", Write<kUcs2>},
    {"hexWrite", Write<kHex>},
    {"base64Write", Write<kBase64>},
    {"base64urlWrite", Write<kBase64Url>},
    {"utf8Slice", Slice<kUtf8>},
    {"latin1Slice", Slice<kLatin1>},
    {"asciiSlice", Slice<kAscii>},
    {"ucs2Slice", Slice<kUcs2>},
    {"hexSlice", Slice<kHex>},
    {"base64Slice", Slice<kBase64>},
    {"base64urlSlice", Slice<kBase64Url>},
    {"compare", Compare},
    {"compareOffset", CompareOffset},
    {"indexOfString", IndexOfString},
    {"indexOfBuffer", IndexOfBuffer},
    {"indexOfNumber", IndexOfNumber},
    {"fill", Fill},
    {"swap16", Swap<2>},
    {"swap32", Swap<4>},
    {"swap64", Swap<8>},
    {"copy", Copy},
    {"isUtf8", IsUtf8},
    {"isAscii", IsAscii},
    {"createUnsafeArrayBuffer", CreateUnsafeArrayBuffer},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetValue(env, target, "kMaxLength",
           v8::Number::New(env->isolate(), static_cast<double>(v8::TypedArray::kMaxLength)));
  SetInteger(env, target, "kStringMaxLength", v8::String::kMaxLength);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(buffer, kiln::Initialize, kiln::kMethods)
