// The contextified global object of node:vm. Every interceptor finds the sandbox in its data
// (a one-element array, empty while V8 is still building the context) and mirrors Node's rules:
// reads prefer the sandbox, writes and definitions go to the sandbox and, by not intercepting,
// to the real global object too, so that the context's own bindings stay consistent.
#include "vm_context.h"

#include <memory>

#include "util.h"

namespace kiln::vm {
namespace {

v8::Local<v8::Private> SandboxContextKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, Symbolize(isolate, "kiln:vm:context"));
}

// The sandbox and the context of an interceptor call; false while the context is being built.
template <typename T>
bool Lookup(const v8::PropertyCallbackInfo<T>& info, v8::Local<v8::Object>* sandbox,
            v8::Local<v8::Context>* context) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Array> cell = info.Data().template As<v8::Array>();
  v8::Local<v8::Value> value;
  if (!cell->Get(isolate->GetCurrentContext(), 0).ToLocal(&value) || !value->IsObject()) {
    return false;
  }
  *sandbox = value.As<v8::Object>();
  return info.Holder()->GetCreationContext().ToLocal(context);
}

void Getter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  v8::MaybeLocal<v8::Value> found = sandbox->GetRealNamedProperty(context, property);
  if (found.IsEmpty()) found = context->Global()->GetRealNamedProperty(context, property);
  v8::Local<v8::Value> value;
  if (!found.ToLocal(&value)) return;
  if (value == sandbox) value = context->Global();
  info.GetReturnValue().Set(value);
}

void Setter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
            const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  v8::Local<v8::Object> global = context->Global();
  v8::PropertyAttribute attributes = v8::None;
  bool declared_on_global =
      global->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  bool read_only = (attributes & v8::ReadOnly) != 0;
  attributes = v8::None;
  bool declared_on_sandbox =
      sandbox->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  read_only = read_only || (attributes & v8::ReadOnly) != 0;
  if (read_only) return;
  // `x = 1` reaches the interceptor with the global object as receiver, `this.x = 1` with the
  // global proxy. An undeclared contextual store in strict code must stay a ReferenceError.
  bool contextual_store = info.This() != global;
  bool declared = declared_on_global || declared_on_sandbox;
  if (!declared && info.ShouldThrowOnError() && contextual_store && !value->IsFunction()) return;
  if (!declared && property->IsSymbol()) return;
  if (sandbox->Set(context, property, value).IsNothing()) return;
  v8::Local<v8::Value> descriptor;
  if (declared_on_sandbox &&
      sandbox->GetOwnPropertyDescriptor(context, property).ToLocal(&descriptor) &&
      descriptor->IsObject()) {
    v8::Local<v8::Object> object = descriptor.As<v8::Object>();
    v8::Isolate* isolate = info.GetIsolate();
    // An accessor on the sandbox has run; the global object must not get a data copy.
    if (object->HasOwnProperty(context, Symbolize(isolate, "get")).FromMaybe(false) ||
        object->HasOwnProperty(context, Symbolize(isolate, "set")).FromMaybe(false)) {
      info.GetReturnValue().Set(value);
    }
  }
}

void Query(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  v8::PropertyAttribute attributes;
  if (sandbox->GetRealNamedPropertyAttributes(context, property).To(&attributes) ||
      context->Global()->GetRealNamedPropertyAttributes(context, property).To(&attributes)) {
    info.GetReturnValue().Set(static_cast<int32_t>(attributes));
  }
}

void Descriptor(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  if (sandbox->HasOwnProperty(context, property).FromMaybe(false)) {
    v8::Local<v8::Value> descriptor;
    if (sandbox->GetOwnPropertyDescriptor(context, property).ToLocal(&descriptor)) {
      info.GetReturnValue().Set(descriptor);
    }
  }
}

void Definer(v8::Local<v8::Name> property, const v8::PropertyDescriptor& desc,
             const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::PropertyAttribute attributes = v8::None;
  bool declared =
      context->Global()->GetRealNamedPropertyAttributes(context, property).To(&attributes);
  if (declared && (attributes & v8::ReadOnly) != 0) return;
  auto define = [&](v8::PropertyDescriptor* copy) {
    if (desc.has_enumerable()) copy->set_enumerable(desc.enumerable());
    if (desc.has_configurable()) copy->set_configurable(desc.configurable());
    if (sandbox->DefineProperty(context, property, *copy).IsNothing()) return;
  };
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor copy(
        desc.has_get() ? desc.get() : v8::Undefined(isolate).As<v8::Value>(),
        desc.has_set() ? desc.set() : v8::Undefined(isolate).As<v8::Value>());
    define(&copy);
  } else {
    v8::Local<v8::Value> value =
        desc.has_value() ? desc.value() : v8::Undefined(isolate).As<v8::Value>();
    if (desc.has_writable()) {
      v8::PropertyDescriptor copy(value, desc.writable());
      define(&copy);
    } else {
      v8::PropertyDescriptor copy(value);
      define(&copy);
    }
  }
}

void Deleter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  if (sandbox->Delete(context, property).FromMaybe(false)) return;
  // The sandbox refused (non-configurable): so does the global.
  info.GetReturnValue().Set(false);
}

void Enumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Local<v8::Object> sandbox;
  v8::Local<v8::Context> context;
  if (!Lookup(info, &sandbox, &context)) return;
  v8::Local<v8::Array> names;
  if (sandbox->GetPropertyNames(context).ToLocal(&names)) info.GetReturnValue().Set(names);
}

