#include "worker_thread.h"

#include <libplatform/libplatform.h>

#include "bootstrap.h"
#include "callback_scope.h"
#include "errors.h"
#include "runtime_internal.h"
#include "snapshot.h"
#include "util.h"

namespace kiln {

// Defined in bindings/task_queue.cc.
void PromiseRejectCallback(v8::PromiseRejectMessage message);

namespace {

constexpr double kMB = 1024 * 1024;

// Near the heap limit a worker is stopped instead of the process dying: more room is granted
// for the termination to unwind, and the parent gets ERR_WORKER_OUT_OF_MEMORY.
size_t NearHeapLimit(void* data, size_t current_limit, size_t) {
  auto* worker = static_cast<WorkerShared*>(data);
  Environment* env = worker->env;
  if (env != nullptr && !worker->out_of_memory) {
    worker->out_of_memory = true;
    env->exit_code = 1;
    env->set_stopping();
    env->isolate()->TerminateExecution();
    uv_stop(env->loop());
  }
  return current_limit * 2;
}

int RunWorker(WorkerShared* worker, v8::Isolate* isolate, uv_loop_t* loop, bool use_snapshot) {
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = NewMainContext(isolate, use_snapshot);
  v8::Context::Scope context_scope(context);
  Environment env(isolate, context, loop, worker->options);
  env.worker = worker;
  env.exec_path = worker->exec_path;
  env.env_vars = worker->env_vars;

  uv_async_t stop_async;
  uv_async_init(loop, &stop_async, [](uv_async_t* handle) { uv_stop(handle->loop); });
  uv_unref(reinterpret_cast<uv_handle_t*>(&stop_async));
  PlatformPump pump{{}, GetPlatform(), isolate};
  uv_check_init(loop, &pump.check);
  pump.check.data = &pump;
  uv_check_start(&pump.check, PumpPlatform);
  uv_unref(reinterpret_cast<uv_handle_t*>(&pump.check));
  {
    std::lock_guard<std::mutex> lock(worker->mutex);
    worker->isolate = isolate;
    worker->env = &env;
    worker->stop_async = &stop_async;
    if (worker->stop_requested) {
      env.exit_code = 1;
      env.set_stopping();
    }
  }

  v8::Local<v8::Function> require;
  if (!env.stopping()) {
    if (use_snapshot) {
      env.set_process_object(
          context->GetDataFromSnapshotOnce<v8::Object>(kSnapshotProcess).ToLocalChecked());
      require = context->GetDataFromSnapshotOnce<v8::Function>(kSnapshotRequire).ToLocalChecked();
    } else {
      v8::TryCatch try_catch(isolate);
      if (!BootstrapContext(&env).ToLocal(&require)) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          TriggerUncaughtException(&env, try_catch.Exception(), try_catch.Message());
        }
        ExitProcess(&env, 70);
      }
    }
  }
  if (!env.stopping() && RunMain(&env, require, "internal/main/worker_thread")) DrainTasks(&env);
  if (!env.stopping()) RunLoop(&env);
  int code = env.stopping() ? env.exit_code : EmitExit(&env);
  if (env.stopping()) code = env.exit_code;

  {
    std::lock_guard<std::mutex> lock(worker->mutex);
    worker->isolate = nullptr;
    worker->env = nullptr;
    worker->stop_async = nullptr;
  }
  env.set_stopping();
  isolate->CancelTerminateExecution();
  // Ports close (their peers on other threads see 'close'); then every handle of this loop.
  env.RunCleanupHooks();
  uv_walk(
      loop,
      [](uv_handle_t* handle, void*) {
        if (!uv_is_closing(handle)) uv_close(handle, nullptr);
      },
      nullptr);
  // A uv_stop() that came after the last uv_run (process.exit() in 'exit', an uncaught error
  // before the loop ran) would make the next uv_run return at once, before the close callbacks
  // of handles that live on this stack: the first run only consumes it.
  uv_run(loop, UV_RUN_NOWAIT);
  uv_run(loop, UV_RUN_DEFAULT);
  return code;
}

void WorkerMain(void* arg) {
  auto* worker = static_cast<WorkerShared*>(arg);
  uv_loop_t loop;
  uv_loop_init(&loop);
  v8::Isolate::CreateParams params;
  // Shared, so that ArrayBuffers transferred to other threads free their memory after this
  // isolate is gone.
  params.array_buffer_allocator_shared = std::shared_ptr<v8::ArrayBuffer::Allocator>(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  params.external_references = ExternalReferences();
  const bool use_snapshot = UseSnapshot();
  if (use_snapshot) params.snapshot_blob = const_cast<v8::StartupData*>(EmbeddedSnapshot());
  const double* limits = worker->resource_limits;
  if (limits[0] > 0) {
    params.constraints.set_max_old_generation_size_in_bytes(static_cast<size_t>(limits[0] * kMB));
  }
  if (limits[1] > 0) {
    params.constraints.set_max_young_generation_size_in_bytes(static_cast<size_t>(limits[1] * kMB));
  }
  if (limits[2] > 0) {
    params.constraints.set_code_range_size_in_bytes(static_cast<size_t>(limits[2] * kMB));
  }
  v8::Isolate* isolate = v8::Isolate::New(params);
  // The thread's stack is `stackSizeMb`; V8 stops a little short of its end.
  uintptr_t here = reinterpret_cast<uintptr_t>(&loop);
  size_t stack = static_cast<size_t>(limits[3] * kMB);
  constexpr size_t kStackReserve = 192 * 1024;
  if (stack > 2 * kStackReserve) isolate->SetStackLimit(here - (stack - kStackReserve));
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetPromiseRejectCallback(PromiseRejectCallback);
  isolate->AddNearHeapLimitCallback(NearHeapLimit, worker);

  int code = RunWorker(worker, isolate, &loop, use_snapshot);

  // Messages still queued for ports of this thread go with the isolate.
  isolate->Dispose();
  uv_loop_close(&loop);
  worker->exit_code = code;
  uv_async_send(&worker->exit_async);
}

}  // namespace

int StartWorkerThread(WorkerShared* worker) {
  uv_thread_options_t options;
  options.flags = UV_THREAD_HAS_STACK_SIZE;
  options.stack_size = static_cast<size_t>(worker->resource_limits[3] * kMB);
  return uv_thread_create_ex(&worker->thread, &options, WorkerMain, worker);
}

void StopWorkerThread(WorkerShared* worker) {
  std::lock_guard<std::mutex> lock(worker->mutex);
  if (worker->stop_requested) return;
  worker->stop_requested = true;
  if (worker->env == nullptr) return;
  if (!worker->env->stopping()) worker->env->exit_code = 1;
  worker->env->set_stopping();
  worker->isolate->TerminateExecution();
  uv_async_send(worker->stop_async);
}

}  // namespace kiln
