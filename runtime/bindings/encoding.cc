// internalBinding('encoding'): UTF-8 for TextEncoder and TextDecoder, with the transcoders
// of node:buffer (utf8.h).
#include <string_view>

#include "binding.h"
#include "string_contents.h"
#include "utf8.h"

namespace kiln {
namespace {

// encodeUtf8(string) -> Uint8Array
void EncodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::String> text;
  if (!args[0]->ToString(isolate->GetCurrentContext()).ToLocal(&text)) return;
  const size_t length = StringUtf8Length(isolate, text);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  size_t read;
  WriteStringUtf8(isolate, text, static_cast<uint8_t*>(store->Data()), length, &read);
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
  args.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, length));
}

// encodeInto(string, uint8array) -> [read (UTF-16 units), written (bytes)]
void EncodeInto(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString() && args[1]->IsUint8Array());
  v8::Local<v8::String> text = args[0].As<v8::String>();
  v8::Local<v8::Uint8Array> dest = args[1].As<v8::Uint8Array>();
  auto* data = static_cast<uint8_t*>(dest->Buffer()->Data()) + dest->ByteOffset();
  size_t read;
  const size_t written = WriteStringUtf8(isolate, text, data, dest->ByteLength(), &read);
  v8::Local<v8::Value> values[] = {v8::Number::New(isolate, static_cast<double>(read)),
                                   v8::Number::New(isolate, static_cast<double>(written))};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

// decodeUtf8(view, ignoreBOM, fatal) -> string; with fatal, invalid input returns undefined.
void DecodeUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string_view bytes;
  if (args[0]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    bytes = std::string_view(static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset(),
                             view->ByteLength());
  } else if (args[0]->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = args[0].As<v8::ArrayBuffer>();
    bytes = std::string_view(static_cast<const char*>(buffer->Data()), buffer->ByteLength());
  } else if (args[0]->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer = args[0].As<v8::SharedArrayBuffer>();
    bytes = std::string_view(static_cast<const char*>(buffer->Data()), buffer->ByteLength());
  }
  if (args[2]->IsTrue() && !IsValidUtf8(bytes)) return;
  if (!args[1]->IsTrue() && bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  }
  v8::Local<v8::String> result;
  if (NewStringFromUtf8(isolate, bytes.data(), bytes.size()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void IsUtf8(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
  std::string_view bytes(static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset(),
                         view->ByteLength());
  args.GetReturnValue().Set(IsValidUtf8(bytes));
}

constexpr BindingMethod kMethods[] = {
    {"encodeUtf8", EncodeUtf8},
    {"encodeInto", EncodeInto},
    {"decodeUtf8", DecodeUtf8},
    {"isUtf8", IsUtf8},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(encoding, kiln::Initialize, kiln::kMethods)
