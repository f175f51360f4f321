// internalBinding('pipe_wrap'): Pipe, a StreamWrap over uv_pipe_t (child process stdio, the
// IPC channel, later Unix domain sockets for node:net).
#include "binding.h"
#include "stream_wrap.h"

namespace kiln {
namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Environment* env, v8::Local<v8::Object> object, bool ipc)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&pipe_)) {
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
  if (!args.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Class constructor Pipe cannot be invoked without 'new'")));
    return;
  }
  Environment* env = Environment::From(isolate);
  int type = args[0]->Int32Value(env->context()).FromMaybe(kSocket);
  new PipeWrap(env, args.This(), type == kIPC);
}

// pipe.open(fd) -> errno
void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<PipeWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int fd = args[0]->Int32Value(wrap->env()->context()).FromMaybe(-1);
  if (fd < 0) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_pipe_open(wrap->pipe(), fd));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Symbolize(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(
      Symbolize(isolate, "open"),
      v8::FunctionTemplate::New(isolate, Open, v8::Local<v8::Value>(),
                                v8::Signature::New(isolate, tmpl), 1,
                                v8::ConstructorBehavior::kThrow));
  SetValue(env, target, "Pipe", tmpl->GetFunction(env->context()).ToLocalChecked());
  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(env, constants, "SOCKET", kSocket);
  SetInteger(env, constants, "SERVER", kServer);
  SetInteger(env, constants, "IPC", kIPC);
  SetValue(env, target, "constants", constants);
}

constexpr std::span<const BindingMethod> kNoMethods{};

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(pipe_wrap, kiln::Initialize, kiln::kNoMethods)
