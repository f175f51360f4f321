// internalBinding('tcp_wrap'): TCP, a ConnectionWrap over uv_tcp_t (node:net sockets and
// servers), and TCPConnectWrap, the request object of a connect.
#include <cstring>

#include "binding.h"
#include "connection_wrap.h"
#include "socket_address.h"

namespace kiln {
namespace {

enum TCPType { kSocket = 0, kServer = 1 };

class TCPWrap : public ConnectionWrap {
 public:
  TCPWrap(Environment* env, v8::Local<v8::Object> object, v8::Local<v8::Value> class_data)
      : ConnectionWrap(env, object, reinterpret_cast<uv_stream_t*>(&tcp_), class_data) {
    uv_tcp_init(env->loop(), &tcp_);
    tcp_.data = this;
  }

  uv_tcp_t* tcp() { return &tcp_; }

 private:
  uv_tcp_t tcp_;
};

TCPWrap* UnwrapTCP(const v8::FunctionCallbackInfo<v8::Value>& args) {
  // The methods carry a signature: `this` is a TCP object (or one whose handle closed).
  return static_cast<TCPWrap*>(HandleWrap::Unwrap(args.This()));
}

void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "TCP")) return;
  new TCPWrap(Environment::From(isolate), args.This(), args.Data());
}

// Parses `host` (an IP address string) and `port` into `storage`.
int ParseAddress(const v8::FunctionCallbackInfo<v8::Value>& args, int family,
                 sockaddr_storage* storage) {
  v8::Isolate* isolate = args.GetIsolate();
  return ParseIpAddress(ToUtf8(isolate, args[0]),
                        args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0), family,
                        storage);
}

// tcp.bind(address, port) / tcp.bind6(address, port, flags) -> errno
void Bind(const v8::FunctionCallbackInfo<v8::Value>& args, int family) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  sockaddr_storage storage{};
  int err = ParseAddress(args, family, &storage);
  unsigned flags = 0;
  if (family == 6) flags = args[2]->Uint32Value(wrap->env()->context()).FromMaybe(0);
  if (err == 0) err = uv_tcp_bind(wrap->tcp(), reinterpret_cast<sockaddr*>(&storage), flags);
  args.GetReturnValue().Set(err);
}

// tcp.listen(backlog) -> errno
void Listen(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int backlog = args[0]->Int32Value(wrap->env()->context()).FromMaybe(511);
  args.GetReturnValue().Set(wrap->Listen(backlog));
}

// tcp.connect(req, address, port) / tcp.connect6(req, address, port) -> errno
void Connect(const v8::FunctionCallbackInfo<v8::Value>& args, int family) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
    return;
  }
  sockaddr_storage storage{};
  std::string host = ToUtf8(isolate, args[1]);
  int port = args[2]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  int err = port < 0 || port > 65535 ? UV_EINVAL : 0;
  if (err == 0) {
    err = family == 6 ? uv_ip6_addr(host.c_str(), port, reinterpret_cast<sockaddr_in6*>(&storage))
                      : uv_ip4_addr(host.c_str(), port, reinterpret_cast<sockaddr_in*>(&storage));
  }
  if (err == 0) {
    auto* request = wrap->NewConnectRequest(args[0].As<v8::Object>());
    err = uv_tcp_connect(&request->req, wrap->tcp(), reinterpret_cast<sockaddr*>(&storage),
                         ConnectionWrap::AfterConnect);
    if (err != 0) delete request;
  }
  args.GetReturnValue().Set(err);
}

// tcp.getsockname(out) / tcp.getpeername(out) -> errno
void GetName(const v8::FunctionCallbackInfo<v8::Value>& args, bool peer) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  if (!args[0]->IsObject()) return args.GetReturnValue().Set(UV_EINVAL);
  sockaddr_storage storage{};
  int length = sizeof storage;
  int err = peer ? uv_tcp_getpeername(wrap->tcp(), reinterpret_cast<sockaddr*>(&storage), &length)
                 : uv_tcp_getsockname(wrap->tcp(), reinterpret_cast<sockaddr*>(&storage), &length);
  if (err == 0)
    AddressToJS(wrap->env(), reinterpret_cast<sockaddr*>(&storage), args[0].As<v8::Object>());
  args.GetReturnValue().Set(err);
}

