// internalBinding('spawn_sync'): spawnSync and the forms built on it. The child runs on a
// private libuv loop (as in Node), so nothing else of the program runs meanwhile: stdin input
// is written, stdout/stderr are collected, the timeout and maxBuffer kill the child.
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "spawn_options.h"

namespace kiln {
namespace {

class SyncRunner;

struct SyncPipe {
  uv_pipe_t pipe;
  SyncRunner* runner = nullptr;
  int index = 0;
  bool child_reads = false;   // the parent writes `input`, then ends the pipe
  bool child_writes = false;  // the parent collects `output`
  bool closed = false;
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
};

class SyncRunner {
 public:
  SyncRunner() { uv_loop_init(&loop_); }
  ~SyncRunner() { uv_loop_close(&loop_); }

  // Returns false when JS threw while the options were read.
  bool Run(v8::Isolate* isolate, v8::Local<v8::Object> js_options) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    SpawnOptions spawn_options;
    if (!spawn_options.Read(isolate, js_options)) return false;
    v8::Local<v8::Value> value;
    if (!js_options->Get(context, Symbolize(isolate, "timeout")).ToLocal(&value)) return false;
    if (value->IsNumber() && value.As<v8::Number>()->Value() > 0) {
      timeout_ms_ = static_cast<uint64_t>(value.As<v8::Number>()->Value());
    }
    if (!js_options->Get(context, Symbolize(isolate, "maxBuffer")).ToLocal(&value)) return false;
    if (value->IsNumber() && value.As<v8::Number>()->Value() >= 0) {
      max_buffer_ = value.As<v8::Number>()->Value();
    }
    if (!js_options->Get(context, Symbolize(isolate, "killSignal")).ToLocal(&value)) return false;
    if (value->IsInt32()) kill_signal_ = value.As<v8::Int32>()->Value();

    std::vector<uv_stdio_container_t> stdio;
    if (!ReadStdio(isolate, js_options, &stdio)) return false;

    uv_process_options_t options{};
    spawn_options.Fill(&options);
    options.stdio = stdio.data();
    options.stdio_count = static_cast<int>(stdio.size());
    options.exit_cb = OnExit;
    process_.data = this;
    int err = uv_spawn(&loop_, &process_, &options);
    if (err != 0) {
      error_ = err;
      spawn_failed_ = true;
      uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
      CloseAll();
      uv_run(&loop_, UV_RUN_DEFAULT);
      return true;
    }
    process_open_ = true;
    pid_ = process_.pid;
    for (auto& pipe : pipes_) StartPipe(pipe.get());
    if (timeout_ms_ > 0) {
      uv_timer_init(&loop_, &timer_);
      timer_.data = this;
      timer_open_ = true;
      uv_timer_start(&timer_, OnTimeout, timeout_ms_, 0);
    }
    uv_run(&loop_, UV_RUN_DEFAULT);
    CloseAll();
    uv_run(&loop_, UV_RUN_DEFAULT);
    return true;
  }

