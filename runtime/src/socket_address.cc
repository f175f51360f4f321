#include "socket_address.h"

#include "util.h"

namespace kiln {

int ParseIpAddress(const std::string& host, int port, int family, sockaddr_storage* storage) {
  if (port < 0 || port > 65535) return UV_EINVAL;
  if (family == 6) return uv_ip6_addr(host.c_str(), port, reinterpret_cast<sockaddr_in6*>(storage));
  return uv_ip4_addr(host.c_str(), port, reinterpret_cast<sockaddr_in*>(storage));
}

void AddressToJS(Environment* env, const sockaddr* addr, v8::Local<v8::Object> out) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof ip);
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else if (addr->sa_family == AF_INET) {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof ip);
    port = ntohs(a4->sin_port);
  } else {
    return;
  }
  out->Set(context, Symbolize(isolate, "address"), ToV8(isolate, ip)).FromMaybe(false);
  out->Set(context, Symbolize(isolate, "family"), Symbolize(isolate, family)).FromMaybe(false);
  out->Set(context, Symbolize(isolate, "port"), v8::Integer::New(isolate, port)).FromMaybe(false);
}

}  // namespace kiln
