// internalBinding('errors'): reporting an exception caught in JS as uncaught.
#include "errors.h"

#include "binding.h"

namespace kiln {
namespace {

// triggerUncaughtException(error, fromPromise)
void TriggerUncaught(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  TriggerUncaughtException(env, args[0], v8::Local<v8::Message>(), args[1]->IsTrue());
}

// V8 asks this for every error's stack once setPrepareStackTraceCallback(fn, mapArrow)
// installed fn (--enable-source-maps): fn(globalThis, error, callSites). mapArrow(file, line,
// column) gives the source-mapped arrow of an uncaught error (errors.cc).
v8::MaybeLocal<v8::Value> PrepareStackTrace(v8::Local<v8::Context> context,
                                            v8::Local<v8::Value> error,
                                            v8::Local<v8::Array> trace) {
  v8::Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Function> prepare = env->prepare_stack_trace.Get(isolate);
  if (prepare.IsEmpty()) return v8::Undefined(isolate);
  v8::Local<v8::Value> argv[] = {context->Global(), error, trace};
  return prepare->Call(context, v8::Undefined(isolate), 3, argv);
}

void SetPrepareStackTraceCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  env->prepare_stack_trace.Reset(isolate, args[0].As<v8::Function>());
  env->map_error_arrow.Reset(isolate, args[1].As<v8::Function>());
  isolate->SetPrepareStackTraceCallback(PrepareStackTrace);
}

constexpr BindingMethod kMethods[] = {
    {"triggerUncaughtException", TriggerUncaught},
    {"setPrepareStackTraceCallback", SetPrepareStackTraceCallback},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(errors, kiln::Initialize, kiln::kMethods)
