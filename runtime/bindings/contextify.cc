// internalBinding('contextify'): compiling user code (CommonJS wrappers, -e scripts) and the
// native half of node:vm (contexts in src/vm_context.cc, scripts, timeouts, code caches).
#include <semaphore.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "binding.h"
#include "errors.h"
#include "vm_context.h"

namespace kiln {
namespace {

// A compile error is thrown with its "file:line / source / caret" attached, so that the fatal
// report points into the user's file even after the loader's JS rethrows it.
void RethrowDecorated(Environment* env, v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
  DecorateErrorWithArrow(env, try_catch.Exception(), try_catch.Message());
  try_catch.ReThrow();
}

// node:vm's displayErrors: the arrow goes in front of the error's stack, as Node does, and the
// stored arrow becomes empty so that a fatal report does not print it twice.
void RethrowWithArrowInStack(Environment* env, v8::TryCatch& try_catch) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> error = try_catch.Exception();
  if (error->IsObject() && error->IsNativeError()) {
    v8::Local<v8::Object> object = error.As<v8::Object>();
    v8::Local<v8::Context> context = env->context();
    v8::Local<v8::Private> key = env->arrow_message_symbol();
    if (!object->HasPrivate(context, key).FromMaybe(true)) {
      v8::TryCatch ignored(isolate);
      std::string arrow = FormatErrorArrow(isolate, try_catch.Message());
      v8::Local<v8::String> stack_key = Symbolize(isolate, "stack");
      v8::Local<v8::Value> stack;
      if (!arrow.empty() && object->Get(context, stack_key).ToLocal(&stack) && stack->IsString()) {
        v8::Local<v8::String> decorated =
            v8::String::Concat(isolate, ToV8(isolate, arrow + "\n"), stack.As<v8::String>());
        if (object->Set(context, stack_key, decorated).FromMaybe(false)) {
          (void)object->SetPrivate(context, key, v8::String::Empty(isolate));
        }
      }
    }
  }
  try_catch.ReThrow();
}

// The context named by a vm sandbox argument; the main context for undefined or null.
bool ContextArgument(Environment* env, v8::Local<v8::Value> value, v8::Local<v8::Context>* out) {
  if (value->IsNullOrUndefined()) {
    *out = env->context();
    return true;
  }
  CHECK(value->IsObject());
  return vm::ContextFromSandbox(env->isolate(), value.As<v8::Object>()).ToLocal(out);
}

// V8's host-defined options of a vm script: the import() mode of internal/vm.js, which the
// dynamic import hook (module_wrap.cc) hands back to JS.
v8::Local<v8::PrimitiveArray> HostOptions(v8::Isolate* isolate, v8::Local<v8::Value> mode) {
  v8::Local<v8::PrimitiveArray> options = v8::PrimitiveArray::New(isolate, 1);
  options->Set(isolate, 0,
               v8::Integer::New(isolate, mode->IsInt32() ? mode.As<v8::Int32>()->Value() : 0));
  return options;
}

v8::Local<v8::ArrayBuffer> CachedDataBuffer(v8::Isolate* isolate,
                                            std::unique_ptr<v8::ScriptCompiler::CachedData> data) {
  size_t length = data ? static_cast<size_t>(data->length) : 0;
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, length);
  if (length > 0) memcpy(store->Data(), data->data, length);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

// Borrows the bytes of an ArrayBufferView for the duration of a compile.
std::unique_ptr<v8::ScriptCompiler::CachedData> BorrowCachedData(v8::Local<v8::Value> value) {
  if (!value->IsArrayBufferView()) return nullptr;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  const uint8_t* data = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  return std::make_unique<v8::ScriptCompiler::CachedData>(
      data, static_cast<int>(view->ByteLength()), v8::ScriptCompiler::CachedData::BufferNotOwned);
}

// compileFunction(code, filename, params[], lineOffset?, columnOffset?, cachedData?,
//                 produceCachedData?, parsingContext?, contextExtensions[]?, importMode?)
//   -> function, or for node:vm (more than three arguments)
//   -> [function, cachedDataRejected | undefined, cachedData ArrayBuffer | undefined]
void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString() && args[1]->IsString() && args[2]->IsArray());
  const bool for_vm = args.Length() > 3;
  v8::Local<v8::Context> context = env->context();
  if (for_vm && !ContextArgument(env, args[7], &context)) return;
  v8::Local<v8::Context> main = env->context();
  v8::Local<v8::Array> param_array = args[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    params.push_back(param_array->Get(main, i).ToLocalChecked().As<v8::String>());
  }
  std::vector<v8::Local<v8::Object>> extensions;
  if (for_vm && args[8]->IsArray()) {
    v8::Local<v8::Array> list = args[8].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item = list->Get(main, i).ToLocalChecked();
      if (item->IsObject()) extensions.push_back(item.As<v8::Object>());
    }
  }
  int line_offset = for_vm ? args[3]->Int32Value(main).FromMaybe(0) : 0;
  int column_offset = for_vm ? args[4]->Int32Value(main).FromMaybe(0) : 0;
  v8::ScriptOrigin origin(isolate, args[1], line_offset, column_offset, false, -1, {}, false, false,
                          false,
                          for_vm ? HostOptions(isolate, args[9]) : v8::Local<v8::PrimitiveArray>());
  std::unique_ptr<v8::ScriptCompiler::CachedData> cached =
      for_vm ? BorrowCachedData(args[5]) : nullptr;
  const bool consume = cached != nullptr;
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin, cached.release());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> function;
  {
    v8::Context::Scope scope(context);
    if (!v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(),
                                             extensions.size(), extensions.data(),
                                             consume ? v8::ScriptCompiler::kConsumeCodeCache
                                                     : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&function)) {
      if (for_vm) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated())
          RethrowWithArrowInStack(env, try_catch);
      } else {
        RethrowDecorated(env, try_catch);
      }
      return;
    }
  }
  if (!for_vm) {
    args.GetReturnValue().Set(function);
    return;
  }
  v8::Local<v8::Value> result[3] = {function, v8::Undefined(isolate), v8::Undefined(isolate)};
  if (consume) result[1] = v8::Boolean::New(isolate, source.GetCachedData()->rejected);
  if (args[6]->IsTrue()) {
    result[2] =
        CachedDataBuffer(isolate, std::unique_ptr<v8::ScriptCompiler::CachedData>(
                                      v8::ScriptCompiler::CreateCodeCacheForFunction(function)));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 3));
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

