// internalBinding('tty_wrap'): the standard streams. Writes are synchronous, as Node's are
// for files, pipes and TTYs on Linux; stdin is read on the loop (uv_tty_t, uv_pipe_t, or the
// thread pool for regular files).
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include "binding.h"
#include "callback_scope.h"

namespace kiln {
namespace {

const char* HandleTypeName(uv_handle_type type) {
  switch (type) {
    case UV_TTY: return "TTY";
    case UV_NAMED_PIPE: return "PIPE";
    case UV_TCP: return "TCP";
    case UV_UDP: return "UDP";
    case UV_FILE: return "FILE";
    default: return "UNKNOWN";
  }
}

void GuessHandleType(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  if (fd < 0) return;
  args.GetReturnValue().Set(Symbolize(args.GetIsolate(), HandleTypeName(uv_guess_handle(fd))));
}

void IsTTY(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  args.GetReturnValue().Set(fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

// getWindowSize(fd) -> [columns, rows] or undefined
void GetWindowSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  struct winsize size;
  if (fd < 0 || ioctl(fd, TIOCGWINSZ, &size) != 0) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> values[] = {v8::Integer::New(isolate, size.ws_col),
                                   v8::Integer::New(isolate, size.ws_row)};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 2));
}

// Writes everything, waiting for a non-blocking fd to drain. Returns 0 or a negative errno.
int WriteAll(int fd, const char* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd pfd = {fd, POLLOUT, 0};
        poll(&pfd, 1, -1);
        continue;
      }
      return -errno;
    }
    data += n;
    length -= static_cast<size_t>(n);
  }
  return 0;
}

// writeString(fd, string) / writeBuffer(fd, view): synchronous; throws on failure.
void WriteString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int fd = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  v8::String::Utf8Value text(isolate, args[1]);
  int err = WriteAll(fd, *text, static_cast<size_t>(text.length()));
  if (err != 0) ThrowUVException(isolate, err, "write");
}

void WriteBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int fd = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  CHECK(args[1]->IsArrayBufferView());
  v8::Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
  const char* data = static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  int err = WriteAll(fd, data, view->ByteLength());
  if (err != 0) ThrowUVException(isolate, err, "write");
}

// setRawMode(fd, enabled) -> 0 or negative errno. The original mode is restored at exit.
struct termios g_original_mode;
bool g_have_original_mode = false;

void RestoreTerminal() {
  if (g_have_original_mode) tcsetattr(STDIN_FILENO, TCSANOW, &g_original_mode);
}

void SetRawMode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  if (!g_have_original_mode) {
    if (tcgetattr(fd, &g_original_mode) != 0) return args.GetReturnValue().Set(-errno);
    g_have_original_mode = true;
    atexit(RestoreTerminal);
  }
  struct termios mode = g_original_mode;
  if (args[1]->IsTrue()) {
    mode.c_iflag &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    mode.c_oflag |= ONLCR;
    mode.c_cflag |= CS8;
    mode.c_lflag &= ~(ECHO | ICANON | IEXTEN | ISIG);
    mode.c_cc[VMIN] = 1;
    mode.c_cc[VTIME] = 0;
  }
  args.GetReturnValue().Set(tcsetattr(fd, TCSADRAIN, &mode) == 0 ? 0 : -errno);
}

// A reader of fd 0 that calls onread(chunk: Uint8Array | null at end, error: number).
class StdinReader {
 public:
  StdinReader(Environment* env, v8::Local<v8::Function> onread)
      : env_(env), onread_(env->isolate(), onread) {
    uv_handle_type type = uv_guess_handle(STDIN_FILENO);
    if (type == UV_TTY) {
      uv_tty_init(env->loop(), &handle_.tty, STDIN_FILENO, 1);
      stream_ = true;
    } else if (type == UV_NAMED_PIPE || type == UV_TCP) {
      uv_pipe_init(env->loop(), &handle_.pipe, 0);
      uv_pipe_open(&handle_.pipe, STDIN_FILENO);
      stream_ = true;
    } else {
      uv_idle_init(env->loop(), &handle_.idle);  // Unused: pending fs reads hold the loop.
    }
    handle()->data = this;
  }

  void Start() {
    if (reading_ || closed_) return;
    reading_ = true;
    if (stream_) {
      uv_read_start(reinterpret_cast<uv_stream_t*>(handle()), Alloc, OnStreamRead);
    } else if (!file_pending_) {
      ReadFileChunk();
    }
  }

