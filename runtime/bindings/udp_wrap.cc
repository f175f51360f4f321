// internalBinding('udp_wrap'): UDP, a HandleWrap over uv_udp_t for node:dgram.
//
// JS protocol:
//   udp.bind(address, port, flags) / bind6(...) -> errno     (flags: UV_UDP_REUSEADDR…)
//   udp.connect(address, port) / connect6(...) -> errno;  udp.disconnect() -> errno
//   udp.send(req, views, port, address) / send6(...) -> errno (port 0 and address '' when
//       connected); req.oncomplete(status, bytes) later unless sent at once (then
//       req.async is false)
//   udp.recvStart() / recvStop() -> errno; udp.onmessage(nread, arrayBuffer, rinfo) with
//       nread < 0 for errors
//   udp.getsockname(out) / getpeername(out) -> errno
//   udp.setBroadcast(on) / setTTL(n) / setMulticastTTL(n) / setMulticastLoopback(on) /
//       setMulticastInterface(addr) / addMembership(group, iface) / dropMembership(...) /
//       addSourceSpecificMembership(source, group, iface) / dropSourceSpecificMembership(...)
//       -> errno
//   udp.bufferSize(size, isRecv) -> size or negative errno (0 reads it)
//   udp.fd, and HandleWrap's close/ref/unref/hasRef
#include <sys/socket.h>

#include <cstring>
#include <memory>
#include <vector>

#include "binding.h"
#include "callback_scope.h"
#include "socket_address.h"
#include "stream_wrap.h"

namespace kiln {
namespace {

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Environment* env, v8::Local<v8::Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&udp_)) {
    uv_udp_init(env->loop(), &udp_);
    udp_.data = this;
  }

  uv_udp_t* udp() { return &udp_; }

 private:
  uv_udp_t udp_;
};

UDPWrap* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return static_cast<UDPWrap*>(HandleWrap::Unwrap(args.This()));
}

int Int(const v8::FunctionCallbackInfo<v8::Value>& args, int index, int fallback = 0) {
  return args[index]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(fallback);
}

void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "UDP")) return;
  new UDPWrap(Environment::From(isolate), args.This());
}

void Bind(const v8::FunctionCallbackInfo<v8::Value>& args, int family) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  sockaddr_storage storage{};
  int err = ParseIpAddress(ToUtf8(args.GetIsolate(), args[0]), Int(args, 1), family, &storage);
  unsigned flags = static_cast<unsigned>(Int(args, 2));
  if (err == 0) err = uv_udp_bind(wrap->udp(), reinterpret_cast<sockaddr*>(&storage), flags);
  args.GetReturnValue().Set(err);
}

void Connect(const v8::FunctionCallbackInfo<v8::Value>& args, int family) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  sockaddr_storage storage{};
  int err = ParseIpAddress(ToUtf8(args.GetIsolate(), args[0]), Int(args, 1), family, &storage);
  if (err == 0) err = uv_udp_connect(wrap->udp(), reinterpret_cast<sockaddr*>(&storage));
  args.GetReturnValue().Set(err);
}

void Disconnect(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_udp_connect(wrap->udp(), nullptr));
}

// A send in flight: the bytes are copied, so JS may reuse its buffers at once.
struct SendRequest {
  uv_udp_send_t req;
  Environment* env;
  v8::Global<v8::Object> object;
  std::vector<char> data;
};

