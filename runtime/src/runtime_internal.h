// What runtime.cc shares with worker threads (worker_thread.cc): the platform, the snapshot
// choice, and the steps of running an Environment.
#pragma once

#include <uv.h>

#include "environment.h"
#include "v8.h"

namespace v8 {
class Platform;
}

namespace kiln {

// V8 posts foreground tasks (finalizers, GC work) to the platform; run them each loop turn.
struct PlatformPump {
  uv_check_t check;
  v8::Platform* platform;
  v8::Isolate* isolate;
};
void PumpPlatform(uv_check_t* handle);

// The process-wide V8 platform (set once by Run before any worker starts).
v8::Platform* GetPlatform();
// The snapshot is skipped when JS is loaded from the source tree, so that edits take effect.
bool UseSnapshot();
// The main context of a new isolate: the bootstrapped one from the snapshot, or a plain one.
v8::Local<v8::Context> NewMainContext(v8::Isolate* isolate, bool use_snapshot);
// Runs the per-run bootstrap and the entry script; false if they threw (already reported).
bool RunMain(Environment* env, v8::Local<v8::Function> require, const char* main_id);
// uv_run until nothing is left, with 'beforeExit'.
void RunLoop(Environment* env);
// Emits process 'exit'; returns the exit code.
int EmitExit(Environment* env);

}  // namespace kiln
