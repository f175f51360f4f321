// internalBinding('serdes'): structuredClone on V8's ValueSerializer.
#include <cstdlib>
#include <cstring>
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
    // A Global: V8 hands the buffer over in a handle scope that ends with WriteValue.
    shared_.emplace_back(isolate, buffer);
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;

 private:
  v8::Isolate* isolate_;
};

class CloneDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit CloneDeserializerDelegate(const std::vector<v8::Global<v8::SharedArrayBuffer>>& shared)
      : shared_(shared) {}
  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    if (id >= shared_.size()) return {};
    return shared_[id].Get(isolate);
  }

 private:
  const std::vector<v8::Global<v8::SharedArrayBuffer>>& shared_;
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

// ---- Node's child_process 'advanced' serialization ----
// ArrayBufferViews are host objects written as Node's ChildProcessSerializer does: uint32 0
// (a view), then v8.DefaultSerializer's uint32 type index, uint32 byte length, raw bytes.
// Type indices: Int8Array..Float64Array, DataView = 0..9, Buffer = 10, BigInt64Array = 11,
// BigUint64Array = 12.

int ViewTypeIndex(v8::Local<v8::Object> view, v8::Local<v8::Value> buffer_prototype) {
  if (view->IsInt8Array()) return 0;
  if (view->IsUint8Array()) return view->GetPrototype()->StrictEquals(buffer_prototype) ? 10 : 1;
  if (view->IsUint8ClampedArray()) return 2;
  if (view->IsInt16Array()) return 3;
  if (view->IsUint16Array()) return 4;
  if (view->IsInt32Array()) return 5;
  if (view->IsUint32Array()) return 6;
  if (view->IsFloat32Array()) return 7;
  if (view->IsFloat64Array()) return 8;
  if (view->IsDataView()) return 9;
  if (view->IsBigInt64Array()) return 11;
  if (view->IsBigUint64Array()) return 12;
  return -1;
}