// Indexed access goes through the named interceptors with the index as a string.
v8::Local<v8::Name> IndexName(v8::Isolate* isolate, uint32_t index) {
  return v8::Uint32::NewFromUnsigned(isolate, index)
      ->ToString(isolate->GetCurrentContext())
      .ToLocalChecked();
}

void IndexedGetter(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Getter(IndexName(info.GetIsolate(), index), info);
}
void IndexedSetter(uint32_t index, v8::Local<v8::Value> value,
                   const v8::PropertyCallbackInfo<v8::Value>& info) {
  Setter(IndexName(info.GetIsolate(), index), value, info);
}
void IndexedQuery(uint32_t index, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  Query(IndexName(info.GetIsolate(), index), info);
}
void IndexedDescriptor(uint32_t index, const v8::PropertyCallbackInfo<v8::Value>& info) {
  Descriptor(IndexName(info.GetIsolate(), index), info);
}
void IndexedDefiner(uint32_t index, const v8::PropertyDescriptor& desc,
                    const v8::PropertyCallbackInfo<v8::Value>& info) {
  Definer(IndexName(info.GetIsolate(), index), desc, info);
}
void IndexedDeleter(uint32_t index, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  Deleter(IndexName(info.GetIsolate(), index), info);
}

bool AllowWasmCodeGeneration(v8::Local<v8::Context> context, v8::Local<v8::String>) {
  if (context->GetNumberOfEmbedderDataFields() <= kVmAllowWasmSlot) return true;
  return !context->GetEmbedderData(kVmAllowWasmSlot)->IsFalse();
}

// Owns a context's microtask queue; deleted when V8 collects the context.
struct QueueOwner {
  v8::Global<v8::Context> context;
  std::unique_ptr<v8::MicrotaskQueue> queue;
};

void DeleteQueueOwner(const v8::WeakCallbackInfo<QueueOwner>& info) { delete info.GetParameter(); }

}  // namespace

v8::MaybeLocal<v8::Object> MakeContext(Environment* env, v8::Local<v8::Value> sandbox_value,
                                       const ContextOptions& options) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  const bool contextify = sandbox_value->IsObject();
  v8::Local<v8::Array> cell = v8::Array::New(isolate, 1);
  v8::Local<v8::ObjectTemplate> global_template;
  if (contextify) {
    global_template = v8::ObjectTemplate::New(isolate);
    v8::NamedPropertyHandlerConfiguration named(Getter, Setter, Descriptor, Deleter, Enumerator,
                                                Definer, cell);
    named.query = Query;
    global_template->SetHandler(named);
    // No indexed enumerator: V8 requires it to list indices only, and the named one lists
    // every key of the sandbox already.
    v8::IndexedPropertyHandlerConfiguration indexed(IndexedGetter, IndexedSetter, IndexedDescriptor,
                                                    IndexedDeleter, nullptr, IndexedDefiner, cell);
    indexed.query = IndexedQuery;
    global_template->SetHandler(indexed);
  }
  std::unique_ptr<v8::MicrotaskQueue> queue;
  if (options.own_microtask_queue) {
    queue = v8::MicrotaskQueue::New(isolate, v8::MicrotasksPolicy::kExplicit);
  }
  v8::Local<v8::Context> context =
      v8::Context::New(isolate, nullptr, global_template, v8::MaybeLocal<v8::Value>(),
                       v8::DeserializeInternalFieldsCallback(), queue.get());
  if (context.IsEmpty()) return {};
  v8::Local<v8::Context> main = env->context();
  context->SetSecurityToken(main->GetSecurityToken());
  env->AssignToContext(context);
  context->SetEmbedderData(kVmAllowWasmSlot, v8::Boolean::New(isolate, options.allow_wasm));
  context->SetAlignedPointerInEmbedderData(kVmMicrotaskQueueSlot, queue.get());
  if (!options.allow_strings) context->AllowCodeGenerationFromStrings(false);
  if (!options.allow_wasm) isolate->SetAllowWasmCodeGenerationCallback(AllowWasmCodeGeneration);
  if (queue) {
    auto* owner = new QueueOwner{v8::Global<v8::Context>(isolate, context), std::move(queue)};
    owner->context.SetWeak(owner, DeleteQueueOwner, v8::WeakCallbackType::kParameter);
  }

  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::Object> sandbox = contextify ? sandbox_value.As<v8::Object>() : global;
  // The global proxy keeps the context alive, and the sandbox keeps the global proxy.
  if (sandbox->SetPrivate(main, SandboxContextKey(isolate), global).IsNothing()) return {};
  if (contextify && cell->Set(main, 0, sandbox).IsNothing()) return {};
  return scope.Escape(sandbox);
}

v8::MaybeLocal<v8::Context> ContextFromSandbox(v8::Isolate* isolate, v8::Local<v8::Object> object) {
  v8::Local<v8::Context> current = isolate->GetCurrentContext();
  v8::Local<v8::Value> global;
  if (!object->GetPrivate(current, SandboxContextKey(isolate)).ToLocal(&global) ||
      !global->IsObject()) {
    return {};
  }
  return global.As<v8::Object>()->GetCreationContext();
}

void DrainContextMicrotasks(v8::Isolate* isolate, v8::Local<v8::Context> context) {
  if (context->GetNumberOfEmbedderDataFields() <= kVmMicrotaskQueueSlot) return;
  auto* queue = static_cast<v8::MicrotaskQueue*>(
      context->GetAlignedPointerFromEmbedderData(kVmMicrotaskQueueSlot));
  if (queue != nullptr) queue->PerformCheckpoint(isolate);
}

}  // namespace kiln::vm