void SetNoDelay(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_tcp_nodelay(wrap->tcp(), args[0]->BooleanValue(args.GetIsolate())));
}

// tcp.setKeepAlive(enable, delaySeconds) -> errno
void SetKeepAlive(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  unsigned delay = args[1]->Uint32Value(wrap->env()->context()).FromMaybe(0);
  args.GetReturnValue().Set(
      uv_tcp_keepalive(wrap->tcp(), args[0]->BooleanValue(args.GetIsolate()), delay));
}

// tcp.open(fd) -> errno
void Open(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  int fd = args[0]->Int32Value(wrap->env()->context()).FromMaybe(-1);
  if (fd < 0) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_tcp_open(wrap->tcp(), fd));
}

// tcp.reset([callback]): closes with a RST instead of a FIN.
void Reset(const v8::FunctionCallbackInfo<v8::Value>& args) {
  TCPWrap* wrap = UnwrapTCP(args);
  if (wrap == nullptr) return args.GetReturnValue().Set(UV_EBADF);
  // uv_tcp_close_reset needs its own close callback; setting SO_LINGER 0 then closing normally
  // has the same effect on the wire.
  uv_os_fd_t fd;
  if (uv_fileno(wrap->handle(), &fd) == 0) {
    linger value{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &value, sizeof value);
  }
  wrap->Close(args[0]);
  args.GetReturnValue().Set(0);
}

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Object> class_data = ConnectionWrap::NewClassData(isolate);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New, class_data);
  tmpl->SetClassName(Symbolize(isolate, "TCP"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  SetProtoMethod(isolate, tmpl, "open", Open);
  SetProtoMethod(isolate, tmpl, "bind",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { Bind(a, 4); });
  SetProtoMethod(isolate, tmpl, "bind6",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { Bind(a, 6); });
  SetProtoMethod(isolate, tmpl, "listen", Listen);
  SetProtoMethod(isolate, tmpl, "connect",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { Connect(a, 4); });
  SetProtoMethod(isolate, tmpl, "connect6",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { Connect(a, 6); });
  SetProtoMethod(isolate, tmpl, "getsockname",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { GetName(a, false); });
  SetProtoMethod(isolate, tmpl, "getpeername",
                 [](const v8::FunctionCallbackInfo<v8::Value>& a) { GetName(a, true); });
  SetProtoMethod(isolate, tmpl, "setNoDelay", SetNoDelay);
  SetProtoMethod(isolate, tmpl, "setKeepAlive", SetKeepAlive);
  SetProtoMethod(isolate, tmpl, "reset", Reset);
  v8::Local<v8::Function> constructor = tmpl->GetFunction(env->context()).ToLocalChecked();
  ConnectionWrap::SetClassConstructor(env, class_data, constructor);
  SetValue(env, target, "TCP", constructor);

  // TCPConnectWrap: a plain class for the connect request objects.
  v8::Local<v8::FunctionTemplate> req_tmpl = v8::FunctionTemplate::New(isolate);
  req_tmpl->SetClassName(Symbolize(isolate, "TCPConnectWrap"));
  SetValue(env, target, "TCPConnectWrap", req_tmpl->GetFunction(env->context()).ToLocalChecked());

  v8::Local<v8::Object> constants = v8::Object::New(isolate);
  SetInteger(env, constants, "SOCKET", kSocket);
  SetInteger(env, constants, "SERVER", kServer);
  SetInteger(env, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  SetValue(env, target, "constants", constants);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(tcp_wrap, kiln::Initialize, kiln::kNoBindingMethods)
