// HandleWrap and StreamWrap (stream_wrap.h), and internalBinding('stream_wrap'): the constants
// the JS stream classes share.
#include "stream_wrap.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "callback_scope.h"

namespace kiln {
namespace {

void SetProperty(v8::Local<v8::Object> object, const char* name, v8::Local<v8::Value> value) {
  v8::Isolate* isolate = object->GetIsolate();
  object->Set(isolate->GetCurrentContext(), Symbolize(isolate, name), value).FromMaybe(false);
}

}  // namespace

// ---- HandleWrap ----

HandleWrap::HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle)
    : env_(env), object_(env->isolate(), object), handle_(handle) {
  object->SetAlignedPointerInInternalField(0, this);
  handle_->data = this;
}

HandleWrap::~HandleWrap() = default;

HandleWrap* HandleWrap::Unwrap(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() < 1) return nullptr;
  auto* wrap = static_cast<HandleWrap*>(object->GetAlignedPointerFromInternalField(0));
  if (wrap == nullptr || wrap->closing_) return nullptr;
  return wrap;
}

void HandleWrap::Close(v8::Local<v8::Value> callback) {
  if (closing_) return;
  closing_ = true;
  if (callback->IsFunction()) SetProperty(object(), "_onclose", callback);
  if (!initialized_) {
    object()->SetAlignedPointerInInternalField(0, nullptr);
    delete this;
    return;
  }
  uv_close(handle_, OnClose);
}

void HandleWrap::OnClose(uv_handle_t* handle) {
  auto* wrap = static_cast<HandleWrap*>(handle->data);
  Environment* env = wrap->env_;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = wrap->object();
  object->SetAlignedPointerInInternalField(0, nullptr);
  wrap->object_.Reset();
  v8::Local<v8::Value> callback;
  if (!env->stopping() &&
      object->Get(env->context(), Symbolize(isolate, "_onclose")).ToLocal(&callback) &&
      callback->IsFunction()) {
    (void)MakeCallback(env, object, callback.As<v8::Function>(), 0, nullptr);
  }
  delete wrap;
}

void HandleWrap::CallMethod(const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = env_->isolate();
  if (env_->stopping()) return;
  v8::Local<v8::Object> receiver = object();
  v8::Local<v8::Value> function;
  if (!receiver->Get(env_->context(), Symbolize(isolate, name)).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  (void)MakeCallback(env_, receiver, function.As<v8::Function>(), argc, argv);
}

void HandleWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  SetProtoMethod(isolate, tmpl, "close", [](const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (HandleWrap* wrap = Unwrap(args.This())) wrap->Close(args[0]);
  });
  SetProtoMethod(isolate, tmpl, "ref", [](const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (HandleWrap* wrap = Unwrap(args.This())) uv_ref(wrap->handle());
  });
  SetProtoMethod(isolate, tmpl, "unref", [](const v8::FunctionCallbackInfo<v8::Value>& args) {
    if (HandleWrap* wrap = Unwrap(args.This())) uv_unref(wrap->handle());
  });
  SetProtoMethod(isolate, tmpl, "hasRef", [](const v8::FunctionCallbackInfo<v8::Value>& args) {
    HandleWrap* wrap = Unwrap(args.This());
    args.GetReturnValue().Set(wrap != nullptr && uv_has_ref(wrap->handle()) != 0);
  });
}

// ---- StreamWrap ----

namespace {

// An asynchronous write or shutdown: the JS request object, and what the data points into.
struct WriteRequest {
  uv_write_t req;
  Environment* env;
  StreamWrap* stream;
  v8::Global<v8::Object> object;
  std::vector<v8::Global<v8::Value>> keep_alive;
  std::string storage;
};

struct ShutdownRequest {
  uv_shutdown_t req;
  Environment* env;
  v8::Global<v8::Object> object;
};

void CallOnComplete(Environment* env, v8::Local<v8::Object> req, int status) {
  v8::Isolate* isolate = env->isolate();
  if (env->stopping()) return;
  v8::Local<v8::Value> function;
  if (!req->Get(env->context(), Symbolize(isolate, "oncomplete")).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status)};
  (void)MakeCallback(env, req, function.As<v8::Function>(), 1, argv);
}

// The handles are reachable from user code (child.stdin._handle): bad arguments throw.
bool ThrowBadArguments(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
  return false;
}

StreamWrap* UnwrapStream(const v8::FunctionCallbackInfo<v8::Value>& args) {
  // The methods are installed with a signature on stream classes only.
  return static_cast<StreamWrap*>(HandleWrap::Unwrap(args.This()));
}

