// internalBinding('worker'): starting and stopping worker threads (the parent's side), and what
// a worker's own bootstrap reads (its ports, workerData, thread id).
#include <atomic>
#include <set>

#include "binding.h"
#include "callback_scope.h"
#include "messaging.h"
#include "worker_thread.h"

namespace kiln {
namespace {

std::atomic<int> g_next_thread_id{1};

class WorkerWrap;
// The workers this thread started and that are still running (one Environment per thread).
thread_local std::set<WorkerWrap*>* t_running_workers = nullptr;

// The parent's handle of one worker: a JS object with one internal field.
class WorkerWrap {
 public:
  WorkerWrap(Environment* env, v8::Local<v8::Object> object, v8::Local<v8::Function> onexit)
      : env_(env), object_(env->isolate(), object), onexit_(env->isolate(), onexit) {
    shared_ = new WorkerShared();
    shared_->thread_id = g_next_thread_id.fetch_add(1);
    uv_async_init(env->loop(), &shared_->exit_async, OnExit);
    shared_->exit_async.data = this;
    object->SetAlignedPointerInInternalField(0, this);
    // Until the thread starts, nothing keeps the loop alive.
    uv_unref(reinterpret_cast<uv_handle_t*>(&shared_->exit_async));
  }

  static WorkerWrap* Unwrap(v8::Local<v8::Value> value) {
    if (!value->IsObject() || value.As<v8::Object>()->InternalFieldCount() != 1) return nullptr;
    return static_cast<WorkerWrap*>(value.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
  }

  WorkerShared* shared() { return shared_; }

  int Start() {
    int err = StartWorkerThread(shared_);
    if (err == 0) {
      started_ = true;
      if (t_running_workers == nullptr) {
        t_running_workers = new std::set<WorkerWrap*>();
        // A worker that starts workers stops them when it ends, before its loop closes.
        env_->AddCleanupHook([] {
          std::set<WorkerWrap*> running;
          running.swap(*t_running_workers);
          for (WorkerWrap* wrap : running) {
            wrap->exited_ = true;
            StopWorkerThread(wrap->shared_);
            uv_thread_join(&wrap->shared_->thread);
          }
        });
      }
      t_running_workers->insert(this);
      if (referenced_) uv_ref(reinterpret_cast<uv_handle_t*>(&shared_->exit_async));
    }
    return err;
  }

  void Stop() {
    if (started_ && !exited_) StopWorkerThread(shared_);
  }

  void SetRef(bool ref) {
    referenced_ = ref;
    if (!started_ || exited_) return;
    if (ref) {
      uv_ref(reinterpret_cast<uv_handle_t*>(&shared_->exit_async));
    } else {
      uv_unref(reinterpret_cast<uv_handle_t*>(&shared_->exit_async));
    }
  }
  bool HasRef() const { return referenced_ && started_ && !exited_; }

 private:
  static void OnExit(uv_async_t* handle) {
    auto* wrap = static_cast<WorkerWrap*>(handle->data);
    if (wrap->exited_) return;
    wrap->exited_ = true;
    if (t_running_workers != nullptr) t_running_workers->erase(wrap);
    uv_thread_join(&wrap->shared_->thread);
    int code = wrap->shared_->exit_code;
    Environment* env = wrap->env_;
    uv_close(reinterpret_cast<uv_handle_t*>(handle), [](uv_handle_t* closed) {
      auto* wrap = static_cast<WorkerWrap*>(closed->data);
      delete wrap->shared_;
      delete wrap;
    });
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    v8::Local<v8::Object> object = wrap->object_.Get(isolate);
    object->SetAlignedPointerInInternalField(0, nullptr);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, code),
                                   v8::Boolean::New(isolate, wrap->shared_->out_of_memory)};
    (void)MakeCallback(env, object, wrap->onexit_.Get(isolate), 2, argv);
  }

  Environment* env_;
  v8::Global<v8::Object> object_;
  v8::Global<v8::Function> onexit_;
  WorkerShared* shared_;
  bool started_ = false;
  bool exited_ = false;
  bool referenced_ = true;
};

v8::Local<v8::Value> Get(Environment* env, v8::Local<v8::Object> object, const char* key) {
  return object->Get(env->context(), Symbolize(env->isolate(), key))
      .FromMaybe(v8::Local<v8::Value>(v8::Undefined(env->isolate())));
}

std::vector<std::string> StringList(Environment* env, v8::Local<v8::Value> value) {
  std::vector<std::string> items;
  if (!value->IsArray()) return items;
  v8::Local<v8::Array> array = value.As<v8::Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    v8::Local<v8::Value> item;
    if (array->Get(env->context(), i).ToLocal(&item)) items.push_back(ToUtf8(env->isolate(), item));
  }
  return items;
}

