#include "callback_scope.h"

#include "errors.h"

namespace kiln {

void DrainTasks(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  uint32_t* fields = env->tick_fields();
  while (!env->stopping()) {
    if (fields[kHasTickScheduled] == 0 && fields[kHasRejectionToWarn] == 0) {
      isolate->PerformMicrotaskCheckpoint();
      if (fields[kHasTickScheduled] == 0 && fields[kHasRejectionToWarn] == 0) return;
    }
    v8::Local<v8::Function> tick = env->tick_callback.Get(isolate);
    if (tick.IsEmpty()) return;
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> result;
    if (tick->Call(env->context(), env->process_object(), 0, nullptr).ToLocal(&result)) return;
    if (!try_catch.HasTerminated() && try_catch.HasCaught()) {
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    } else {
      return;
    }
  }
}

v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> receiver,
                                       v8::Local<v8::Function> function, int argc,
                                       v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  if (env->stopping()) return {};
  v8::MaybeLocal<v8::Value> result;
  {
    v8::TryCatch try_catch(isolate);
    result = function->Call(env->context(), receiver, argc, argv);
    if (result.IsEmpty() && try_catch.HasCaught() && !try_catch.HasTerminated()) {
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    }
  }
  DrainTasks(env);
  v8::Local<v8::Value> value;
  if (!result.ToLocal(&value)) return {};
  return scope.Escape(value);
}

}  // namespace kiln
