// internalBinding('value_serializer'): the Serializer and Deserializer classes of node:v8,
// V8's ValueSerializer/ValueDeserializer with their delegate calls forwarded to overridable JS
// methods (_writeHostObject, _getDataCloneError, _getSharedArrayBufferId, _readHostObject).
#include <cstdlib>
#include <cstring>

#include "binding.h"
#include "util.h"

namespace kiln {
namespace {

// Calls `holder[name](...args)`; empty when it threw or is not a function.
v8::MaybeLocal<v8::Value> CallMethod(v8::Isolate* isolate, v8::Local<v8::Object> holder,
                                     const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> method;
  if (!holder->Get(context, Symbolize(isolate, name)).ToLocal(&method)) return {};
  if (!method->IsFunction()) {
    isolate->ThrowException(
        v8::Exception::TypeError(ToV8(isolate, std::string(name) + " is not a function")));
    return {};
  }
  return method.As<v8::Function>()->Call(context, holder, argc, argv);
}

template <typename T>
T* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Object> self = args.This();
  if (self->InternalFieldCount() < 1) return nullptr;
  return static_cast<T*>(self->GetAlignedPointerFromInternalField(0));
}

// Owns a native object for as long as its JS object lives.
template <typename T>
void Attach(v8::Isolate* isolate, v8::Local<v8::Object> object, T* native,
            v8::Global<v8::Object>* handle) {
  object->SetAlignedPointerInInternalField(0, native);
  handle->Reset(isolate, object);
  handle->SetWeak(
      native, [](const v8::WeakCallbackInfo<T>& info) { delete info.GetParameter(); },
      v8::WeakCallbackType::kParameter);
}

// --- Serializer ------------------------------------------------------------------------------

class Serializer : public v8::ValueSerializer::Delegate {
 public:
  Serializer(v8::Isolate* isolate, v8::Local<v8::Object> object)
      : isolate_(isolate), serializer_(isolate, this) {
    Attach(isolate, object, this, &object_);
  }
  ~Serializer() override { object_.Reset(); }

  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    v8::Local<v8::Value> argv[] = {message};
    v8::Local<v8::Value> error;
    if (CallMethod(isolate_, object_.Get(isolate_), "_getDataCloneError", 1, argv)
            .ToLocal(&error)) {
      isolate_->ThrowException(error);
    }
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    v8::Local<v8::Value> argv[] = {object};
    if (CallMethod(isolate, object_.Get(isolate), "_writeHostObject", 1, argv).IsEmpty()) {
      return v8::Nothing<bool>();
    }
    return v8::Just(true);
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(v8::Isolate* isolate,
                                             v8::Local<v8::SharedArrayBuffer> buffer) override {
    v8::Local<v8::Value> argv[] = {buffer};
    v8::Local<v8::Value> id;
    if (!CallMethod(isolate, object_.Get(isolate), "_getSharedArrayBufferId", 1, argv)
             .ToLocal(&id)) {
      return v8::Nothing<uint32_t>();
    }
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  v8::ValueSerializer& serializer() { return serializer_; }

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Object> object_;
  v8::ValueSerializer serializer_;
};

void NewSerializer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!IsConstructCallOrThrow(args, "Serializer")) return;
  new Serializer(args.GetIsolate(), args.This());
}

void WriteHeader(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (Serializer* self = Unwrap<Serializer>(args)) self->serializer().WriteHeader();
}

void WriteValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  if (self == nullptr) return;
  v8::Maybe<bool> written =
      self->serializer().WriteValue(args.GetIsolate()->GetCurrentContext(), args[0]);
  if (written.IsJust()) args.GetReturnValue().Set(written.FromJust());
}

void ReleaseBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  if (self == nullptr) return;
  std::pair<uint8_t*, size_t> data = self->serializer().Release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* bytes, size_t, void*) { std::free(bytes); }, nullptr);
  args.GetReturnValue().Set(v8::ArrayBuffer::New(args.GetIsolate(), std::move(store)));
}

void TransferArrayBufferOut(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  if (self == nullptr || !args[1]->IsArrayBuffer()) return;
  uint32_t id = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  self->serializer().TransferArrayBuffer(id, args[1].As<v8::ArrayBuffer>());
}

void WriteUint32(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  v8::Maybe<uint32_t> value = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext());
  if (self != nullptr && value.IsJust()) self->serializer().WriteUint32(value.FromJust());
}