  v8::Local<v8::Object> Result(v8::Isolate* isolate) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    auto set = [&](const char* name, v8::Local<v8::Value> value) {
      result->Set(context, Symbolize(isolate, name), value).FromMaybe(false);
    };
    if (error_ != 0) set("error", v8::Integer::New(isolate, error_));
    if (exited_ && term_signal_ == 0) {
      set("status", v8::Number::New(isolate, static_cast<double>(exit_status_)));
    } else {
      set("status", v8::Null(isolate));
    }
    set("signal", v8::Integer::New(isolate, exited_ ? term_signal_ : 0));
    if (spawn_failed_) {
      set("output", v8::Null(isolate));
    } else {
      std::vector<v8::Local<v8::Value>> output;
      for (size_t i = 0; i < stdio_count_; i++) output.push_back(v8::Null(isolate));
      for (auto& pipe : pipes_) {
        if (!pipe->child_writes) continue;
        v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, pipe->output.size());
        if (!pipe->output.empty()) {
          memcpy(buffer->GetBackingStore()->Data(), pipe->output.data(), pipe->output.size());
        }
        output[pipe->index] = buffer;
      }
      set("output", v8::Array::New(isolate, output.data(), output.size()));
    }
    set("pid", v8::Integer::New(isolate, pid_));
    return result;
  }

 private:
  bool ReadStdio(v8::Isolate* isolate, v8::Local<v8::Object> options,
                 std::vector<uv_stdio_container_t>* stdio) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Value> value;
    if (!options->Get(context, Symbolize(isolate, "stdio")).ToLocal(&value)) return false;
    if (!value->IsArray()) return true;
    v8::Local<v8::Array> array = value.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!array->Get(context, i).ToLocal(&item)) return false;
      uv_stdio_container_t container{};
      container.flags = UV_IGNORE;
      if (item->IsObject()) {
        v8::Local<v8::Object> entry = item.As<v8::Object>();
        v8::Local<v8::Value> type, fd, readable, writable, input;
        if (!entry->Get(context, Symbolize(isolate, "type")).ToLocal(&type) ||
            !entry->Get(context, Symbolize(isolate, "fd")).ToLocal(&fd) ||
            !entry->Get(context, Symbolize(isolate, "readable")).ToLocal(&readable) ||
            !entry->Get(context, Symbolize(isolate, "writable")).ToLocal(&writable) ||
            !entry->Get(context, Symbolize(isolate, "input")).ToLocal(&input)) {
          return false;
        }
        std::string kind = ToUtf8(isolate, type);
        if (kind == "pipe" || kind == "overlapped") {
          auto pipe = std::make_unique<SyncPipe>();
          pipe->runner = this;
          pipe->index = static_cast<int>(i);
          pipe->child_reads = readable->IsTrue();
          pipe->child_writes = writable->IsTrue();
          if (input->IsArrayBufferView()) {
            v8::Local<v8::ArrayBufferView> view = input.As<v8::ArrayBufferView>();
            pipe->input.resize(view->ByteLength());
            view->CopyContents(pipe->input.data(), pipe->input.size());
          }
          uv_pipe_init(&loop_, &pipe->pipe, 0);
          pipe->pipe.data = pipe.get();
          int flags = UV_CREATE_PIPE;
          if (pipe->child_reads) flags |= UV_READABLE_PIPE;
          if (pipe->child_writes) flags |= UV_WRITABLE_PIPE;
          container.flags = static_cast<uv_stdio_flags>(flags);
          container.data.stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
          pipes_.push_back(std::move(pipe));
        } else if (kind == "inherit" || kind == "fd") {
          container.flags = UV_INHERIT_FD;
          container.data.fd =
              kind == "inherit" ? static_cast<int>(i) : fd->Int32Value(context).FromMaybe(-1);
        }
      }
      stdio->push_back(container);
    }
    stdio_count_ = stdio->size();
    return true;
  }

  void StartPipe(SyncPipe* pipe) {
    auto* stream = reinterpret_cast<uv_stream_t*>(&pipe->pipe);
    if (pipe->child_writes) {
      uv_read_start(stream, OnAlloc, OnRead);
    }
    if (pipe->child_reads) {
      if (!pipe->input.empty()) {
        pipe->write_req.data = pipe;
        uv_buf_t buf = uv_buf_init(pipe->input.data(), static_cast<unsigned>(pipe->input.size()));
        if (uv_write(&pipe->write_req, stream, &buf, 1, OnWrite) != 0) ClosePipe(pipe);
      } else {
        Shutdown(pipe);
      }
    }
  }

  void Shutdown(SyncPipe* pipe) {
    pipe->shutdown_req.data = pipe;
    int err = uv_shutdown(&pipe->shutdown_req, reinterpret_cast<uv_stream_t*>(&pipe->pipe),
                          [](uv_shutdown_t* req, int) {
                            auto* pipe = static_cast<SyncPipe*>(req->data);
                            if (!pipe->child_writes) pipe->runner->ClosePipe(pipe);
                          });
    if (err != 0 && !pipe->child_writes) ClosePipe(pipe);
  }

  static void OnWrite(uv_write_t* req, int status) {
    auto* pipe = static_cast<SyncPipe*>(req->data);
    // EPIPE: the child did not read all its input; Node ignores that too.
    if (status != 0 || pipe->closed) {
      pipe->runner->ClosePipe(pipe);
      return;
    }
    pipe->runner->Shutdown(pipe);
  }

  static void OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
    static thread_local char scratch[65536];
    *buf = uv_buf_init(scratch, sizeof(scratch));
  }

  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* pipe = static_cast<SyncPipe*>(stream->data);
    SyncRunner* runner = pipe->runner;
    if (nread < 0) {
      runner->ClosePipe(pipe);
      return;
    }
    pipe->output.append(buf->base, static_cast<size_t>(nread));
    runner->buffered_ += static_cast<double>(nread);
    if (runner->max_buffer_ >= 0 && runner->buffered_ > runner->max_buffer_) {
      runner->SetError(UV_ENOBUFS);
      runner->Kill();
    }
  }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* runner = static_cast<SyncRunner*>(process->data);
    runner->exited_ = true;
    runner->exit_status_ = exit_status;
    runner->term_signal_ = term_signal;
    runner->CloseProcess();
    runner->CloseTimer();
  }

  static void OnTimeout(uv_timer_t* timer) {
    auto* runner = static_cast<SyncRunner*>(timer->data);
    runner->SetError(UV_ETIMEDOUT);
    runner->Kill();
  }

  void SetError(int error) {
    if (error_ == 0) error_ = error;
  }

  void Kill() {
    if (!killed_ && process_open_ && !exited_) {
      killed_ = true;
      int err = uv_process_kill(&process_, kill_signal_);
      if (err != 0 && err != UV_ESRCH) {
        SetError(err);
        uv_process_kill(&process_, SIGKILL);
      }
    }
    for (auto& pipe : pipes_) ClosePipe(pipe.get());
    CloseTimer();
  }

  void ClosePipe(SyncPipe* pipe) {
    if (pipe->closed) return;
    pipe->closed = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&pipe->pipe), nullptr);
  }

  void CloseProcess() {
    if (!process_open_) return;
    process_open_ = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&process_), nullptr);
  }

  void CloseTimer() {
    if (!timer_open_) return;
    timer_open_ = false;
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
  }

  void CloseAll() {
    for (auto& pipe : pipes_) ClosePipe(pipe.get());
    CloseTimer();
    // A child that outlived its pipes (for example one that closed its stdio) is waited for.
    if (process_open_ && !exited_) return;
    CloseProcess();
  }

  uv_loop_t loop_;
  uv_process_t process_{};
  uv_timer_t timer_{};
  std::vector<std::unique_ptr<SyncPipe>> pipes_;
  size_t stdio_count_ = 0;
  uint64_t timeout_ms_ = 0;
  double max_buffer_ = -1;
  double buffered_ = 0;
  int kill_signal_ = SIGTERM;
  int error_ = 0;
  int pid_ = 0;
  bool spawn_failed_ = false;
  bool process_open_ = false;
  bool timer_open_ = false;
  bool exited_ = false;
  bool killed_ = false;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
};

// spawn(options) -> { error?, status, signal (number, 0 for none), output, pid }
void Spawn(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsObject());
  SyncRunner runner;
  if (!runner.Run(isolate, args[0].As<v8::Object>())) return;
  args.GetReturnValue().Set(runner.Result(isolate));
}

constexpr BindingMethod kMethods[] = {
    {"spawn", Spawn},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(spawn_sync, kiln::Initialize, kiln::kMethods)