// vm contexts ---------------------------------------------------------------------------------

// makeContext(sandbox | symbol, strings, wasm, ownMicrotaskQueue) -> sandbox or global proxy
void MakeContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  vm::ContextOptions options;
  options.allow_strings = args[1]->IsTrue();
  options.allow_wasm = args[2]->IsTrue();
  options.own_microtask_queue = args[3]->IsTrue();
  v8::Local<v8::Object> result;
  if (vm::MakeContext(env, args[0], options).ToLocal(&result)) args.GetReturnValue().Set(result);
}

// isContext(object) -> boolean
void IsContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsObject());
  v8::Local<v8::Context> context;
  args.GetReturnValue().Set(
      vm::ContextFromSandbox(args.GetIsolate(), args[0].As<v8::Object>()).ToLocal(&context));
}

// vm scripts ----------------------------------------------------------------------------------

// A compiled vm.Script, owned by its JS object and freed when V8 collects that object.
struct ScriptHandle {
  v8::Global<v8::UnboundScript> script;
  v8::Global<v8::Object> owner;
};

void DeleteScriptHandle(const v8::WeakCallbackInfo<ScriptHandle>& info) {
  delete info.GetParameter();
}

v8::Local<v8::Private> ScriptKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(isolate, Symbolize(isolate, "kiln:vm:script"));
}