void WriteUint64(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  v8::Maybe<uint32_t> hi = args[0]->Uint32Value(context);
  if (hi.IsNothing()) return;
  v8::Maybe<uint32_t> lo = args[1]->Uint32Value(context);
  if (self == nullptr || lo.IsNothing()) return;
  self->serializer().WriteUint64((static_cast<uint64_t>(hi.FromJust()) << 32) | lo.FromJust());
}

void WriteDouble(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  v8::Maybe<double> value = args[0]->NumberValue(args.GetIsolate()->GetCurrentContext());
  if (self != nullptr && value.IsJust()) self->serializer().WriteDouble(value.FromJust());
}

void WriteRawBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Serializer* self = Unwrap<Serializer>(args);
  if (self == nullptr || !args[0]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
  const auto* bytes = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  self->serializer().WriteRawBytes(bytes, view->ByteLength());
}

void SetTreatArrayBufferViewsAsHostObjects(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (Serializer* self = Unwrap<Serializer>(args)) {
    self->serializer().SetTreatArrayBufferViewsAsHostObjects(args[0]->IsTrue());
  }
}

// --- Deserializer ----------------------------------------------------------------------------

class Deserializer : public v8::ValueDeserializer::Delegate {
 public:
  Deserializer(v8::Isolate* isolate, v8::Local<v8::Object> object,
               v8::Local<v8::ArrayBufferView> source)
      : isolate_(isolate),
        start_(static_cast<const uint8_t*>(source->Buffer()->Data()) + source->ByteOffset()),
        deserializer_(isolate, start_, source->ByteLength(), this) {
    source_.Reset(isolate, source);
    Attach(isolate, object, this, &object_);
  }
  ~Deserializer() override {
    object_.Reset();
    source_.Reset();
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    // V8 forbids JavaScript while it deserializes; the host object hook is JavaScript.
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    v8::Local<v8::Value> result;
    if (!CallMethod(isolate, object_.Get(isolate), "_readHostObject", 0, nullptr)
             .ToLocal(&result)) {
      return {};
    }
    if (!result->IsObject()) {
      isolate->ThrowException(
          v8::Exception::TypeError(ToV8(isolate, "_readHostObject must return an object")));
      return {};
    }
    return result.As<v8::Object>();
  }

  v8::ValueDeserializer& deserializer() { return deserializer_; }
  const uint8_t* start() const { return start_; }

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Object> object_;
  v8::Global<v8::ArrayBufferView> source_;  // keeps the bytes alive
  const uint8_t* start_;
  v8::ValueDeserializer deserializer_;
};

void NewDeserializer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "Deserializer")) return;
  // The JS wrapper validates the argument (ERR_INVALID_ARG_TYPE); this is the invariant.
  CHECK(args[0]->IsArrayBufferView());
  new Deserializer(isolate, args.This(), args[0].As<v8::ArrayBufferView>());
}

void ReadFailed(v8::Isolate* isolate, const char* what) {
  isolate->ThrowException(v8::Exception::Error(ToV8(isolate, std::string(what) + " failed")));
}

void ReadHeader(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  if (self == nullptr) return;
  v8::Maybe<bool> read = self->deserializer().ReadHeader(args.GetIsolate()->GetCurrentContext());
  if (read.IsJust()) args.GetReturnValue().Set(read.FromJust());
}

void ReadValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  if (self == nullptr) return;
  v8::Local<v8::Value> value;
  if (self->deserializer().ReadValue(args.GetIsolate()->GetCurrentContext()).ToLocal(&value)) {
    args.GetReturnValue().Set(value);
  }
}

void TransferArrayBufferIn(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  if (self == nullptr) return;
  uint32_t id = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (args[1]->IsArrayBuffer()) {
    self->deserializer().TransferArrayBuffer(id, args[1].As<v8::ArrayBuffer>());
  } else if (args[1]->IsSharedArrayBuffer()) {
    self->deserializer().TransferSharedArrayBuffer(id, args[1].As<v8::SharedArrayBuffer>());
  }
}

void GetWireFormatVersion(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (Deserializer* self = Unwrap<Deserializer>(args)) {
    args.GetReturnValue().Set(self->deserializer().GetWireFormatVersion());
  }
}

