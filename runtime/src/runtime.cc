// Run(): the platform, isolate and context, the JS bootstrap, the main script and the loop.
#include "kiln/runtime.h"

#include <fcntl.h>
#include <libplatform/libplatform.h>
#include <malloc.h>
#include <openssl/provider.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bootstrap.h"
#include "callback_scope.h"
#include "environment.h"
#include "errors.h"
#include "js_library.h"
#include "large_alloc.h"
#include "prefaulting_platform.h"
#include "runtime_internal.h"
#include "snapshot.h"
#include "util.h"
#include "v8.h"

namespace kiln {

const char* Version() { return KILN_VERSION; }

// Defined in bindings/task_queue.cc.
void PromiseRejectCallback(v8::PromiseRejectMessage message);
// Defined in bindings/process_methods.cc: process.uptime() and performance.now() count from here.
void ResetProcessStartTime();

namespace {
v8::Platform* g_platform = nullptr;
}  // namespace

v8::Platform* GetPlatform() { return g_platform; }

void PumpPlatform(uv_check_t* handle) {
  auto* pump = static_cast<PlatformPump*>(handle->data);
  while (v8::platform::PumpMessageLoop(pump->platform, pump->isolate)) {
  }
}

// Runs the per-run bootstrap and the entry script; false if they threw (already reported).
bool RunMain(Environment* env, v8::Local<v8::Function> require, const char* main_id) {
  v8::Isolate* isolate = env->isolate();
  v8::TryCatch try_catch(isolate);
  for (const char* id : {"internal/bootstrap/run", main_id}) {
    v8::Local<v8::Value> id_value = ToV8(isolate, id);
    if (require->Call(env->context(), v8::Undefined(isolate), 1, &id_value).IsEmpty()) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
      }
      return false;
    }
  }
  return true;
}

v8::Local<v8::Context> NewMainContext(v8::Isolate* isolate, bool use_snapshot) {
  return use_snapshot
             ? v8::Context::FromSnapshot(isolate, kSnapshotBootstrappedContext).ToLocalChecked()
             : v8::Context::New(isolate);
}

// The snapshot is skipped when JS is loaded from the source tree, so that edits take effect.
bool UseSnapshot() {
  const char* lib_dir = std::getenv("KILN_LIB_DIR");
  const char* disabled = std::getenv("KILN_NO_SNAPSHOT");
  return EmbeddedSnapshot() != nullptr && (lib_dir == nullptr || *lib_dir == '\0') &&
         (disabled == nullptr || *disabled == '\0');
}

namespace {

// Watch mode's child (watch/README.md) is started ahead of time and waits here, with V8 and
// the context ready, for one byte from the supervisor; end of file means it is not needed.
bool WaitForWatchStart(int fd) {
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  // The supervisor killed hard (SIGKILL) must not leave this process behind.
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  char byte;
  for (;;) {
    ssize_t n = read(fd, &byte, 1);
    if (n < 0 && errno == EINTR) continue;
    return n == 1;
  }
}

// The V8 flags of the command line (and NODE_OPTIONS); false, after saying so, when V8 does
// not know one.
bool SetUserV8Flags(const std::vector<std::string>& flags) {
  if (flags.empty()) return true;
  std::vector<std::string> copies = flags;
  std::vector<char*> argv = {const_cast<char*>("kiln")};
  for (std::string& flag : copies) argv.push_back(flag.data());
  int argc = static_cast<int>(argv.size());
  v8::V8::SetFlagsFromCommandLine(&argc, argv.data(), /*remove_flags=*/true);
  if (argc <= 1) return true;
  std::fprintf(stderr, "kiln: bad option: %s\nRun `kiln --help` for usage.\n", argv[1]);
  return false;
}

// --openssl-legacy-provider: OpenSSL 3's legacy algorithms (md4, …) beside the default ones,
// for old build tools that still hash with them.
void LoadOpenSSLProviders(const RunOptions& options) {
  for (const auto& [flag, value] : options.node_options) {
    if (flag == "--openssl-legacy-provider" && value == "true") {
      OSSL_PROVIDER_load(nullptr, "legacy");
      OSSL_PROVIDER_load(nullptr, "default");
      return;
    }
  }
}

// Node's last words when the heap is full, which people search for, instead of V8's default.
void OnOutOfMemory(const char* location, bool is_heap_oom) {
  std::fprintf(stderr, "FATAL ERROR: %s Allocation failed - %s\n", location,
               is_heap_oom ? "JavaScript heap out of memory" : "process out of memory");
  std::fflush(stderr);
  std::abort();
}

// --max-old-space-size and --max-semi-space-size become the isolate's constraints rather than
// V8 flags: a changed flag would make V8 refuse every code cache (they carry a hash of the
// flags), Kiln's built-in library caches included.
void SetHeapLimits(const RunOptions& options, v8::ResourceConstraints* constraints) {
  constexpr size_t kMB = 1 << 20;
  if (options.max_old_space_mb != 0) {
    constraints->set_max_old_generation_size_in_bytes(options.max_old_space_mb * kMB);
  }
  if (options.max_semi_space_mb != 0) {
    // V8 sizes the young generation as two semi-spaces and a new large-object space of one.
    constraints->set_max_young_generation_size_in_bytes(options.max_semi_space_mb * kMB * 3);
  }
}

}  // namespace

int EmitExit(Environment* env) {
  v8::HandleScope scope(env->isolate());
  v8::Local<v8::Function> emit = env->emit_exit.Get(env->isolate());
  if (emit.IsEmpty()) return 0;
  v8::TryCatch try_catch(env->isolate());
  v8::Local<v8::Value> code;
  if (!emit->Call(env->context(), env->process_object(), 0, nullptr).ToLocal(&code)) {
    if (try_catch.HasCaught()) {
      TriggerUncaughtException(env, try_catch.Exception(), try_catch.Message());
    }
    return 7;
  }
  return code->Int32Value(env->context()).FromMaybe(0);
}