bool GetScript(Environment* env, v8::Local<v8::Value> owner, v8::Local<v8::UnboundScript>* out) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Value> external;
  if (!owner->IsObject() ||
      !owner.As<v8::Object>()->GetPrivate(env->context(), ScriptKey(isolate)).ToLocal(&external) ||
      !external->IsExternal()) {
    return false;
  }
  *out = static_cast<ScriptHandle*>(external.As<v8::External>()->Value())->script.Get(isolate);
  return true;
}

// A Script method called on something that is not a Script.
void ThrowIllegalInvocation(v8::Isolate* isolate) {
  isolate->ThrowException(v8::Exception::TypeError(Symbolize(isolate, "Illegal invocation")));
}

// compileScript(owner, code, filename, lineOffset, columnOffset, cachedData?, parsingContext?,
//               importMode)
//   -> [cachedDataRejected | undefined, sourceMapURL | undefined]
void CompileScript(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsObject() && args[1]->IsString() && args[2]->IsString());
  v8::Local<v8::Context> main = env->context();
  v8::Local<v8::Context> context;
  if (!ContextArgument(env, args[6], &context)) return;
  v8::ScriptOrigin origin(isolate, args[2], args[3]->Int32Value(main).FromMaybe(0),
                          args[4]->Int32Value(main).FromMaybe(0), false, -1, {}, false, false,
                          false, HostOptions(isolate, args[7]));
  std::unique_ptr<v8::ScriptCompiler::CachedData> cached = BorrowCachedData(args[5]);
  const bool consume = cached != nullptr;
  v8::ScriptCompiler::Source source(args[1].As<v8::String>(), origin, cached.release());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::UnboundScript> script;
  {
    v8::Context::Scope scope(context);
    if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source,
                                                  consume ? v8::ScriptCompiler::kConsumeCodeCache
                                                          : v8::ScriptCompiler::kNoCompileOptions)
             .ToLocal(&script)) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated())
        RethrowWithArrowInStack(env, try_catch);
      return;
    }
  }
  auto* handle = new ScriptHandle{v8::Global<v8::UnboundScript>(isolate, script),
                                  v8::Global<v8::Object>(isolate, args[0].As<v8::Object>())};
  handle->owner.SetWeak(handle, DeleteScriptHandle, v8::WeakCallbackType::kParameter);
  (void)args[0].As<v8::Object>()->SetPrivate(main, ScriptKey(isolate),
                                             v8::External::New(isolate, handle));
  v8::Local<v8::Value> result[2] = {v8::Undefined(isolate), script->GetSourceMappingURL()};
  if (consume) result[0] = v8::Boolean::New(isolate, source.GetCachedData()->rejected);
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

// createCachedData(owner) -> ArrayBuffer
void CreateCachedData(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  v8::Local<v8::UnboundScript> script;
  if (!GetScript(env, args[0], &script)) return ThrowIllegalInvocation(env->isolate());
  args.GetReturnValue().Set(
      CachedDataBuffer(env->isolate(), std::unique_ptr<v8::ScriptCompiler::CachedData>(
                                           v8::ScriptCompiler::CreateCodeCache(script))));
}

// Terminates the isolate's JS when a vm timeout passes before the watchdog is destroyed;
// `*timed_out` is final once the destructor has returned.
class Watchdog {
 public:
  Watchdog(v8::Isolate* isolate, int64_t timeout_ms, bool* timed_out) {
    *timed_out = false;
    if (timeout_ms < 0) return;
    thread_ = std::thread([this, isolate, timeout_ms, timed_out] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!done_cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [this] { return done_; })) {
        *timed_out = true;
        isolate->TerminateExecution();
      }
    });
  }
  ~Watchdog() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

 private:
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
};

