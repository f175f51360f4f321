// internalBinding('util'): what util.inspect needs to see that JS cannot (promise state,
// proxy internals, collection entries, V8 class names).
#include "binding.h"

namespace kiln {
namespace {

void GetPromiseDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsPromise()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Promise> promise = args[0].As<v8::Promise>();
  int state = promise->State();
  v8::Local<v8::Value> values[2] = {v8::Integer::New(isolate, state)};
  int count = 1;
  if (state != v8::Promise::kPending) values[count++] = promise->Result();
  args.GetReturnValue().Set(v8::Array::New(isolate, values, count));
}

void GetProxyDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsProxy()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Proxy> proxy = args[0].As<v8::Proxy>();
  if (args[1]->IsFalse()) {
    args.GetReturnValue().Set(proxy->GetTarget());
    return;
  }
  v8::Local<v8::Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void PreviewEntries(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (!args[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() < 2 || !args[1]->IsTrue()) {
    args.GetReturnValue().Set(entries);
    return;
  }
  v8::Local<v8::Value> values[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

void GetOwnNonIndexProperties(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  if (!args[0]->IsObject() || !args[1]->IsUint32()) return;
  auto filter = static_cast<v8::PropertyFilter>(args[1].As<v8::Uint32>()->Value());
  v8::Local<v8::Array> properties;
  if (!args[0]
           .As<v8::Object>()
           ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                              v8::IndexFilter::kSkipIndices,
                              v8::KeyConversionMode::kConvertToString)
           .ToLocal(&properties)) {
    return;
  }
  args.GetReturnValue().Set(properties);
}

void GetConstructorName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<v8::Object>()->GetConstructorName());
}

void GetExternalValue(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsExternal()) return;
  auto address = reinterpret_cast<uintptr_t>(args[0].As<v8::External>()->Value());
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), address));
}

// getCallSites() is not needed; sleep(ms) blocks the thread (used by tests of timing).
void Sleep(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uint32_t ms = args[0]->Uint32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  uv_sleep(ms);
}

constexpr BindingMethod kMethods[] = {
    {"getPromiseDetails", GetPromiseDetails},
    {"getProxyDetails", GetProxyDetails},
    {"previewEntries", PreviewEntries},
    {"getOwnNonIndexProperties", GetOwnNonIndexProperties},
    {"getConstructorName", GetConstructorName},
    {"getExternalValue", GetExternalValue},
    {"sleep", Sleep},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetInteger(env, target, "kPending", v8::Promise::kPending);
  SetInteger(env, target, "kFulfilled", v8::Promise::kFulfilled);
  SetInteger(env, target, "kRejected", v8::Promise::kRejected);
  SetInteger(env, target, "ALL_PROPERTIES", v8::ALL_PROPERTIES);
  SetInteger(env, target, "ONLY_ENUMERABLE", v8::ONLY_ENUMERABLE);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(util, kiln::Initialize, kiln::kMethods)
