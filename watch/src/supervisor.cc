// The watch-mode supervisor (see supervisor.h): child processes, their report pipes, the
// debounce and kill timers and the signals, all on one libuv loop.
#include "watch/supervisor.h"

#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "watch/file_watcher.h"

namespace kiln::watch {
namespace {

constexpr uint64_t kMaxBurstMs = 1000;  // a restart happens at the latest this long after a change
constexpr uint64_t kPrespawnDelayMs = 50;  // let the started child have the CPU first

class Supervisor;

struct Child {
  uv_process_t process;
  uv_pipe_t pipe;
  Supervisor* owner;
  std::string buffer;    // an incomplete report
  int open_handles = 2;  // process + pipe; the struct is freed when both are closed
  bool started = false;  // sent the go-ahead byte
  bool exited = false;
  bool killed = false;  // we sent SIGTERM (a restart or the end)
  int64_t exit_status = 0;
  int term_signal = 0;
};

void OnChildHandleClosed(uv_handle_t* handle) {
  auto* child = static_cast<Child*>(handle->data);
  if (--child->open_handles == 0) delete child;
}

class Supervisor {
 public:
  Supervisor(uv_loop_t* loop, const SupervisorOptions& options)
      : loop_(loop),
        options_(options),
        watcher_(loop, [this](const std::string& path, bool empty) { OnChange(path, empty); }),
        color_(isatty(STDERR_FILENO) != 0),
        clear_(!options.preserve_output && isatty(STDOUT_FILENO) != 0) {}

  int Run() {
    for (uv_timer_t* timer : {&debounce_timer_, &grace_timer_, &prespawn_timer_}) {
      uv_timer_init(loop_, timer);
      timer->data = this;
    }
    int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (int i = 0; i < 3; i++) {
      uv_signal_init(loop_, &signals_[i]);
      signals_[i].data = this;
      uv_signal_start(
          &signals_[i],
          [](uv_signal_t* handle, int signum) {
            static_cast<Supervisor*>(handle->data)->Stop(signum);
          },
          signals[i]);
    }
    for (const std::string& directory : options_.directories) {
      watcher_.WatchTree(AbsolutePath(directory));
    }
    for (const std::string& file : options_.files) watcher_.WatchFile(AbsolutePath(file));
    StartNext();
    uv_run(loop_, UV_RUN_DEFAULT);
    return exit_code_;
  }

 private:
  // --- children -----------------------------------------------------------------------------

  Child* Spawn() {
    auto* child = new Child();
    child->owner = this;
    uv_pipe_init(loop_, &child->pipe, 0);
    child->pipe.data = child;
    child->process.data = child;
    std::vector<char*> args;
    for (const std::string& arg : options_.command) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    uv_stdio_container_t stdio[4];
    for (int fd = 0; fd < 3; fd++) {
      stdio[fd].flags = UV_INHERIT_FD;
      stdio[fd].data.fd = fd;
    }
    stdio[3].flags =
        static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
    stdio[3].data.stream = reinterpret_cast<uv_stream_t*>(&child->pipe);
    uv_process_options_t process_options{};
    process_options.file = args[0];
    process_options.args = args.data();
    process_options.stdio = stdio;
    process_options.stdio_count = 4;
    process_options.exit_cb = [](uv_process_t* process, int64_t status, int signal) {
      auto* child = static_cast<Child*>(process->data);
      child->exited = true;
      child->exit_status = status;
      child->term_signal = signal;
      uv_close(reinterpret_cast<uv_handle_t*>(process), OnChildHandleClosed);
      child->owner->OnChildExit(child);
    };
    int error = uv_spawn(loop_, &child->process, &process_options);
    if (error != 0) {
      Print("cannot start " + options_.command[0] + ": " + uv_strerror(error));
      child->open_handles = 1;
      uv_close(reinterpret_cast<uv_handle_t*>(&child->pipe), OnChildHandleClosed);
      return nullptr;
    }
    uv_read_start(
        reinterpret_cast<uv_stream_t*>(&child->pipe),
        [](uv_handle_t*, size_t suggested, uv_buf_t* buf) {
          buf->base = new char[suggested];
          buf->len = suggested;
        },
        [](uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
          auto* child = static_cast<Child*>(stream->data);
          if (nread > 0) child->owner->OnReport(child, buf->base, static_cast<size_t>(nread));
          delete[] buf->base;
          if (nread < 0) {
            uv_read_stop(stream);
            if (!uv_is_closing(reinterpret_cast<uv_handle_t*>(stream))) {
              uv_close(reinterpret_cast<uv_handle_t*>(stream), OnChildHandleClosed);
            }
          }
        });
    return child;
  }

