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

constexpr BindingMethod kMethods[] = {
    {"triggerUncaughtException", TriggerUncaught},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(errors, kiln::Initialize, kiln::kMethods)