void RunLoop(Environment* env) {
  uv_loop_t* loop = env->loop();
  v8::Isolate* isolate = env->isolate();
  bool more;
  do {
    uv_run(loop, UV_RUN_DEFAULT);
    if (env->stopping()) return;
    {
      v8::HandleScope scope(isolate);
      v8::Local<v8::Function> before_exit = env->emit_before_exit.Get(isolate);
      if (!before_exit.IsEmpty()) {
        (void)MakeCallback(env, env->process_object(), before_exit, 0, nullptr);
      }
    }
    more = uv_loop_alive(loop);
  } while (more && !env->stopping());
}

int Run(const RunOptions& options) {
  // As Node does: standard fds that were closed become /dev/null, so that stdin reads end at
  // once and the loop's own descriptors never land on 0-2.
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int null_fd = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (null_fd >= 0 && null_fd != fd) {
      dup2(null_fd, fd);
      close(null_fd);
    }
  }
  // Env files are loaded before V8 starts, so process.env has them from the first line. A
  // watched child loads them when it is told to run (they may have changed meanwhile).
  const bool watched = options.watch_report_fd >= 0;
  if (!watched) {
    if (int code = LoadEnvFiles(EnvFilesToLoad(options)); code != 0) return code;
  }
  uv_loop_t* loop = uv_default_loop();
  // As in Node: a write to a closed pipe is an EPIPE error for JS to handle, not a silent death.
  signal(SIGPIPE, SIG_IGN);

  v8::V8::SetFlagsFromString(kV8Flags, sizeof(kV8Flags) - 1);
  if (!SetUserV8Flags(options.v8_flags)) return 9;
  LoadOpenSSLProviders(options);
  std::unique_ptr<v8::Platform> platform =
      v8::platform::NewDefaultPlatform(4, v8::platform::IdleTaskSupport::kDisabled);
  g_platform = platform.get();
  std::unique_ptr<v8::Platform> prefaulting_platform = NewPrefaultingPlatform(platform.get());
  v8::V8::InitializePlatform(prefaulting_platform.get());
  v8::V8::Initialize();

  // ArrayBuffer backing stores are malloc'd. glibc serves blocks over 128 KiB with fresh mmaps
  // and raises that threshold only when such a block is freed, which V8 does on its own
  // threads, late: a program that makes many 1 MB Buffers paid a page fault per 4 KiB of each
  // (2x the faults of Node). Fixed at glibc's own ceiling for the dynamic threshold, with the
  // trim threshold it would pair with.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // The heap grows by at least 16 MiB at a time, so that the huge pages large_alloc.cc asks
  // for fit inside it (a 2 MiB page must lie wholly inside the mapping when first touched).
  // Untouched, the padding costs address space only.
  mallopt(M_TOP_PAD, 16 << 20);

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator = NewArrayBufferAllocator();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  params.external_references = ExternalReferences();
  SetHeapLimits(options, &params.constraints);
  const bool use_snapshot = UseSnapshot();
  // V8 only reads the blob; its API predates const.
  if (use_snapshot) params.snapshot_blob = const_cast<v8::StartupData*>(EmbeddedSnapshot());
  v8::Isolate* isolate = v8::Isolate::New(params);
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetPromiseRejectCallback(PromiseRejectCallback);
  isolate->SetOOMErrorHandler(OnOutOfMemory);

  int exit_code = 0;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = NewMainContext(isolate, use_snapshot);
    v8::Context::Scope context_scope(context);

    Environment env(isolate, context, loop, options);
    char exec_path[4096];
    size_t exec_path_size = sizeof(exec_path);
    if (uv_exepath(exec_path, &exec_path_size) == 0)
      env.exec_path.assign(exec_path, exec_path_size);

    PlatformPump pump{{}, platform.get(), isolate};
    uv_check_init(loop, &pump.check);
    pump.check.data = &pump;
    uv_check_start(&pump.check, PumpPlatform);
    uv_unref(reinterpret_cast<uv_handle_t*>(&pump.check));

    const char* main_id = options.check_only               ? "internal/main/check_syntax"
                          : options.mode == RunMode::kFile ? "internal/main/run_main_module"
                          : options.mode == RunMode::kRepl ? "internal/main/repl"
                                                           : "internal/main/eval_string";
    v8::Local<v8::Function> require;
    if (use_snapshot) {
      env.set_process_object(
          context->GetDataFromSnapshotOnce<v8::Object>(kSnapshotProcess).ToLocalChecked());
      require = context->GetDataFromSnapshotOnce<v8::Function>(kSnapshotRequire).ToLocalChecked();
    } else {
      v8::TryCatch try_catch(isolate);
      if (!BootstrapContext(&env).ToLocal(&require)) {
        if (try_catch.HasCaught()) {
          TriggerUncaughtException(&env, try_catch.Exception(), try_catch.Message());
        }
        ExitProcess(&env, 70);
      }
    }
    if (watched) {
      if (!WaitForWatchStart(options.watch_report_fd)) ExitProcess(&env, 0);
      ResetProcessStartTime();
      if (int code = LoadEnvFiles(EnvFilesToLoad(options)); code != 0) ExitProcess(&env, code);
    }
    if (RunMain(&env, require, main_id)) DrainTasks(&env);
    if (!env.stopping()) RunLoop(&env);
    if (!env.stopping()) exit_code = EmitExit(&env);
    ExitProcess(&env, exit_code);
  }
  return exit_code;
}

}  // namespace kiln