  // The go-ahead: one byte on the child's pipe.
  bool Start(Child* child) {
    uv_buf_t go = uv_buf_init(const_cast<char*>("g"), 1);
    if (uv_try_write(reinterpret_cast<uv_stream_t*>(&child->pipe), &go, 1) != 1) return false;
    child->started = true;
    return true;
  }

  void Discard(Child* child) {
    // A waiting child exits when its pipe closes; SIGKILL in case it is stuck elsewhere.
    if (!uv_is_closing(reinterpret_cast<uv_handle_t*>(&child->pipe))) {
      uv_close(reinterpret_cast<uv_handle_t*>(&child->pipe), OnChildHandleClosed);
    }
    if (!child->exited) uv_process_kill(&child->process, SIGKILL);
  }

  void StartNext() {
    restart_pending_ = false;
    eager_kill_ = false;
    changed_.clear();
    Child* next = nullptr;
    if (warm_ != nullptr) {
      next = warm_;
      warm_ = nullptr;
      if (next->exited || !Start(next)) {
        Discard(next);
        next = nullptr;
      }
    }
    if (next == nullptr) {
      next = Spawn();
      if (next == nullptr || !Start(next)) {
        if (next != nullptr) Discard(next);
        Print("waiting for changes before restarting " + options_.label);
        return;
      }
    }
    current_ = next;
    if (options_.prespawn) {
      uv_timer_start(
          &prespawn_timer_,
          [](uv_timer_t* timer) {
            auto* self = static_cast<Supervisor*>(timer->data);
            if (self->warm_ == nullptr && !self->stopping_) self->warm_ = self->Spawn();
          },
          kPrespawnDelayMs, 0);
    }
  }

  void OnReport(Child* child, const char* data, size_t size) {
    child->buffer.append(data, size);
    size_t start = 0;
    for (size_t end; (end = child->buffer.find('\0', start)) != std::string::npos;
         start = end + 1) {
      std::string path = child->buffer.substr(start, end - start);
      // With --watch-path, only the directories (and the env files) are watched.
      if (options_.directories.empty() && !stopping_) watcher_.WatchFile(path);
    }
    child->buffer.erase(0, start);
  }

  void OnChildExit(Child* child) {
    if (child == warm_) {
      warm_ = nullptr;
      Discard(child);
    }
    if (child != current_) {
      if (stopping_) MaybeFinish();
      return;
    }
    current_ = nullptr;
    uv_timer_stop(&grace_timer_);
    bool by_us = child->killed;
    if (stopping_) {
      // As Node's watch mode: the exit code of the program stopped with us, 0 if a signal
      // ended it (a program that already ended before Ctrl-C does not count).
      exit_code_ = child->term_signal == 0 ? static_cast<int>(child->exit_status) : 0;
      MaybeFinish();
      return;
    }
    if (by_us) {
      MaybeRestart();
      return;
    }
    if (child->term_signal == SIGINT) {
      // Ctrl-C reached the child too (same process group); the supervisor is stopping next.
    } else if (child->term_signal != 0) {
      Print(options_.label + " was killed by " + SignalName(child->term_signal) +
            "; waiting for changes");
    } else if (child->exit_status != 0) {
      Print(options_.label + " exited with code " + std::to_string(child->exit_status) +
            "; waiting for changes");
    } else {
      Print(options_.label + " finished; waiting for changes");
    }
  }

  void Kill(Child* child) {
    if (child->exited) return;
    child->killed = true;
    uv_process_kill(&child->process, SIGTERM);
    uv_timer_start(
        &grace_timer_,
        [](uv_timer_t* timer) {
          auto* self = static_cast<Supervisor*>(timer->data);
          if (self->current_ != nullptr && !self->current_->exited) {
            uv_process_kill(&self->current_->process, SIGKILL);
          }
        },
        options_.kill_grace_ms, 0);
  }

  // --- changes ------------------------------------------------------------------------------

  // An event that may be a change. When the new content looks complete, the running child is
  // stopped at once, so that its exit overlaps the debounce; an empty file is more likely the
  // middle of a rewrite. After a quiet moment, Settle() says what really changed.
  void OnChange(const std::string& path, bool empty) {
    if (stopping_) return;
    uint64_t now = uv_now(loop_);
    if (!restart_pending_) first_change_ms_ = now;
    restart_pending_ = true;
    settled_ = false;
    last_event_path_ = path;
    if (!empty && current_ != nullptr && !current_->exited && !current_->killed) {
      eager_kill_ = true;
      Kill(current_);
    }
    // Trailing debounce: wait for a quiet moment, but never longer than kMaxBurstMs overall.
    uint64_t waited = now - first_change_ms_;
    uint64_t delay = waited >= kMaxBurstMs ? 0 : options_.debounce_ms;
    uv_timer_start(
        &debounce_timer_,
        [](uv_timer_t* timer) { static_cast<Supervisor*>(timer->data)->OnSettled(); }, delay, 0);
  }