// breakOnSigint: while it lives, SIGINT terminates the isolate's JS instead of reaching the
// process's own handlers (libuv's, for process.on('SIGINT')), which it restores afterwards. The
// signal handler only posts a semaphore; a thread calls TerminateExecution.
class SigintWatchdog {
 public:
  SigintWatchdog(v8::Isolate* isolate, bool enabled, bool* received) {
    *received = false;
    if (!enabled) return;
    sem_init(&semaphore_, 0, 0);
    previous_semaphore_ = active_semaphore_;
    active_semaphore_ = &semaphore_;
    struct sigaction action = {};
    action.sa_handler = OnSigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_action_);
    thread_ = std::thread([this, isolate, received] {
      while (sem_wait(&semaphore_) != 0) {
      }
      if (stopping_) return;
      *received = true;
      isolate->TerminateExecution();
    });
  }
  ~SigintWatchdog() {
    if (!thread_.joinable()) return;
    sigaction(SIGINT, &previous_action_, nullptr);
    active_semaphore_ = previous_semaphore_;
    stopping_ = true;
    sem_post(&semaphore_);
    thread_.join();
    sem_destroy(&semaphore_);
  }
  SigintWatchdog(const SigintWatchdog&) = delete;
  SigintWatchdog& operator=(const SigintWatchdog&) = delete;

 private:
  static void OnSigint(int) {
    if (sem_t* semaphore = active_semaphore_) sem_post(semaphore);
  }
  static inline sem_t* volatile active_semaphore_ = nullptr;
  sem_t semaphore_;
  sem_t* previous_semaphore_ = nullptr;
  struct sigaction previous_action_ = {};
  std::thread thread_;
  std::atomic<bool> stopping_ = false;
};

// An Error of the running context with a `code`, as Node makes the vm run errors.
void ThrowRunError(v8::Isolate* isolate, v8::Local<v8::Context> context, const std::string& message,
                   const char* code) {
  v8::Local<v8::Object> error =
      v8::Exception::Error(ToV8(isolate, message))->ToObject(context).ToLocalChecked();
  if (error->Set(context, Symbolize(isolate, "code"), Symbolize(isolate, code)).IsNothing()) return;
  isolate->ThrowException(error);
}

// runScriptInContext(owner, sandbox | null, timeout, displayErrors, breakOnSigint) -> value
void RunScriptInContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::UnboundScript> unbound;
  if (!GetScript(env, args[0], &unbound)) return ThrowIllegalInvocation(isolate);
  v8::Local<v8::Context> context;
  if (!ContextArgument(env, args[1], &context)) return;
  const int64_t timeout = args[2]->IsNumber() ? args[2].As<v8::Number>()->Value() : -1;
  const bool display_errors = args[3]->IsTrue();

  v8::Context::Scope scope(context);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  bool ok;
  bool timed_out;
  bool interrupted;
  {
    Watchdog watchdog(isolate, timeout, &timed_out);
    SigintWatchdog sigint_watchdog(isolate, args[4]->IsTrue(), &interrupted);
    v8::Local<v8::Script> script = unbound->BindToCurrentContext();
    ok = script->Run(context).ToLocal(&result);
    if (ok) vm::DrainContextMicrotasks(isolate, context);
    ok = ok && !try_catch.HasCaught();
  }
  if (timed_out || interrupted) {
    isolate->CancelTerminateExecution();
    // Thrown past this function's TryCatch.
    try_catch.Reset();
    if (timed_out) {
      ThrowRunError(isolate, context,
                    "Script execution timed out after " + std::to_string(timeout) + "ms",
                    "ERR_SCRIPT_EXECUTION_TIMEOUT");
    } else {
      ThrowRunError(isolate, context, "Script execution was interrupted by `SIGINT`",
                    "ERR_SCRIPT_EXECUTION_INTERRUPTED");
    }
    try_catch.ReThrow();
    return;
  }
  if (!ok) {
    if (try_catch.HasTerminated()) return;
    if (display_errors) {
      RethrowWithArrowInStack(env, try_catch);
    } else {
      try_catch.ReThrow();
    }
    return;
  }
  args.GetReturnValue().Set(result);
}

constexpr BindingMethod kMethods[] = {
    {"compileFunction", CompileFunction},
    {"runScript", RunScript},
    {"makeContext", MakeContext},
    {"isContext", IsContext},
    {"compileScript", CompileScript},
    {"createCachedData", CreateCachedData},
    {"runScriptInContext", RunScriptInContext},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(contextify, kiln::Initialize, kiln::kMethods)