  void Stop() {
    if (!reading_) return;
    reading_ = false;
    if (stream_) uv_read_stop(reinterpret_cast<uv_stream_t*>(handle()));
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    Stop();
    uv_close(handle(), [](uv_handle_t* h) {
      auto* self = static_cast<StdinReader*>(h->data);
      self->handle_closed_ = true;
      if (!self->file_pending_) delete self;
    });
  }

  uv_handle_t* handle() { return &handle_.base; }

 private:
  static void Alloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
    *buf = uv_buf_init(new char[suggested], static_cast<unsigned>(suggested));
  }

  static void OnStreamRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* self = static_cast<StdinReader*>(stream->data);
    std::unique_ptr<char[]> data(buf->base);
    if (nread == 0) return;
    self->Deliver(nread, data.get());
  }

  // Regular files have no readiness: read them in chunks on the thread pool.
  void ReadFileChunk() {
    file_buffer_.reset(new char[65536]);
    uv_buf_t buf = uv_buf_init(file_buffer_.get(), 65536);
    file_req_.data = this;
    uv_fs_read(env_->loop(), &file_req_, STDIN_FILENO, &buf, 1, -1, [](uv_fs_t* req) {
      auto* self = static_cast<StdinReader*>(req->data);
      ssize_t result = req->result;
      uv_fs_req_cleanup(req);
      self->file_pending_ = false;
      if (self->closed_) {
        if (self->handle_closed_) delete self;
        return;
      }
      self->Deliver(result == 0 ? UV_EOF : result, self->file_buffer_.get());
      // JS may have paused and resumed inside Deliver, which already started the next read:
      // one request must never be queued twice.
      if (self->reading_ && result > 0 && !self->closed_ && !self->file_pending_) {
        self->ReadFileChunk();
      }
    });
    file_pending_ = true;
  }

  void Deliver(ssize_t nread, const char* data) {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> args[2];
    if (nread > 0) {
      v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, nread);
      memcpy(buffer->GetBackingStore()->Data(), data, nread);
      args[0] = v8::Uint8Array::New(buffer, 0, nread);
      args[1] = v8::Integer::New(isolate, 0);
    } else {
      args[0] = v8::Null(isolate);
      args[1] = v8::Integer::New(isolate, static_cast<int>(nread));
    }
    (void)MakeCallback(env_, v8::Undefined(isolate), onread_.Get(isolate), 2, args);
  }

  Environment* env_;
  v8::Global<v8::Function> onread_;
  union {
    uv_handle_t base;
    uv_tty_t tty;
    uv_pipe_t pipe;
    uv_idle_t idle;
  } handle_;
  bool stream_ = false;
  bool reading_ = false;
  bool closed_ = false;
  bool file_pending_ = false;
  bool handle_closed_ = false;
  uv_fs_t file_req_;
  std::unique_ptr<char[]> file_buffer_;
};

StdinReader* ReaderFrom(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return static_cast<StdinReader*>(args.Data().As<v8::External>()->Value());
}

// openStdin(onread) -> { start(), stop(), close(), ref(), unref() }
void OpenStdin(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsFunction());
  auto* reader = new StdinReader(env, args[0].As<v8::Function>());
  v8::Local<v8::External> data = v8::External::New(isolate, reader);
  v8::Local<v8::Object> control = v8::Object::New(isolate);
  auto method = [&](const char* name, v8::FunctionCallback callback) {
    SetValue(env, control, name,
             v8::Function::New(env->context(), callback, data).ToLocalChecked());
  };
  method("start", [](const v8::FunctionCallbackInfo<v8::Value>& a) { ReaderFrom(a)->Start(); });
  method("stop", [](const v8::FunctionCallbackInfo<v8::Value>& a) { ReaderFrom(a)->Stop(); });
  method("close", [](const v8::FunctionCallbackInfo<v8::Value>& a) { ReaderFrom(a)->Close(); });
  method("ref", [](const v8::FunctionCallbackInfo<v8::Value>& a) { uv_ref(ReaderFrom(a)->handle()); });
  method("unref",
         [](const v8::FunctionCallbackInfo<v8::Value>& a) { uv_unref(ReaderFrom(a)->handle()); });
  args.GetReturnValue().Set(control);
}

constexpr BindingMethod kMethods[] = {
    {"guessHandleType", GuessHandleType},
    {"isTTY", IsTTY},
    {"getWindowSize", GetWindowSize},
    {"writeString", WriteString},
    {"writeBuffer", WriteBuffer},
    {"setRawMode", SetRawMode},
    {"openStdin", OpenStdin},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(tty_wrap, kiln::Initialize, kiln::kMethods)
