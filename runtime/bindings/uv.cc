// internalBinding('uv'): libuv's error names and messages.
#include <vector>

#include "binding.h"

namespace kiln {
namespace {

void ErrName(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int err = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(ToV8(args.GetIsolate(), uv_err_name(err)));
}

// getErrorMap() -> [[errno, [name, message]], ...]
void GetErrorMap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<v8::Local<v8::Value>> entries;
#define V(name, message)                                                             \
  {                                                                                  \
    v8::Local<v8::Value> info[] = {ToV8(isolate, #name), ToV8(isolate, message)};    \
    v8::Local<v8::Value> entry[] = {v8::Integer::New(isolate, UV_##name),            \
                                    v8::Array::New(isolate, info, 2)};               \
    entries.push_back(v8::Array::New(isolate, entry, 2));                            \
  }
  UV_ERRNO_MAP(V)
#undef V
  args.GetReturnValue().Set(v8::Array::New(isolate, entries.data(), entries.size()));
}

constexpr BindingMethod kMethods[] = {
    {"errname", ErrName},
    {"getErrorMap", GetErrorMap},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
#define V(name, message) SetInteger(env, target, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(V)
#undef V
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(uv, kiln::Initialize, kiln::kMethods)