// Writes what it can at once; queues the rest with uv_write. `bufs` point into `keep_alive`
// values or into `storage`.
int DoWrite(StreamWrap* stream, v8::Local<v8::Object> req_object, std::vector<uv_buf_t> bufs,
            std::vector<v8::Local<v8::Value>> keep_alive, std::string storage) {
  Environment* env = stream->env();
  v8::Isolate* isolate = env->isolate();
  if (!storage.empty()) {
    bufs.assign(1, uv_buf_init(storage.data(), static_cast<unsigned>(storage.size())));
  }
  size_t total = 0;
  for (const uv_buf_t& buf : bufs) total += buf.len;
  SetProperty(req_object, "bytes", v8::Number::New(isolate, static_cast<double>(total)));
  size_t written_total = 0;
  if (total > 0) {
    int written = uv_try_write(stream->stream(), bufs.data(), static_cast<unsigned>(bufs.size()));
    if (written < 0 && written != UV_EAGAIN && written != UV_ENOSYS) return written;
    if (written > 0) written_total = static_cast<size_t>(written);
  }
  if (written_total == total) {
    SetProperty(req_object, "async", v8::False(isolate));
    return 0;
  }
  auto* request = new WriteRequest{{}, env, stream, v8::Global<v8::Object>(isolate, req_object),
                                   {}, std::move(storage)};
  for (v8::Local<v8::Value> value : keep_alive) request->keep_alive.emplace_back(isolate, value);
  size_t first = 0;
  if (!request->storage.empty()) {
    // A string's bytes moved with the std::string (one buffer): point at the new place.
    bufs.assign(1, uv_buf_init(request->storage.data() + written_total,
                               static_cast<unsigned>(total - written_total)));
  } else {
    size_t left = written_total;
    while (first < bufs.size() && left >= bufs[first].len) {
      left -= bufs[first].len;
      first++;
    }
    bufs[first].base += left;
    bufs[first].len -= left;
  }
  request->req.data = request;
  int err = uv_write(&request->req, stream->stream(), bufs.data() + first,
                     static_cast<unsigned>(bufs.size() - first), [](uv_write_t* req, int status) {
                       auto* request = static_cast<WriteRequest*>(req->data);
                       Environment* env = request->env;
                       v8::HandleScope scope(env->isolate());
                       v8::Local<v8::Object> object = request->object.Get(env->isolate());
                       StreamWrap* stream = request->stream;
                       if (!stream->closing()) {
                         SetProperty(stream->object(), "writeQueueSize",
                                     v8::Number::New(env->isolate(), static_cast<double>(
                                         stream->stream()->write_queue_size)));
                       }
                       delete request;
                       CallOnComplete(env, object, status);
                     });
  if (err != 0) {
    delete request;
    return err;
  }
  SetProperty(req_object, "async", v8::True(isolate));
  SetProperty(stream->object(), "writeQueueSize",
              v8::Number::New(isolate, static_cast<double>(stream->stream()->write_queue_size)));
  return 0;
}

uv_buf_t ViewBuf(v8::Local<v8::ArrayBufferView> view) {
  char* data = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
  return uv_buf_init(data, static_cast<unsigned>(view->ByteLength()));
}

}  // namespace

StreamWrap::StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream)
    : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {
  SetProperty(object, "writeQueueSize", v8::Integer::New(env->isolate(), 0));
}

int StreamWrap::ReadStart() { return uv_read_start(stream_, OnAlloc, OnRead); }

int StreamWrap::ReadStop() { return uv_read_stop(stream_); }

void StreamWrap::OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  size_t size = suggested < 65536 ? suggested : 65536;
  buf->base = static_cast<char*>(malloc(size));
  buf->len = buf->base == nullptr ? 0 : size;
}

void StreamWrap::AcceptPendingHandles() {
  // Handles sent over an IPC channel are not supported yet: accept and close them so that the
  // descriptors do not leak.
  auto* pipe = reinterpret_cast<uv_pipe_t*>(stream_);
  while (uv_pipe_pending_count(pipe) > 0) {
    uv_handle_type type = uv_pipe_pending_type(pipe);
    uv_stream_t* pending = nullptr;
    if (type == UV_TCP) {
      auto* tcp = new uv_tcp_t;
      uv_tcp_init(env()->loop(), tcp);
      pending = reinterpret_cast<uv_stream_t*>(tcp);
    } else {
      auto* other = new uv_pipe_t;
      uv_pipe_init(env()->loop(), other, 0);
      pending = reinterpret_cast<uv_stream_t*>(other);
    }
    (void)uv_accept(stream_, pending);
    uv_close(reinterpret_cast<uv_handle_t*>(pending), [](uv_handle_t* handle) {
      if (handle->type == UV_TCP) {
        delete reinterpret_cast<uv_tcp_t*>(handle);
      } else {
        delete reinterpret_cast<uv_pipe_t*>(handle);
      }
    });
  }
}