void Send(const v8::FunctionCallbackInfo<v8::Value>& args, int family) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[0]->IsObject() || !args[1]->IsArray()) return args.GetReturnValue().Set(UV_EINVAL);
  v8::Local<v8::Object> req = args[0].As<v8::Object>();
  v8::Local<v8::Array> views = args[1].As<v8::Array>();
  auto request = std::make_unique<SendRequest>();
  for (uint32_t i = 0; i < views->Length(); i++) {
    v8::Local<v8::Value> item;
    if (!views->Get(context, i).ToLocal(&item) || !item->IsArrayBufferView()) {
      return args.GetReturnValue().Set(UV_EINVAL);
    }
    v8::Local<v8::ArrayBufferView> view = item.As<v8::ArrayBufferView>();
    const size_t offset = request->data.size();
    request->data.resize(offset + view->ByteLength());
    view->CopyContents(request->data.data() + offset, view->ByteLength());
  }
  sockaddr_storage storage{};
  const sockaddr* address = nullptr;
  std::string host = ToUtf8(isolate, args[3]);
  if (!host.empty()) {
    int err = ParseIpAddress(host, Int(args, 2), family, &storage);
    if (err != 0) return args.GetReturnValue().Set(err);
    address = reinterpret_cast<const sockaddr*>(&storage);
  }
  const size_t bytes = request->data.size();
  uv_buf_t buf = uv_buf_init(request->data.data(), static_cast<unsigned>(bytes));
  // Most datagrams go out at once; only a full socket buffer makes the send asynchronous.
  int sent = uv_udp_try_send(wrap->udp(), &buf, 1, address);
  if (sent >= 0 || (sent != UV_EAGAIN && sent != UV_ENOSYS)) {
    (void)req->Set(context, Symbolize(isolate, "async"), v8::False(isolate));
    (void)req->Set(context, Symbolize(isolate, "bytes"),
                   v8::Number::New(isolate, static_cast<double>(bytes)));
    return args.GetReturnValue().Set(sent >= 0 ? 0 : sent);
  }
  request->env = wrap->env();
  request->object.Reset(isolate, req);
  request->req.data = request.get();
  int err = uv_udp_send(
      &request->req, wrap->udp(), &buf, 1, address, [](uv_udp_send_t* send, int status) {
        std::unique_ptr<SendRequest> done(static_cast<SendRequest*>(send->data));
        Environment* env = done->env;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Local<v8::Object> object = done->object.Get(isolate);
        v8::Local<v8::Value> callback;
        if (!object->Get(env->context(), Symbolize(isolate, "oncomplete")).ToLocal(&callback) ||
            !callback->IsFunction()) {
          return;
        }
        v8::Local<v8::Value> argv[] = {
            v8::Integer::New(isolate, status),
            v8::Number::New(isolate, static_cast<double>(done->data.size()))};
        (void)MakeCallback(env, object, callback.As<v8::Function>(), 2, argv);
      });
  if (err == 0) {
    (void)req->Set(context, Symbolize(isolate, "async"), v8::True(isolate));
    (void)request.release();
  }
  args.GetReturnValue().Set(err);
}

void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  *buf = uv_buf_init(new char[suggested], static_cast<unsigned>(suggested));
}

void OnReceive(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
               unsigned) {
  std::unique_ptr<char[]> data(buf->base);
  // nread 0 with no address: libuv has nothing more for now (not an empty datagram).
  if (nread == 0 && addr == nullptr) return;
  auto* wrap = static_cast<UDPWrap*>(handle->data);
  Environment* env = wrap->env();
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> argv[3] = {v8::Integer::New(isolate, static_cast<int>(nread)),
                                  v8::Undefined(isolate), v8::Undefined(isolate)};
  if (nread >= 0) {
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, static_cast<size_t>(nread));
    if (nread > 0) std::memcpy(buffer->GetBackingStore()->Data(), buf->base, nread);
    argv[1] = buffer;
    v8::Local<v8::Object> rinfo = v8::Object::New(isolate);
    AddressToJS(env, addr, rinfo);
    (void)rinfo->Set(env->context(), Symbolize(isolate, "size"),
                     v8::Integer::New(isolate, static_cast<int>(nread)));
    argv[2] = rinfo;
  }
  wrap->CallMethod("onmessage", 3, argv);
}

void RecvStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int err = uv_udp_recv_start(wrap->udp(), OnAlloc, OnReceive);
  args.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
}

void RecvStop(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_udp_recv_stop(wrap->udp()));
}

void GetName(const v8::FunctionCallbackInfo<v8::Value>& args, bool peer) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject()) return args.GetReturnValue().Set(UV_EINVAL);
  sockaddr_storage storage{};
  int length = sizeof storage;
  auto* addr = reinterpret_cast<sockaddr*>(&storage);
  int err = peer ? uv_udp_getpeername(wrap->udp(), addr, &length)
                 : uv_udp_getsockname(wrap->udp(), addr, &length);
  if (err == 0) AddressToJS(wrap->env(), addr, args[0].As<v8::Object>());
  args.GetReturnValue().Set(err);
}

// The one-argument socket options: setBroadcast(on), setTTL(n), …
template <int (*Setter)(uv_udp_t*, int)>
void SetOption(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int value = args[0]->IsBoolean() ? args[0]->IsTrue() : Int(args, 0);
  args.GetReturnValue().Set(Setter(wrap->udp(), value));
}

void SetMulticastInterface(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  std::string iface = ToUtf8(args.GetIsolate(), args[0]);
  args.GetReturnValue().Set(uv_udp_set_multicast_interface(wrap->udp(), iface.c_str()));
}

void Membership(const v8::FunctionCallbackInfo<v8::Value>& args, uv_membership membership) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  v8::Isolate* isolate = args.GetIsolate();
  std::string group = ToUtf8(isolate, args[0]);
  std::string iface = args[1]->IsString() ? ToUtf8(isolate, args[1]) : std::string();
  args.GetReturnValue().Set(uv_udp_set_membership(
      wrap->udp(), group.c_str(), iface.empty() ? nullptr : iface.c_str(), membership));
}

