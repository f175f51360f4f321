// internalBinding('pipe_wrap'): Pipe, a StreamWrap over uv_pipe_t (child process stdio, the
// IPC channel, Unix domain sockets for node:net).
#include "binding.h"
#include "connection_wrap.h"

namespace kiln {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeWrap : public ConnectionWrap {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, bool ipc,
           v8::Local<v8::Value> class_data)
      : ConnectionWrap(env, object, reinterpret_cast<uv_stream_t*>(&pipe_), class_data) {
    uv_pipe_init(env->loop(), &pipe_, ipc ? 1 : 0);
    pipe_.data = this;
  }

  uv_pipe_t* pipe() { return &pipe_; }

 private:
  uv_pipe_t pipe_;
};

// new Pipe(type)
void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "Pipe")) return;
  Environment* env = Environment::From(isolate);
  int type = args[0]->Int32Value(env->context()).FromMaybe(kSocket);
  new PipeWrap(env, args.This(), type == kIPC, args.Data());
}

// pipe.open(fd) -> errno
void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int fd = args[0]->Int32Value(wrap->env()->context()).FromMaybe(-1);
  if (fd < 0) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_pipe_open(wrap->pipe(), fd));
}

// pipe.bind(path) -> errno
void Bind(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  std::string path = ToUtf8(args.GetIsolate(), args[0]);
  args.GetReturnValue().Set(uv_pipe_bind(wrap->pipe(), path.c_str()));
}

// pipe.listen(backlog) -> errno
void Listen(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int backlog = args[0]->Int32Value(wrap->env()->context()).FromMaybe(511);
  args.GetReturnValue().Set(wrap->Listen(backlog));
}

// pipe.connect(req, path) -> errno
void Connect(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
    return;
  }
  std::string path = ToUtf8(isolate, args[1]);
  auto* request = wrap->NewConnectRequest(args[0].As<v8::Object>());
  // libuv 1.44's uv_pipe_connect reports every failure through the callback.
  uv_pipe_connect(&request->req, wrap->pipe(), path.c_str(), ConnectionWrap::AfterConnect);
  args.GetReturnValue().Set(0);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Object> class_data = ConnectionWrap::NewClassData(isolate);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New, class_data);
  tmpl->SetClassName(Symbolize(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", Open);
  SetProtoMethod(isolate, tmpl, "bind", Bind);
  SetProtoMethod(isolate, tmpl, "listen", Listen);
  SetProtoMethod(isolate, tmpl, "connect", Connect);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(env->context()).ToLocalChecked();
  ConnectionWrap::SetClassConstructor(env, class_data, constructor);
  SetValue(env, target, "Pipe", constructor);
  v8::Local<v8::FunctionTemplate> req_tmpl = v8::FunctionTemplate::New(isolate);
  req_tmpl->SetClassName(Symbolize(isolate, "PipeConnectWrap"));
  SetValue(env, target, "PipeConnectWrap", req_tmpl->GetFunction(env->context()).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(env, constants, "SOCKET", kSocket);
  SetInteger(env, constants, "SERVER", kServer);
  SetInteger(env, constants, "IPC", kIPC);
  SetValue(env, target, "constants", constants);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(pipe_wrap, kiln::Initialize, kiln::kNoBindingMethods)
