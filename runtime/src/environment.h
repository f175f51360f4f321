// Per-context state of a running program: the isolate, context and loop, the binding cache,
// the JS callbacks the bootstrap installs, and the loop handles for timers and immediates.
#pragma once

#include <uv.h>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kiln/runtime.h"
#include "v8.h"

namespace kiln {

struct WorkerShared;

// Indices into the fields shared with JS (see internal/process/task_queues.js and
// internal/timers.js). Shared memory avoids a native call per nextTick or setImmediate.
enum TickField { kHasTickScheduled = 0, kHasRejectionToWarn, kTickFieldCount };
enum ImmediateField { kImmediateCount = 0, kImmediateRefCount, kImmediateHasOutstanding,
                      kImmediateFieldCount };

// Embedder data slots of a context, past the ones V8 reserves.
enum ContextEmbedderSlot : int {
  kEnvironmentSlot = 32,     // the Environment*, in the main context and in vm contexts
  kVmAllowWasmSlot = 33,     // vm contexts: false if WebAssembly compilation is disallowed
  kVmMicrotaskQueueSlot = 34,  // vm contexts: their own v8::MicrotaskQueue*, or null
};

class Environment {
 public:
  Environment(v8::Isolate* isolate, v8::Local<v8::Context> context, uv_loop_t* loop,
              const RunOptions& options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  static Environment* From(v8::Local<v8::Context> context);
  static Environment* From(v8::Isolate* isolate) { return From(isolate->GetCurrentContext()); }
  // Makes From() find this environment in another context (a node:vm context).
  void AssignToContext(v8::Local<v8::Context> context);

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() const { return loop_; }
  const RunOptions& options() const { return options_; }

  // The binding object for internalBinding(name), created on first use.
  v8::MaybeLocal<v8::Object> GetBinding(const std::string& name);

  v8::Local<v8::Object> process_object() const { return process_object_.Get(isolate_); }
  void set_process_object(v8::Local<v8::Object> process) { process_object_.Reset(isolate_, process); }

  // Private symbol under which the "file:line\nsource\n  ^" text of an error is kept when the
  // error is created at compile time, so that printing it later shows the right position.
  v8::Local<v8::Private> arrow_message_symbol() const { return arrow_message_.Get(isolate_); }

  uint32_t* tick_fields() { return tick_fields_; }
  uint32_t* immediate_fields() { return immediate_fields_; }
  // The JS side owns these arrays (they may come from a startup snapshot); native code keeps
  // them alive and reads their memory directly.
  void AdoptTickFields(v8::Local<v8::Uint32Array> fields);
  void AdoptImmediateFields(v8::Local<v8::Uint32Array> fields);

  // JS functions installed by the bootstrap.
  v8::Global<v8::Function> tick_callback;         // processTicksAndRejections
  v8::Global<v8::Function> timers_callback;       // processTimers(now) -> next expiry
  v8::Global<v8::Function> immediate_callback;    // processImmediate()
  v8::Global<v8::Function> uncaught_handler;      // (error, fromPromise) -> handled?
  v8::Global<v8::Function> promise_reject_handler;
  v8::Global<v8::Function> fatal_formatter;       // (error) -> string for a fatal report
  v8::Global<v8::Function> emit_before_exit;      // () -> emits 'beforeExit'
  v8::Global<v8::Function> emit_exit;             // () -> emits 'exit', returns the exit code
  v8::Global<v8::Function> prepare_stack_trace;   // (global, error, callSites) -> stack
  v8::Global<v8::Function> map_error_arrow;       // (file, line, column) -> arrow or undefined

  uv_timer_t* timer_handle() { return &timer_handle_; }
  uv_check_t* immediate_check_handle() { return &immediate_check_; }
  uv_idle_t* immediate_idle_handle() { return &immediate_idle_; }

  // True once the process (or this worker) is exiting: no more JS may run. Atomic because
  // Worker.terminate() sets it from the parent's thread.
  bool stopping() const { return stopping_.load(std::memory_order_relaxed); }
  void set_stopping() { stopping_.store(true, std::memory_order_relaxed); }

  // Set in a worker thread's Environment (worker_thread.cc); null on the main thread.
  WorkerShared* worker = nullptr;
  bool is_main_thread() const { return worker == nullptr; }
  // The code a worker ends with (process.exit(), an uncaught error, terminate()).
  int exit_code = 0;
  // A worker's own copy of the environment variables (Node's default `env` option); null
  // means process.env is the real, process-wide environment.
  std::shared_ptr<std::map<std::string, std::string>> env_vars;
  // Worker only: (error) -> sends an uncaught error to the parent thread.
  v8::Global<v8::Function> worker_error_handler;

  // Run (last added first) when a worker's Environment is torn down, while the isolate lives.
  void AddCleanupHook(std::function<void()> hook) { cleanup_hooks_.push_back(std::move(hook)); }
  void RunCleanupHooks();

  std::string exec_path;
  bool building_snapshot = false;
  // The state of internalBinding('module_wrap') (ES modules, bindings/module_wrap.cc).
  std::shared_ptr<void> module_wrap_state;
  // The state of internalBinding('messaging') (message ports, bindings/messaging.cc).
  std::shared_ptr<void> messaging_state;

 private:
  v8::Isolate* isolate_;
  v8::Global<v8::Context> context_;
  uv_loop_t* loop_;
  const RunOptions& options_;
  std::map<std::string, v8::Global<v8::Object>> bindings_;
  v8::Global<v8::Object> process_object_;
  v8::Global<v8::Private> arrow_message_;
  v8::Global<v8::Uint32Array> tick_array_;
  v8::Global<v8::Uint32Array> immediate_array_;
  uint32_t unset_fields_[kImmediateFieldCount] = {};
  uint32_t* tick_fields_ = unset_fields_;
  uint32_t* immediate_fields_ = unset_fields_;
  uv_timer_t timer_handle_;
  uv_check_t immediate_check_;
  uv_idle_t immediate_idle_;
  std::atomic<bool> stopping_{false};
  std::vector<std::function<void()>> cleanup_hooks_;
};

}  // namespace kiln
