// internalBinding('signal_wrap'): process.on('SIGINT') and friends, on uv_signal_t.
#include "binding.h"
#include "callback_scope.h"

namespace kiln {
namespace {

struct SignalHandle {
  uv_signal_t handle;
  Environment* env;
  v8::Global<v8::Function> callback;
};

SignalHandle* HandleFrom(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return static_cast<SignalHandle*>(args.Data().As<v8::External>()->Value());
}

void OnSignal(uv_signal_t* handle, int signum) {
  auto* self = static_cast<SignalHandle*>(handle->data);
  v8::Isolate* isolate = self->env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> arg = v8::Integer::New(isolate, signum);
  (void)MakeCallback(self->env, v8::Undefined(isolate), self->callback.Get(isolate), 1, &arg);
}

// start(signum, callback) -> { close(), ref(), unref() } or a negative errno
void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  int signum = args[0]->Int32Value(env->context()).FromMaybe(0);
  CHECK(args[1]->IsFunction());
  auto* self = new SignalHandle{{}, env, v8::Global<v8::Function>(isolate, args[1].As<v8::Function>())};
  uv_signal_init(env->loop(), &self->handle);
  self->handle.data = self;
  int err = uv_signal_start(&self->handle, OnSignal, signum);
  if (err != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&self->handle),
             [](uv_handle_t* h) { delete static_cast<SignalHandle*>(h->data); });
    args.GetReturnValue().Set(err);
    return;
  }
  v8::Local<v8::External> data = v8::External::New(isolate, self);
  v8::Local<v8::Object> control = v8::Object::New(isolate);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    SetValue(env, control, name, v8::Function::New(env->context(), callback, data).ToLocalChecked());
  };
  method("close", [](const v8::FunctionCallbackInfo<v8::Value>& a) {
    uv_close(reinterpret_cast<uv_handle_t*>(&HandleFrom(a)->handle),
             [](uv_handle_t* h) { delete static_cast<SignalHandle*>(h->data); });
  });
  method("ref", [](const v8::FunctionCallbackInfo<v8::Value>& a) {
    uv_ref(reinterpret_cast<uv_handle_t*>(&HandleFrom(a)->handle));
  });
  method("unref", [](const v8::FunctionCallbackInfo<v8::Value>& a) {
    uv_unref(reinterpret_cast<uv_handle_t*>(&HandleFrom(a)->handle));
  });
  args.GetReturnValue().Set(control);
}

constexpr BindingMethod kMethods[] = {
    {"start", Start},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(signal_wrap, kiln::Initialize, kiln::kMethods)