void SourceMembership(const v8::FunctionCallbackInfo<v8::Value>& args, uv_membership membership) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  v8::Isolate* isolate = args.GetIsolate();
  std::string source = ToUtf8(isolate, args[0]);
  std::string group = ToUtf8(isolate, args[1]);
  std::string iface = args[2]->IsString() ? ToUtf8(isolate, args[2]) : std::string();
  args.GetReturnValue().Set(uv_udp_set_source_membership(wrap->udp(), group.c_str(),
                                                         iface.empty() ? nullptr : iface.c_str(),
                                                         source.c_str(), membership));
}

// bufferSize(size, isRecv): sets SO_RCVBUF/SO_SNDBUF when size > 0; returns the value.
void BufferSize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UDPWrap* wrap = Unwrap(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int value = Int(args, 0);
  const bool recv = args[1]->IsTrue();
  int err = recv ? uv_recv_buffer_size(wrap->handle(), &value)
                 : uv_send_buffer_size(wrap->handle(), &value);
  if (err == 0 && Int(args, 0) != 0) {
    value = 0;
    err = recv ? uv_recv_buffer_size(wrap->handle(), &value)
               : uv_send_buffer_size(wrap->handle(), &value);
  }
  args.GetReturnValue().Set(err == 0 ? value : err);
}

void GetFd(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info) {
  auto* wrap = static_cast<UDPWrap*>(HandleWrap::Unwrap(info.This()));
  uv_os_fd_t fd = -1;
  if (wrap != nullptr) uv_fileno(wrap->handle(), &fd);
  info.GetReturnValue().Set(fd);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Symbolize(isolate, "UDP"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->InstanceTemplate()->SetAccessor(Symbolize(isolate, "fd"), GetFd);
  HandleWrap::AddMethods(isolate, tmpl);
  using Args = const v8::FunctionCallbackInfo<v8::Value>&;
  SetProtoMethod(isolate, tmpl, "bind", [](Args a) { Bind(a, 4); });
  SetProtoMethod(isolate, tmpl, "bind6", [](Args a) { Bind(a, 6); });
  SetProtoMethod(isolate, tmpl, "connect", [](Args a) { Connect(a, 4); });
  SetProtoMethod(isolate, tmpl, "connect6", [](Args a) { Connect(a, 6); });
  SetProtoMethod(isolate, tmpl, "disconnect", Disconnect);
  SetProtoMethod(isolate, tmpl, "send", [](Args a) { Send(a, 4); });
  SetProtoMethod(isolate, tmpl, "send6", [](Args a) { Send(a, 6); });
  SetProtoMethod(isolate, tmpl, "recvStart", RecvStart);
  SetProtoMethod(isolate, tmpl, "recvStop", RecvStop);
  SetProtoMethod(isolate, tmpl, "getsockname", [](Args a) { GetName(a, false); });
  SetProtoMethod(isolate, tmpl, "getpeername", [](Args a) { GetName(a, true); });
  SetProtoMethod(isolate, tmpl, "setBroadcast", SetOption<uv_udp_set_broadcast>);
  SetProtoMethod(isolate, tmpl, "setTTL", SetOption<uv_udp_set_ttl>);
  SetProtoMethod(isolate, tmpl, "setMulticastTTL", SetOption<uv_udp_set_multicast_ttl>);
  SetProtoMethod(isolate, tmpl, "setMulticastLoopback", SetOption<uv_udp_set_multicast_loop>);
  SetProtoMethod(isolate, tmpl, "setMulticastInterface", SetMulticastInterface);
  SetProtoMethod(isolate, tmpl, "addMembership", [](Args a) { Membership(a, UV_JOIN_GROUP); });
  SetProtoMethod(isolate, tmpl, "dropMembership", [](Args a) { Membership(a, UV_LEAVE_GROUP); });
  SetProtoMethod(isolate, tmpl, "addSourceSpecificMembership",
                 [](Args a) { SourceMembership(a, UV_JOIN_GROUP); });
  SetProtoMethod(isolate, tmpl, "dropSourceSpecificMembership",
                 [](Args a) { SourceMembership(a, UV_LEAVE_GROUP); });
  SetProtoMethod(isolate, tmpl, "bufferSize", BufferSize);
  SetValue(env, target, "UDP", tmpl->GetFunction(env->context()).ToLocalChecked());

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(env, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  SetInteger(env, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  SetValue(env, target, "constants", constants);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(udp_wrap, kiln::Initialize, kiln::kNoBindingMethods)