class IpcSerializerDelegate : public CloneSerializerDelegate {
 public:
  IpcSerializerDelegate(v8::Isolate* isolate, v8::Local<v8::Value> buffer_prototype)
      : CloneSerializerDelegate(isolate), isolate_(isolate), buffer_prototype_(buffer_prototype) {}

  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  // Node's v8.Serializer throws a plain Error here, not structuredClone's DataCloneError.
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(v8::Exception::Error(message));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    int index = object->IsArrayBufferView() ? ViewTypeIndex(object, buffer_prototype_) : -1;
    if (index < 0) {
      // Other host objects (native handles) go as a plain copy of their own properties, as
      // Node's ChildProcessSerializer does.
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      v8::Local<v8::Array> names;
      if (!object->GetOwnPropertyNames(context).ToLocal(&names)) return v8::Nothing<bool>();
      v8::Local<v8::Object> copy = v8::Object::New(isolate);
      for (uint32_t i = 0; i < names->Length(); i++) {
        v8::Local<v8::Value> name, value;
        if (!names->Get(context, i).ToLocal(&name) || !object->Get(context, name).ToLocal(&value) ||
            copy->Set(context, name, value).IsNothing()) {
          return v8::Nothing<bool>();
        }
      }
      serializer_->WriteUint32(1);
      return serializer_->WriteValue(context, copy);
    }
    v8::Local<v8::ArrayBufferView> view = object.As<v8::ArrayBufferView>();
    serializer_->WriteUint32(0);
    serializer_->WriteUint32(static_cast<uint32_t>(index));
    serializer_->WriteUint32(static_cast<uint32_t>(view->ByteLength()));
    std::vector<uint8_t> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    serializer_->WriteRawBytes(bytes.data(), bytes.size());
    return v8::Just(true);
  }

 private:
  v8::Isolate* isolate_;
  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class IpcDeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit IpcDeserializerDelegate(v8::Local<v8::Value> buffer_prototype)
      : buffer_prototype_(buffer_prototype) {}

  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    uint32_t kind = 0, index = 0, length = 0;
    if (!deserializer_->ReadUint32(&kind)) return Fail(isolate);
    if (kind != 0) {
      v8::Local<v8::Value> value;
      if (!deserializer_->ReadValue(context).ToLocal(&value) || !value->IsObject()) {
        return Fail(isolate);
      }
      return value.As<v8::Object>();
    }
    const void* data = nullptr;
    if (!deserializer_->ReadUint32(&index) || !deserializer_->ReadUint32(&length) ||
        !deserializer_->ReadRawBytes(length, &data)) {
      return Fail(isolate);
    }
    static constexpr size_t kElementSize[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 1, 1, 8, 8};
    if (index > 12 || length % kElementSize[index] != 0) return Fail(isolate);
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
    if (length > 0) memcpy(buffer->GetBackingStore()->Data(), data, length);
    size_t count = length / kElementSize[index];
    switch (index) {
      case 0: return v8::Int8Array::New(buffer, 0, count);
      case 1: return v8::Uint8Array::New(buffer, 0, count);
      case 2: return v8::Uint8ClampedArray::New(buffer, 0, count);
      case 3: return v8::Int16Array::New(buffer, 0, count);
      case 4: return v8::Uint16Array::New(buffer, 0, count);
      case 5: return v8::Int32Array::New(buffer, 0, count);
      case 6: return v8::Uint32Array::New(buffer, 0, count);
      case 7: return v8::Float32Array::New(buffer, 0, count);
      case 8: return v8::Float64Array::New(buffer, 0, count);
      case 9: return v8::DataView::New(buffer, 0, count);
      case 10: {
        v8::Local<v8::Uint8Array> view = v8::Uint8Array::New(buffer, 0, count);
        if (view->SetPrototype(context, buffer_prototype_).IsNothing()) return {};
        return view;
      }
      case 11: return v8::BigInt64Array::New(buffer, 0, count);
      default: return v8::BigUint64Array::New(buffer, 0, count);
    }
  }

 private:
  static v8::MaybeLocal<v8::Object> Fail(v8::Isolate* isolate) {
    isolate->ThrowException(v8::Exception::Error(ToV8(isolate, "Unable to deserialize IPC message")));
    return {};
  }

  v8::Local<v8::Value> buffer_prototype_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

// ipcSerialize(value, bufferPrototype) -> ArrayBuffer: a 4-byte big-endian length, then the
// V8 header and value (one frame of Node's 'advanced' IPC serialization).
void IpcSerialize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  IpcSerializerDelegate delegate(isolate, args[1]);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  serializer.SetTreatArrayBufferViewsAsHostObjects(true);
  const uint8_t placeholder[4] = {0, 0, 0, 0};
  serializer.WriteRawBytes(placeholder, 4);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, args[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  uint32_t size = static_cast<uint32_t>(data.second - 4);
  data.first[0] = static_cast<uint8_t>(size >> 24);
  data.first[1] = static_cast<uint8_t>(size >> 16);
  data.first[2] = static_cast<uint8_t>(size >> 8);
  data.first[3] = static_cast<uint8_t>(size);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(
      isolate, v8::ArrayBuffer::NewBackingStore(
                   data.first, data.second, [](void* data, size_t, void*) { free(data); }, nullptr)));
}

// ipcDeserialize(view, bufferPrototype) -> value, from the bytes after a frame's length.
void IpcDeserialize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  CHECK(args[0]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  IpcDeserializerDelegate delegate(args[1]);
  v8::ValueDeserializer deserializer(isolate, bytes.data(), bytes.size(), &delegate);
  delegate.set_deserializer(&deserializer);
  v8::Local<v8::Value> result;
  if (deserializer.ReadHeader(context).FromMaybe(false) &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

constexpr BindingMethod kMethods[] = {
    {"structuredClone", StructuredClone},
    {"markAsUntransferable", MarkAsUntransferable},
    {"ipcSerialize", IpcSerialize},
    {"ipcDeserialize", IpcDeserialize},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(serdes, kiln::Initialize, kiln::kMethods)
