// internalBinding('timers'): one uv_timer_t for all JS timers (kept in lists in
// internal/timers.js) and a uv_check_t/uv_idle_t pair for setImmediate.
#include <cmath>

#include "binding.h"
#include "callback_scope.h"
#include "errors.h"

namespace kiln {
namespace {

void RunTimers(uv_timer_t* handle);

void ScheduleTimer(Environment* env, int64_t duration_ms) {
  if (duration_ms < 1) duration_ms = 1;
  uv_timer_start(env->timer_handle(), RunTimers, static_cast<uint64_t>(duration_ms), 0);
}

// processTimers(now) returns the next expiry: 0 for none, positive if a referenced timer is
// pending, negative if only unreferenced ones are. An exception thrown by a timer is reported
// and the call repeated, so the remaining due timers still run.
void RunTimers(uv_timer_t* handle) {
  Environment* env = static_cast<Environment*>(handle->data);
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Function> callback = env->timers_callback.Get(isolate);
  v8::Local<v8::Value> next;
  while (!env->stopping()) {
    v8::Local<v8::Value> now =
        v8::Number::New(isolate, static_cast<double>(uv_now(env->loop())));
    v8::TryCatch try_catch(isolate);
    if (callback->Call(env->context(), env->process_object(), 1, &now).ToLocal(&next)) break;
    if (!try_catch.HasCaught() || try_catch.HasTerminated()) break;
    TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    DrainTasks(env);
  }
  // The timer is set from what processTimers returned before ticks and microtasks drain, as in
  // Node: a timer they add re-arms it earlier, and must not be overridden by this stale value.
  if (!env->stopping() && !next.IsEmpty() && next->IsNumber()) {
    double expiry = next.As<v8::Number>()->Value();
    if (expiry != 0) {
      double abs_expiry = std::fabs(expiry);
      ScheduleTimer(env,
                    static_cast<int64_t>(abs_expiry) - static_cast<int64_t>(uv_now(env->loop())));
      auto* timer = reinterpret_cast<uv_handle_t*>(env->timer_handle());
      if (expiry > 0) uv_ref(timer); else uv_unref(timer);
    }
  }
  DrainTasks(env);
}

void CheckImmediate(uv_check_t* handle) {
  Environment* env = static_cast<Environment*>(handle->data);
  uint32_t* fields = env->immediate_fields();
  if (fields[kImmediateCount] == 0) return;
  v8::HandleScope scope(env->isolate());
  v8::Local<v8::Function> callback = env->immediate_callback.Get(env->isolate());
  (void)MakeCallback(env, env->process_object(), callback, 0, nullptr);
  if (fields[kImmediateRefCount] == 0) uv_idle_stop(env->immediate_idle_handle());
}

void IdleNoop(uv_idle_t*) {}

// setupTimers(processImmediate, processTimers, immediateInfo)
void SetupTimers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  CHECK(args[0]->IsFunction() && args[1]->IsFunction() && args[2]->IsUint32Array());
  env->AdoptImmediateFields(args[2].As<v8::Uint32Array>());
  env->immediate_callback.Reset(args.GetIsolate(), args[0].As<v8::Function>());
  env->timers_callback.Reset(args.GetIsolate(), args[1].As<v8::Function>());
  env->timer_handle()->data = env;
  env->immediate_check_handle()->data = env;
  uv_check_start(env->immediate_check_handle(), CheckImmediate);
}

void ScheduleTimerMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  ScheduleTimer(env, static_cast<int64_t>(args[0]->NumberValue(env->context()).FromMaybe(1)));
}

void ToggleTimerRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  auto* timer = reinterpret_cast<uv_handle_t*>(env->timer_handle());
  if (args[0]->IsTrue()) uv_ref(timer); else uv_unref(timer);
}

// A pending referenced immediate must keep the loop alive and keep poll from blocking.
void ToggleImmediateRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  if (args[0]->IsTrue()) {
    uv_idle_start(env->immediate_idle_handle(), IdleNoop);
  } else {
    uv_idle_stop(env->immediate_idle_handle());
  }
}

// Updates the loop's clock first (as Node does): the script runs before the loop's first turn,
// and timers must count from when they were set, not from when the loop was created.
void GetLibuvNow(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  uv_update_time(env->loop());
  args.GetReturnValue().Set(static_cast<double>(uv_now(env->loop())));
}

constexpr BindingMethod kMethods[] = {
    {"setupTimers", SetupTimers},
    {"scheduleTimer", ScheduleTimerMethod},
    {"toggleTimerRef", ToggleTimerRef},
    {"toggleImmediateRef", ToggleImmediateRef},
    {"getLibuvNow", GetLibuvNow},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(timers, kiln::Initialize, kiln::kMethods)
