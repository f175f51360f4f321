// A worker thread (node:worker_threads): its own isolate from the startup snapshot, its own
// context and loop, on its own thread. The parent's Worker binding (bindings/worker.cc) owns a
// WorkerShared; the thread reads its configuration and reports its exit through it.
#pragma once

#include <uv.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "../bindings/messaging.h"
#include "environment.h"
#include "kiln/runtime.h"

namespace kiln {

struct WorkerShared {
  // Set by the parent before the thread starts; read-only afterwards.
  int thread_id = 0;
  std::string name;
  RunOptions options;  // kFile (entry = absolute path or file: URL) or kEval (entry = code)
  std::string exec_path;
  std::shared_ptr<std::map<std::string, std::string>> env_vars;  // null: SHARE_ENV
  Message init;                              // { workerData, environmentData }
  std::shared_ptr<PortData> public_port;     // the child's side of the worker's channels
  std::shared_ptr<PortData> internal_port;
  double resource_limits[4] = {0, 0, 0, 4};  // old, young, code range, stack (MB)

  // Guarded by `mutex`: the running child, for terminate().
  std::mutex mutex;
  v8::Isolate* isolate = nullptr;
  Environment* env = nullptr;
  uv_async_t* stop_async = nullptr;
  bool stop_requested = false;

  // Written by the thread just before it signals `exit_async` (on the parent's loop).
  int exit_code = 0;
  bool out_of_memory = false;  // stopped near its heap limit (ERR_WORKER_OUT_OF_MEMORY)
  uv_async_t exit_async;
  uv_thread_t thread;
};

// Starts the thread; 0 or a libuv error.
int StartWorkerThread(WorkerShared* worker);
// Worker.terminate(): stops JS in the worker and its loop (any thread may call it).
void StopWorkerThread(WorkerShared* worker);

}  // namespace kiln
