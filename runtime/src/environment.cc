#include "environment.h"

#include "binding.h"
#include "binding_list.h"
#include "util.h"

namespace kiln {

#define V(name) void InitializeBinding_##name(Environment* env, v8::Local<v8::Object> target);
KILN_BINDING_LIST(V)
#undef V

Environment::Environment(v8::Isolate* isolate, v8::Local<v8::Context> context, uv_loop_t* loop,
                         const RunOptions& options)
    : isolate_(isolate), context_(isolate, context), loop_(loop), options_(options) {
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
  arrow_message_.Reset(isolate, v8::Private::New(isolate, Symbolize(isolate, "kiln:arrow")));
  uv_timer_init(loop, &timer_handle_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_handle_));
  uv_check_init(loop, &immediate_check_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&immediate_check_));
  uv_idle_init(loop, &immediate_idle_);
}

Environment::~Environment() {
  context()->SetAlignedPointerInEmbedderData(kEnvironmentSlot, nullptr);
}

namespace {

uint32_t* FieldsData(v8::Local<v8::Uint32Array> fields, size_t count) {
  CHECK(fields->Length() >= count);
  return reinterpret_cast<uint32_t*>(static_cast<char*>(fields->Buffer()->Data()) +
                                     fields->ByteOffset());
}

}  // namespace

void Environment::AdoptTickFields(v8::Local<v8::Uint32Array> fields) {
  tick_array_.Reset(isolate_, fields);
  tick_fields_ = FieldsData(fields, kTickFieldCount);
}

void Environment::AdoptImmediateFields(v8::Local<v8::Uint32Array> fields) {
  immediate_array_.Reset(isolate_, fields);
  immediate_fields_ = FieldsData(fields, kImmediateFieldCount);
}

void Environment::RunCleanupHooks() {
  while (!cleanup_hooks_.empty()) {
    std::function<void()> hook = std::move(cleanup_hooks_.back());
    cleanup_hooks_.pop_back();
    hook();
  }
}

void Environment::AssignToContext(v8::Local<v8::Context> context) {
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
}

Environment* Environment::From(v8::Local<v8::Context> context) {
  return static_cast<Environment*>(context->GetAlignedPointerFromEmbedderData(kEnvironmentSlot));
}

v8::MaybeLocal<v8::Object> Environment::GetBinding(const std::string& name) {
  auto cached = bindings_.find(name);
  if (cached != bindings_.end()) return cached->second.Get(isolate_);
  v8::Local<v8::Object> target = v8::Object::New(isolate_);
  bool known = false;
#define V(id)                             \
  if (name == #id) {                      \
    InitializeBinding_##id(this, target); \
    known = true;                         \
  }
  KILN_BINDING_LIST(V)
#undef V
  if (!known) return {};
  bindings_.emplace(name, v8::Global<v8::Object>(isolate_, target));
  return target;
}

void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                    v8::FunctionCallback callback) {
  v8::Local<v8::FunctionTemplate> method = v8::FunctionTemplate::New(
      isolate, callback, v8::Local<v8::Value>(), v8::Signature::New(isolate, tmpl), 0,
      v8::ConstructorBehavior::kThrow);
  v8::Local<v8::String> key = Symbolize(isolate, name);
  method->SetClassName(key);
  tmpl->PrototypeTemplate()->Set(key, method);
}

bool IsConstructCallOrThrow(const v8::FunctionCallbackInfo<v8::Value>& args,
                            const char* class_name) {
  if (args.IsConstructCall()) return true;
  v8::Isolate* isolate = args.GetIsolate();
  isolate->ThrowException(
      v8::Exception::TypeError(ToV8(isolate, std::string("Class constructor ") + class_name +
                                                 " cannot be invoked without 'new'")));
  return false;
}

void SetMethods(Environment* env, v8::Local<v8::Object> target,
                std::span<const BindingMethod> methods) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  for (const BindingMethod& method : methods) {
    v8::Local<v8::String> name = Symbolize(isolate, method.name);
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
        isolate, method.callback, v8::Local<v8::Value>(), v8::Local<v8::Signature>(), 0,
        v8::ConstructorBehavior::kThrow, v8::SideEffectType::kHasSideEffect);
    v8::Local<v8::Function> function = tmpl->GetFunction(context).ToLocalChecked();
    function->SetName(name);
    target->Set(context, name, function).Check();
  }
}

void SetValue(Environment* env, v8::Local<v8::Object> target, std::string_view name,
              v8::Local<v8::Value> value) {
  target->Set(env->context(), Symbolize(env->isolate(), name), value).Check();
}

void SetInteger(Environment* env, v8::Local<v8::Object> target, std::string_view name,
                int64_t value) {
  SetValue(env, target, name, v8::Number::New(env->isolate(), static_cast<double>(value)));
}

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int error, const char* syscall,
                                 const char* path, const char* dest) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string code = uv_err_name(error);
  std::string message = code + ": " + uv_strerror(error) + ", " + syscall;
  if (path != nullptr) message += std::string(" '") + path + "'";
  if (dest != nullptr) message += std::string(" -> '") + dest + "'";
  v8::Local<v8::Object> exception =
      v8::Exception::Error(ToV8(isolate, message))->ToObject(context).ToLocalChecked();
  exception->Set(context, Symbolize(isolate, "errno"), v8::Integer::New(isolate, error)).Check();
  exception->Set(context, Symbolize(isolate, "code"), ToV8(isolate, code)).Check();
  exception->Set(context, Symbolize(isolate, "syscall"), ToV8(isolate, syscall)).Check();
  if (path != nullptr) {
    exception->Set(context, Symbolize(isolate, "path"), ToV8(isolate, path)).Check();
  }
  if (dest != nullptr) {
    exception->Set(context, Symbolize(isolate, "dest"), ToV8(isolate, dest)).Check();
  }
  return exception;
}

void ThrowUVException(v8::Isolate* isolate, int error, const char* syscall, const char* path,
                      const char* dest) {
  isolate->ThrowException(UVException(isolate, error, syscall, path, dest));
}

}  // namespace kiln