void StreamWrap::OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* wrap = static_cast<StreamWrap*>(stream->data);
  Environment* env = wrap->env();
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  if (nread == 0) {
    free(buf->base);
    return;
  }
  if (nread < 0) {
    free(buf->base);
    v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, static_cast<int>(nread)),
                                   v8::Undefined(isolate)};
    wrap->CallMethod("onread", 2, argv);
    return;
  }
  if (stream->type == UV_NAMED_PIPE && reinterpret_cast<uv_pipe_t*>(stream)->ipc) {
    wrap->AcceptPendingHandles();
  }
  size_t length = static_cast<size_t>(nread);
  v8::Local<v8::ArrayBuffer> buffer;
  if (length <= 16384) {
    buffer = v8::ArrayBuffer::New(isolate, length);
    memcpy(buffer->GetBackingStore()->Data(), buf->base, length);
    free(buf->base);
  } else {
    char* data = static_cast<char*>(realloc(buf->base, length));
    if (data == nullptr) data = buf->base;
    buffer = v8::ArrayBuffer::New(
        isolate, v8::ArrayBuffer::NewBackingStore(
                     data, length, [](void* data, size_t, void*) { free(data); }, nullptr));
  }
  v8::Local<v8::Value> argv[] = {v8::Number::New(isolate, static_cast<double>(length)), buffer};
  wrap->CallMethod("onread", 2, argv);
}

void StreamWrap::ReadStartMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  args.GetReturnValue().Set(wrap == nullptr ? UV_EBADF : wrap->ReadStart());
}

void StreamWrap::ReadStopMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  args.GetReturnValue().Set(wrap == nullptr ? UV_EBADF : wrap->ReadStop());
}

void StreamWrap::WriteBufferMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject() || !args[1]->IsArrayBufferView()) return (void)ThrowBadArguments(args);
  v8::Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
  args.GetReturnValue().Set(
      DoWrite(wrap, args[0].As<v8::Object>(), {ViewBuf(view)}, {view}, std::string()));
}

void StreamWrap::WriteUtf8StringMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject()) return (void)ThrowBadArguments(args);
  // DoWrite points the buffer at the string once it owns it.
  std::string text = ToUtf8(args.GetIsolate(), args[1]);
  args.GetReturnValue().Set(DoWrite(wrap, args[0].As<v8::Object>(), {}, {}, std::move(text)));
}

void StreamWrap::WritevMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject() || !args[1]->IsArray()) return (void)ThrowBadArguments(args);
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Array> chunks = args[1].As<v8::Array>();
  std::vector<uv_buf_t> bufs;
  std::vector<v8::Local<v8::Value>> keep_alive;
  for (uint32_t i = 0; i < chunks->Length(); i++) {
    v8::Local<v8::Value> chunk;
    if (!chunks->Get(context, i).ToLocal(&chunk)) return;
    if (!chunk->IsArrayBufferView()) return (void)ThrowBadArguments(args);
    bufs.push_back(ViewBuf(chunk.As<v8::ArrayBufferView>()));
    keep_alive.push_back(chunk);
  }
  keep_alive.push_back(chunks);
  args.GetReturnValue().Set(
      DoWrite(wrap, args[0].As<v8::Object>(), std::move(bufs), std::move(keep_alive), {}));
}

void StreamWrap::ShutdownMethod(const v8::FunctionCallbackInfo<v8::Value>& args) {
  StreamWrap* wrap = UnwrapStream(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject()) return (void)ThrowBadArguments(args);
  Environment* env = wrap->env();
  auto* request =
      new ShutdownRequest{{}, env, v8::Global<v8::Object>(env->isolate(), args[0].As<v8::Object>())};
  request->req.data = request;
  int err = uv_shutdown(&request->req, wrap->stream(), [](uv_shutdown_t* req, int status) {
    auto* request = static_cast<ShutdownRequest*>(req->data);
    Environment* env = request->env;
    v8::HandleScope scope(env->isolate());
    v8::Local<v8::Object> object = request->object.Get(env->isolate());
    delete request;
    CallOnComplete(env, object, status);
  });
  if (err != 0) delete request;
  args.GetReturnValue().Set(err);
}

void StreamWrap::AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl) {
  HandleWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "readStart", ReadStartMethod);
  SetProtoMethod(isolate, tmpl, "readStop", ReadStopMethod);
  SetProtoMethod(isolate, tmpl, "writeBuffer", WriteBufferMethod);
  SetProtoMethod(isolate, tmpl, "writeUtf8String", WriteUtf8StringMethod);
  SetProtoMethod(isolate, tmpl, "writev", WritevMethod);
  SetProtoMethod(isolate, tmpl, "shutdown", ShutdownMethod);
  v8::Local<v8::FunctionTemplate> fd_getter = v8::FunctionTemplate::New(
      isolate,
      [](const v8::FunctionCallbackInfo<v8::Value>& args) {
        HandleWrap* wrap = HandleWrap::Unwrap(args.This());
        uv_os_fd_t fd = -1;
        if (wrap != nullptr) uv_fileno(wrap->handle(), &fd);
        args.GetReturnValue().Set(static_cast<int>(fd));
      },
      v8::Local<v8::Value>(), v8::Signature::New(isolate, tmpl));
  tmpl->PrototypeTemplate()->SetAccessorProperty(Symbolize(isolate, "fd"), fd_getter);
}

}  // namespace kiln

namespace kiln {
namespace {

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetInteger(env, target, "UV_EOF", UV_EOF);
  SetInteger(env, target, "UV_EAGAIN", UV_EAGAIN);
  SetInteger(env, target, "UV_ECANCELED", UV_ECANCELED);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(stream_wrap, kiln::Initialize, kiln::kNoBindingMethods)