  void OnSettled() {
    if (stopping_ || !restart_pending_) return;
    for (const std::string& path : watcher_.Settle()) {
      bool known = false;
      for (const std::string& changed : changed_) known = known || changed == path;
      if (!known) changed_.push_back(path);
    }
    if (changed_.empty()) {
      // Nothing changed after all (a rewrite with the same bytes); only a child stopped early
      // must be replaced.
      if (!eager_kill_) {
        restart_pending_ = false;
        return;
      }
      changed_.push_back(last_event_path_);
    }
    settled_ = true;
    if (current_ != nullptr && !current_->exited && !current_->killed) Kill(current_);
    MaybeRestart();
  }

  void MaybeRestart() {
    if (stopping_ || !restart_pending_ || !settled_ || current_ != nullptr) return;
    if (clear_) {
      static const char kClear[] = "\x1b[H\x1b[2J\x1b[3J";
      ssize_t ignored = write(STDOUT_FILENO, kClear, sizeof(kClear) - 1);
      (void)ignored;
    }
    std::string what = Relative(changed_.empty() ? std::string() : changed_.front());
    if (changed_.size() > 1) what += " (and " + std::to_string(changed_.size() - 1) + " more)";
    Print(what + " changed, restarting " + options_.label);
    StartNext();
  }

  // --- the end ------------------------------------------------------------------------------

  void Stop(int signum) {
    if (stopping_) {
      // A second Ctrl-C: no more waiting.
      if (current_ != nullptr && !current_->exited) uv_process_kill(&current_->process, SIGKILL);
      return;
    }
    (void)signum;
    stopping_ = true;
    watcher_.Close();
    uv_timer_stop(&debounce_timer_);
    uv_timer_stop(&prespawn_timer_);
    if (warm_ != nullptr) {
      Child* warm = warm_;
      warm_ = nullptr;
      Discard(warm);
    }
    if (current_ != nullptr && !current_->exited) {
      Kill(current_);
    } else {
      current_ = nullptr;
    }
    MaybeFinish();
  }

  void MaybeFinish() {
    if (current_ != nullptr || finished_) return;
    finished_ = true;
    for (uv_timer_t* timer : {&debounce_timer_, &grace_timer_, &prespawn_timer_}) {
      uv_close(reinterpret_cast<uv_handle_t*>(timer), nullptr);
    }
    for (uv_signal_t& signal : signals_) uv_close(reinterpret_cast<uv_handle_t*>(&signal), nullptr);
  }

  // --- output -------------------------------------------------------------------------------

  void Print(const std::string& message) {
    std::string line =
        color_ ? "\x1b[2m[kiln]\x1b[0m " + message + "\n" : "[kiln] " + message + "\n";
    ssize_t ignored = write(STDERR_FILENO, line.data(), line.size());
    (void)ignored;
  }

  static std::string Relative(const std::string& path) {
    std::string cwd = AbsolutePath(".");
    if (cwd != "/" && path.size() > cwd.size() && path.compare(0, cwd.size(), cwd) == 0 &&
        path[cwd.size()] == '/') {
      return path.substr(cwd.size() + 1);
    }
    return path;
  }

  static std::string SignalName(int signum) {
    switch (signum) {
      case SIGTERM:
        return "SIGTERM";
      case SIGKILL:
        return "SIGKILL";
      case SIGINT:
        return "SIGINT";
      case SIGSEGV:
        return "SIGSEGV";
      case SIGABRT:
        return "SIGABRT";
      default:
        return "signal " + std::to_string(signum);
    }
  }

  uv_loop_t* loop_;
  const SupervisorOptions& options_;
  FileWatcher watcher_;
  const bool color_;
  const bool clear_;
  uv_timer_t debounce_timer_;
  uv_timer_t grace_timer_;
  uv_timer_t prespawn_timer_;
  uv_signal_t signals_[3];
  Child* current_ = nullptr;
  Child* warm_ = nullptr;
  std::vector<std::string> changed_;
  uint64_t first_change_ms_ = 0;
  bool restart_pending_ = false;  // a change was seen since the child started
  bool settled_ = false;          // and no other change came within the debounce time
  bool eager_kill_ = false;       // the child was stopped before the changes settled
  std::string last_event_path_;
  bool stopping_ = false;
  bool finished_ = false;
  int exit_code_ = 0;
};

}  // namespace

int RunSupervisor(uv_loop_t* loop, const SupervisorOptions& options) {
  Supervisor supervisor(loop, options);
  return supervisor.Run();
}

}  // namespace kiln::watch