void ReadUint32(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  uint32_t value;
  if (self == nullptr) return;
  if (!self->deserializer().ReadUint32(&value))
    return ReadFailed(args.GetIsolate(), "ReadUint32()");
  args.GetReturnValue().Set(value);
}

void ReadUint64(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  uint64_t value;
  if (self == nullptr) return;
  if (!self->deserializer().ReadUint64(&value))
    return ReadFailed(args.GetIsolate(), "ReadUint64()");
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> halves[] = {
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value >> 32)),
      v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(value)),
  };
  args.GetReturnValue().Set(v8::Array::New(isolate, halves, 2));
}

void ReadDouble(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  double value;
  if (self == nullptr) return;
  if (!self->deserializer().ReadDouble(&value))
    return ReadFailed(args.GetIsolate(), "ReadDouble()");
  args.GetReturnValue().Set(value);
}

// _readRawBytes(length) -> the offset of those bytes in the source view.
void ReadRawBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Deserializer* self = Unwrap<Deserializer>(args);
  if (self == nullptr) return;
  v8::Maybe<int64_t> length = args[0]->IntegerValue(args.GetIsolate()->GetCurrentContext());
  if (length.IsNothing()) return;
  const void* data;
  if (length.FromJust() < 0 ||
      !self->deserializer().ReadRawBytes(static_cast<size_t>(length.FromJust()), &data)) {
    return ReadFailed(args.GetIsolate(), "ReadRawBytes()");
  }
  args.GetReturnValue().Set(static_cast<double>(static_cast<const uint8_t*>(data) - self->start()));
}

constexpr BindingMethod kSerializerMethods[] = {
    {"writeHeader", WriteHeader},
    {"writeValue", WriteValue},
    {"releaseBuffer", ReleaseBuffer},
    {"transferArrayBuffer", TransferArrayBufferOut},
    {"writeUint32", WriteUint32},
    {"writeUint64", WriteUint64},
    {"writeDouble", WriteDouble},
    {"writeRawBytes", WriteRawBytes},
    {"_setTreatArrayBufferViewsAsHostObjects", SetTreatArrayBufferViewsAsHostObjects},
};

constexpr BindingMethod kDeserializerMethods[] = {
    {"readHeader", ReadHeader},
    {"readValue", ReadValue},
    {"transferArrayBuffer", TransferArrayBufferIn},
    {"getWireFormatVersion", GetWireFormatVersion},
    {"readUint32", ReadUint32},
    {"readUint64", ReadUint64},
    {"readDouble", ReadDouble},
    {"_readRawBytes", ReadRawBytes},
};

v8::Local<v8::Function> MakeClass(Environment* env, const char* name,
                                  v8::FunctionCallback constructor,
                                  std::span<const BindingMethod> methods) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, constructor);
  tmpl->SetClassName(Symbolize(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  for (const BindingMethod& method : methods) {
    tmpl->PrototypeTemplate()->Set(Symbolize(isolate, method.name),
                                   v8::FunctionTemplate::New(isolate, method.callback));
  }
  return tmpl->GetFunction(env->context()).ToLocalChecked();
}

// The table is the snapshot's external reference list: every callback above.
constexpr BindingMethod kMethods[] = {
    {"Serializer", NewSerializer},
    {"Deserializer", NewDeserializer},
    {"writeHeader", WriteHeader},
    {"writeValue", WriteValue},
    {"releaseBuffer", ReleaseBuffer},
    {"transferArrayBufferOut", TransferArrayBufferOut},
    {"writeUint32", WriteUint32},
    {"writeUint64", WriteUint64},
    {"writeDouble", WriteDouble},
    {"writeRawBytes", WriteRawBytes},
    {"setTreatArrayBufferViewsAsHostObjects", SetTreatArrayBufferViewsAsHostObjects},
    {"readHeader", ReadHeader},
    {"readValue", ReadValue},
    {"transferArrayBufferIn", TransferArrayBufferIn},
    {"getWireFormatVersion", GetWireFormatVersion},
    {"readUint32", ReadUint32},
    {"readUint64", ReadUint64},
    {"readDouble", ReadDouble},
    {"readRawBytes", ReadRawBytes},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetValue(env, target, "Serializer",
           MakeClass(env, "Serializer", NewSerializer, kSerializerMethods));
  SetValue(env, target, "Deserializer",
           MakeClass(env, "Deserializer", NewDeserializer, kDeserializerMethods));
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(value_serializer, kiln::Initialize, kiln::kMethods)
