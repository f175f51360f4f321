// internalBinding('serdes'): structuredClone on V8's ValueSerializer.
#include <vector>

#include "binding.h"

namespace kiln {
namespace {

class CloneSerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit CloneSerializerDelegate(v8::Isolate* isolate) : isolate_(isolate) {}

  // JS turns this into a DOMException named DataCloneError.
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Object> error = v8::Exception::Error(message).As<v8::Object>();
    bool named = error->Set(isolate_->GetCurrentContext(), Symbolize(isolate_, "name"),
                            Symbolize(isolate_, "DataCloneError")).FromMaybe(false);
    (void)named;
    isolate_->ThrowException(error);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (uint32_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(i);
    }
    shared_.push_back(buffer);
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;

 private:
  v8::Isolate* isolate_;
};

class CloneDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit CloneDeserializerDelegate(const std::vector<v8::Local<v8::SharedArrayBuffer>>& shared)
      : shared_(shared) {}
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate*,
                                                                   uint32_t id) override {
    if (id >= shared_.size()) return {};
    return shared_[id];
  }

 private:
  const std::vector<v8::Local<v8::SharedArrayBuffer>>& shared_;
};

v8::Local<v8::Private> UntransferableKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, Symbolize(isolate, "kiln:untransferable"));
}

// markAsUntransferable(arrayBuffer): a transfer list naming it copies it instead (the Buffer
// pool, which many Buffers share).
void MarkAsUntransferable(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsArrayBuffer()) return;
  v8::Isolate* isolate = args.GetIsolate();
  bool marked = args[0]
                    .As<v8::Object>()
                    ->SetPrivate(isolate->GetCurrentContext(), UntransferableKey(isolate),
                                 v8::True(isolate))
                    .FromMaybe(false);
  (void)marked;
}

bool IsUntransferable(v8::Isolate* isolate, v8::Local<v8::ArrayBuffer> buffer) {
  return buffer->HasPrivate(isolate->GetCurrentContext(), UntransferableKey(isolate))
      .FromMaybe(false);
}

// structuredClone(value, transferList) -> clone. Transferred ArrayBuffers are detached.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<v8::Local<v8::ArrayBuffer>> transfers;
  if (args[1]->IsArray()) {
    v8::Local<v8::Array> list = args[1].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item = list->Get(context, i).ToLocalChecked();
      if (!item->IsArrayBuffer() || IsUntransferable(isolate, item.As<v8::ArrayBuffer>())) continue;
      transfers.push_back(item.As<v8::ArrayBuffer>());
    }
  }
  CloneSerializerDelegate serializer_delegate(isolate);
  v8::ValueSerializer serializer(isolate, &serializer_delegate);
  for (uint32_t i = 0; i < transfers.size(); i++) serializer.TransferArrayBuffer(i, transfers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, args[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();

  std::vector<v8::Local<v8::ArrayBuffer>> received;
  for (v8::Local<v8::ArrayBuffer> buffer : transfers) {
    std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
    buffer->Detach();
    received.push_back(v8::ArrayBuffer::New(isolate, store));
  }
  CloneDeserializerDelegate deserializer_delegate(serializer_delegate.shared_);
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &deserializer_delegate);
  for (uint32_t i = 0; i < received.size(); i++) deserializer.TransferArrayBuffer(i, received[i]);
  v8::Local<v8::Value> result;
  if (deserializer.ReadHeader(context).FromMaybe(false) &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
  free(data.first);
}

constexpr BindingMethod kMethods[] = {
    {"structuredClone", StructuredClone},
    {"markAsUntransferable", MarkAsUntransferable},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(serdes, kiln::Initialize, kiln::kMethods)
