// internalBinding('task_queue'): the microtask queue and promise rejection tracking, which
// internal/process/task_queues.js and internal/process/promises.js build process.nextTick and
// 'unhandledRejection' on.
#include "binding.h"
#include "callback_scope.h"

namespace kiln {

void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env == nullptr || env->stopping()) return;
  v8::Local<v8::Function> handler = env->promise_reject_handler.Get(isolate);
  if (handler.IsEmpty()) return;
  v8::Local<v8::Value> value = message.GetValue();
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  v8::Local<v8::Value> args[] = {v8::Integer::New(isolate, message.GetEvent()), promise, value};
  v8::TryCatch try_catch(isolate);
  (void)handler->Call(env->context(), v8::Undefined(isolate), 3, args);
}

namespace {

void RunMicrotasks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetIsolate()->PerformMicrotaskCheckpoint();
}

void EnqueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsFunction());
  args.GetIsolate()->EnqueueMicrotask(args[0].As<v8::Function>());
}

// setPromiseHooks(init, before, after): V8 calls them for every promise created and around
// every promise reaction, in this context (AsyncLocalStorage follows promises with them).
void SetPromiseHooks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Function> hooks[3];
  for (int i = 0; i < 3; i++) {
    if (args[i]->IsFunction()) hooks[i] = args[i].As<v8::Function>();
  }
  args.GetIsolate()->GetCurrentContext()->SetPromiseHooks(hooks[0], hooks[1], hooks[2], {});
}

constexpr BindingMethod kMethods[] = {
    {"runMicrotasks", RunMicrotasks},
    {"enqueueMicrotask", EnqueueMicrotask},
    {"setPromiseHooks", SetPromiseHooks},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  v8::Local<v8::Object> events = v8::Object::New(env->isolate());
  SetInteger(env, events, "kPromiseRejectWithNoHandler", v8::kPromiseRejectWithNoHandler);
  SetInteger(env, events, "kPromiseHandlerAddedAfterReject", v8::kPromiseHandlerAddedAfterReject);
  SetInteger(env, events, "kPromiseResolveAfterResolved", v8::kPromiseResolveAfterResolved);
  SetInteger(env, events, "kPromiseRejectAfterResolved", v8::kPromiseRejectAfterResolved);
  SetValue(env, target, "promiseRejectEvents", events);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(task_queue, kiln::Initialize, kiln::kMethods)
