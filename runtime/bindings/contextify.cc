// internalBinding('contextify'): compiling user code (CommonJS wrappers, -e scripts).
#include <vector>

#include "binding.h"
#include "errors.h"

namespace kiln {
namespace {

// A compile error is thrown with its "file:line / source / caret" attached, so that the fatal
// report points into the user's file even after the loader's JS rethrows it.
void RethrowDecorated(Environment* env, v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
  DecorateErrorWithArrow(env, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// compileFunction(code, filename, params[]) -> function
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  CHECK(args[0]->IsString() && args[1]->IsString() && args[2]->IsArray());
  v8::Local<v8::Array> param_array = args[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    params.push_back(param_array->Get(context, i).ToLocalChecked().As<v8::String>());
  }
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> function;
  if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0,
                                           nullptr)
           .ToLocal(&function)) {
    RethrowDecorated(env, try_catch);
    return;
  }
  args.GetReturnValue().Set(function);
}

// runScript(code, filename) -> completion value
void RunScript(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString() && args[1]->IsString());
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(env->context(), args[0].As<v8::String>(), &origin).ToLocal(&script)) {
    RethrowDecorated(env, try_catch);
    return;
  }
  v8::Local<v8::Value> result;
  if (!script->Run(env->context()).ToLocal(&result)) {
    RethrowDecorated(env, try_catch);
    return;
  }
  args.GetReturnValue().Set(result);
}

constexpr BindingMethod kMethods[] = {
    {"compileFunction", CompileFunction},
    {"runScript", RunScript},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(contextify, kiln::Initialize, kiln::kMethods)
