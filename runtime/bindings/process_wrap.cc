// internalBinding('process_wrap'): Process, a HandleWrap over uv_process_t (uv_spawn, kill, and
// the exit callback that becomes onexit(exitStatus, termSignal)).
#include <vector>

#include "binding.h"
#include "spawn_options.h"
#include "stream_wrap.h"

namespace kiln {
namespace {

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {
    initialized_ = false;
  }

  void set_initialized() { initialized_ = true; }

  uv_process_t* process() { return &process_; }

  static void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
    auto* wrap = static_cast<ProcessWrap*>(process->data);
    v8::Isolate* isolate = wrap->env()->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, static_cast<double>(exit_status)),
                                   v8::Integer::New(isolate, term_signal)};
    wrap->CallMethod("onexit", 2, argv);
  }

 private:
  uv_process_t process_{};
};

void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "Process")) return;
  new ProcessWrap(Environment::From(isolate), args.This());
}

// Reads options.stdio: [{ type: 'ignore'|'pipe'|'overlapped'|'inherit'|'fd'|'wrap', handle, fd }].
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
      v8::Local<v8::Value> type, handle, fd;
      if (!entry->Get(context, Symbolize(isolate, "type")).ToLocal(&type) ||
          !entry->Get(context, Symbolize(isolate, "handle")).ToLocal(&handle) ||
          !entry->Get(context, Symbolize(isolate, "fd")).ToLocal(&fd)) {
        return false;
      }
      std::string kind = ToUtf8(isolate, type);
      if (kind == "pipe" || kind == "overlapped" || kind == "wrap") {
        HandleWrap* wrap = HandleWrap::Unwrap(handle);
        uv_handle_type handle_type = wrap == nullptr ? UV_UNKNOWN_HANDLE : wrap->handle()->type;
        if (handle_type != UV_NAMED_PIPE && handle_type != UV_TCP && handle_type != UV_TTY) {
          isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "invalid stdio handle")));
          return false;
        }
        container.data.stream = reinterpret_cast<uv_stream_t*>(wrap->handle());
        container.flags =
            kind == "wrap"
                ? UV_INHERIT_STREAM
                : static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
      } else if (kind == "inherit" || kind == "fd") {
        container.flags = UV_INHERIT_FD;
        container.data.fd =
            kind == "inherit" ? static_cast<int>(i) : fd->Int32Value(context).FromMaybe(-1);
      }
    }
    stdio->push_back(container);
  }
  return true;
}

// process.spawn(options) -> errno; sets this.pid on success.
void Spawn(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* wrap = static_cast<ProcessWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EINVAL);
  if (!args[0]->IsObject()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
    return;
  }
  v8::Local<v8::Object> js_options = args[0].As<v8::Object>();
  SpawnOptions spawn_options;
  if (!spawn_options.Read(isolate, js_options)) return;
  std::vector<uv_stdio_container_t> stdio;
  if (!ReadStdio(isolate, js_options, &stdio)) return;
  uv_process_options_t options{};
  spawn_options.Fill(&options);
  options.stdio = stdio.data();
  options.stdio_count = static_cast<int>(stdio.size());
  options.exit_cb = ProcessWrap::OnExit;
  if (wrap->initialized()) return args.GetReturnValue().Set(UV_EINVAL);
  wrap->set_initialized();
  int err = uv_spawn(wrap->env()->loop(), wrap->process(), &options);
  wrap->process()->data = wrap;
  if (err == 0) {
    args.This()
        ->Set(isolate->GetCurrentContext(), Symbolize(isolate, "pid"),
              v8::Integer::New(isolate, wrap->process()->pid))
        .FromMaybe(false);
  }
  args.GetReturnValue().Set(err);
}

// process.kill(signal) -> errno
void Kill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* wrap = static_cast<ProcessWrap*>(HandleWrap::Unwrap(args.This()));
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int signal = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(SIGTERM);
  args.GetReturnValue().Set(uv_process_kill(wrap->process(), signal));
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Symbolize(isolate, "Process"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  v8::Local<v8::Signature> signature = v8::Signature::New(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(
      Symbolize(isolate, "spawn"),
      v8::FunctionTemplate::New(isolate, Spawn, v8::Local<v8::Value>(), signature, 1,
                                v8::ConstructorBehavior::kThrow));
  tmpl->PrototypeTemplate()->Set(
      Symbolize(isolate, "kill"),
      v8::FunctionTemplate::New(isolate, Kill, v8::Local<v8::Value>(), signature, 1,
                                v8::ConstructorBehavior::kThrow));
  SetValue(env, target, "Process", tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(process_wrap, kiln::Initialize, kiln::kNoBindingMethods)
