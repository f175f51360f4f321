#include "bootstrap.h"

#include "util.h"

namespace kiln {

// Defined in bindings/builtins.cc.
v8::MaybeLocal<v8::Function> CompileLibraryFunction(Environment* env, std::string_view id,
                                                    std::initializer_list<const char*> params);
// Defined in bindings/process_methods.cc.
v8::Local<v8::Object> CreateProcessObject(Environment* env);

namespace {

void InternalBinding(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string name = ToUtf8(args.GetIsolate(), args[0]);
  v8::Local<v8::Object> binding;
  if (!env->GetBinding(name).ToLocal(&binding)) {
    args.GetIsolate()->ThrowException(
        v8::Exception::Error(ToV8(args.GetIsolate(), "No such binding: " + name)));
    return;
  }
  args.GetReturnValue().Set(binding);
}

}  // namespace

void AppendBootstrapReferences(std::vector<intptr_t>* references) {
  references->push_back(reinterpret_cast<intptr_t>(InternalBinding));
}

v8::MaybeLocal<v8::Function> BootstrapContext(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::EscapableHandleScope scope(isolate);
  env->set_process_object(CreateProcessObject(env));

  v8::Local<v8::Function> realm;
  if (!CompileLibraryFunction(env, "internal/bootstrap/realm", {"process", "internalBinding"})
           .ToLocal(&realm)) {
    return {};
  }
  v8::Local<v8::Function> internal_binding =
      v8::Function::New(context, InternalBinding).ToLocalChecked();
  v8::Local<v8::Value> realm_args[] = {env->process_object(), internal_binding};
  v8::Local<v8::Value> require;
  if (!realm->Call(context, v8::Undefined(isolate), 2, realm_args).ToLocal(&require)) return {};
  CHECK(require->IsFunction());
  v8::Local<v8::Value> id = ToV8(isolate, "internal/bootstrap/node");
  if (require.As<v8::Function>()->Call(context, v8::Undefined(isolate), 1, &id).IsEmpty()) {
    return {};
  }
  return scope.Escape(require.As<v8::Function>());
}

}  // namespace kiln