// createWorker({ mode, entry, argv, execArgv, env, name, resourceLimits, init, transferList,
//                onexit }) -> { handle, threadId, port, internalPort }
void CreateWorker(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  CHECK(args[0]->IsObject());
  v8::Local<v8::Object> options = args[0].As<v8::Object>();
  v8::Local<v8::Value> onexit = Get(env, options, "onexit");
  CHECK(onexit->IsFunction());

  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetInternalFieldCount(1);
  v8::Local<v8::Object> handle;
  if (!tmpl->NewInstance(context).ToLocal(&handle)) return;
  auto* wrap = new WorkerWrap(env, handle, onexit.As<v8::Function>());
  WorkerShared* shared = wrap->shared();

  shared->options.mode = ToUtf8(isolate, Get(env, options, "mode")) == "eval" ? RunMode::kEval
                                                                             : RunMode::kFile;
  shared->options.entry = ToUtf8(isolate, Get(env, options, "entry"));
  shared->options.script_args = StringList(env, Get(env, options, "argv"));
  shared->options.exec_argv = StringList(env, Get(env, options, "execArgv"));
  shared->options.argv0 = env->options().argv0;
  // As in Node, a worker runs with the process's Node options (its preloads too).
  shared->options.node_options = env->options().node_options;
  shared->exec_path = env->exec_path;
  shared->name = ToUtf8(isolate, Get(env, options, "name"));
  v8::Local<v8::Value> env_value = Get(env, options, "env");
  if (env_value->IsObject()) {
    auto vars = std::make_shared<std::map<std::string, std::string>>();
    v8::Local<v8::Object> object = env_value.As<v8::Object>();
    v8::Local<v8::Array> keys;
    if (!object->GetOwnPropertyNames(context).ToLocal(&keys)) return;
    for (uint32_t i = 0; i < keys->Length(); i++) {
      v8::Local<v8::Value> key, value;
      if (!keys->Get(context, i).ToLocal(&key) || !object->Get(context, key).ToLocal(&value)) {
        return;
      }
      (*vars)[ToUtf8(isolate, key)] = ToUtf8(isolate, value);
    }
    shared->env_vars = std::move(vars);
  }
  v8::Local<v8::Value> limits = Get(env, options, "resourceLimits");
  if (limits->IsArray()) {
    for (uint32_t i = 0; i < 4 && i < limits.As<v8::Array>()->Length(); i++) {
      v8::Local<v8::Value> item;
      if (limits.As<v8::Array>()->Get(context, i).ToLocal(&item) && item->IsNumber() &&
          item.As<v8::Number>()->Value() > 0) {
        shared->resource_limits[i] = item.As<v8::Number>()->Value();
      }
    }
  }
  if (!SerializeMessage(env, Get(env, options, "init"), Get(env, options, "transferList"),
                        &shared->init)) {
    return;
  }
  auto [public_parent, public_child] = CreatePortPair();
  auto [internal_parent, internal_child] = CreatePortPair();
  shared->public_port = public_child;
  shared->internal_port = internal_child;
  v8::Local<v8::Object> port, internal_port;
  if (!CreatePortObject(env, public_parent).ToLocal(&port) ||
      !CreatePortObject(env, internal_parent).ToLocal(&internal_port)) {
    return;
  }
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(env, result, "handle", handle);
  SetInteger(env, result, "threadId", shared->thread_id);
  SetValue(env, result, "port", port);
  SetValue(env, result, "internalPort", internal_port);
  args.GetReturnValue().Set(result);
}

void StartThread(const v8::FunctionCallbackInfo<v8::Value>& args) {
  WorkerWrap* wrap = WorkerWrap::Unwrap(args[0]);
  if (wrap == nullptr) return;
  int err = wrap->Start();
  if (err != 0) ThrowUVException(args.GetIsolate(), err, "uv_thread_create");
}

void StopThread(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (WorkerWrap* wrap = WorkerWrap::Unwrap(args[0])) wrap->Stop();
}

void Ref(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (WorkerWrap* wrap = WorkerWrap::Unwrap(args[0])) wrap->SetRef(true);
}

void Unref(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (WorkerWrap* wrap = WorkerWrap::Unwrap(args[0])) wrap->SetRef(false);
}

void HasRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  WorkerWrap* wrap = WorkerWrap::Unwrap(args[0]);
  args.GetReturnValue().Set(wrap != nullptr && wrap->HasRef());
}

// threadInfo() -> { isMainThread, threadId, name }
void ThreadInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  v8::Local<v8::Object> result = v8::Object::New(args.GetIsolate());
  SetValue(env, result, "isMainThread", v8::Boolean::New(args.GetIsolate(), env->is_main_thread()));
  SetInteger(env, result, "threadId", env->is_main_thread() ? 0 : env->worker->thread_id);
  SetValue(env, result, "name",
           ToV8(args.GetIsolate(), env->is_main_thread() ? "" : env->worker->name));
  args.GetReturnValue().Set(result);
}

// workerInit() -> { port, internalPort, init, resourceLimits } (once, in a worker).
void WorkerInit(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env->is_main_thread()) return;
  WorkerShared* worker = env->worker;
  v8::Local<v8::Object> port, internal_port;
  if (worker->public_port == nullptr ||
      !CreatePortObject(env, std::move(worker->public_port)).ToLocal(&port) ||
      !CreatePortObject(env, std::move(worker->internal_port)).ToLocal(&internal_port)) {
    return;
  }
  v8::Local<v8::Value> init;
  if (!DeserializeMessage(env, &worker->init).ToLocal(&init)) return;
  v8::Local<v8::Value> limits[4];
  for (int i = 0; i < 4; i++) limits[i] = v8::Number::New(isolate, worker->resource_limits[i]);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(env, result, "port", port);
  SetValue(env, result, "internalPort", internal_port);
  SetValue(env, result, "init", init);
  SetValue(env, result, "resourceLimits", v8::Array::New(isolate, limits, 4));
  args.GetReturnValue().Set(result);
}

// setErrorHandler(fn): fn(error) reports a worker's uncaught error to its parent.
void SetErrorHandler(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  if (args[0]->IsFunction()) env->worker_error_handler.Reset(env->isolate(), args[0].As<v8::Function>());
}

constexpr BindingMethod kMethods[] = {
    {"createWorker", CreateWorker},
    {"startThread", StartThread},
    {"stopThread", StopThread},
    {"ref", Ref},
    {"unref", Unref},
    {"hasRef", HasRef},
    {"threadInfo", ThreadInfo},
    {"workerInit", WorkerInit},
    {"setErrorHandler", SetErrorHandler},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(worker, kiln::Initialize, kiln::kMethods)
