// internalBinding('cares_wrap'): getaddrinfo for dns.lookup (uv_getaddrinfo, which runs on the
// libuv thread pool), and the address-family helpers. The c-ares resolvers are not here yet.
#include <arpa/inet.h>
#include <netdb.h>

#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"

namespace kiln {
namespace {

enum DnsOrder { kVerbatim = 0, kIpv4First = 1, kIpv6First = 2 };

struct LookupRequest {
  uv_getaddrinfo_t req;
  Environment* env;
  v8::Global<v8::Object> object;
  int order;
};

void AfterGetAddrInfo(uv_getaddrinfo_t* req, int status, addrinfo* res) {
  auto* request = static_cast<LookupRequest*>(req->data);
  Environment* env = request->env;
  v8::Isolate* isolate = env->isolate();
  std::vector<std::string> v4;
  std::vector<std::string> v6;
  std::vector<std::string> all;
  for (addrinfo* p = res; status == 0 && p != nullptr; p = p->ai_next) {
    char ip[INET6_ADDRSTRLEN];
    if (p->ai_family == AF_INET) {
      uv_ip4_name(reinterpret_cast<sockaddr_in*>(p->ai_addr), ip, sizeof ip);
      v4.emplace_back(ip);
      all.emplace_back(ip);
    } else if (p->ai_family == AF_INET6) {
      uv_ip6_name(reinterpret_cast<sockaddr_in6*>(p->ai_addr), ip, sizeof ip);
      v6.emplace_back(ip);
      all.emplace_back(ip);
    }
  }
  uv_freeaddrinfo(res);
  int order = request->order;
  v8::Global<v8::Object> global = std::move(request->object);
  delete request;
  if (env->stopping()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Object> object = global.Get(isolate);
  if (order == kIpv4First) {
    all = v4;
    all.insert(all.end(), v6.begin(), v6.end());
  } else if (order == kIpv6First) {
    all = v6;
    all.insert(all.end(), v4.begin(), v4.end());
  }
  if (status == 0 && all.empty()) status = UV_EAI_NODATA;
  v8::Local<v8::Array> addresses = v8::Array::New(isolate, static_cast<int>(all.size()));
  for (size_t i = 0; i < all.size(); i++) {
    addresses->Set(context, static_cast<uint32_t>(i), ToV8(isolate, all[i])).FromMaybe(false);
  }
  v8::Local<v8::Value> function;
  if (!object->Get(context, Symbolize(isolate, "oncomplete")).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), addresses};
  (void)MakeCallback(env, object, function.As<v8::Function>(), 2, argv);
}

// getaddrinfo(req, hostname, family, hints, order) -> errno; later
// req.oncomplete(status, addresses)
void GetAddrInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  v8::Local<v8::Context> context = env->context();
  if (!args[0]->IsObject() || !args[1]->IsString()) {
    env->isolate()->ThrowException(
        v8::Exception::TypeError(ToV8(env->isolate(), "Invalid arguments")));
    return;
  }
  std::string hostname = ToUtf8(env->isolate(), args[1]);
  int family = args[2]->Int32Value(context).FromMaybe(0);
  addrinfo hints{};
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = args[3]->Int32Value(context).FromMaybe(0);
  auto* request =
      new LookupRequest{{},
                        env,
                        v8::Global<v8::Object>(env->isolate(), args[0].As<v8::Object>()),
                        args[4]->Int32Value(context).FromMaybe(kVerbatim)};
  request->req.data = request;
  int err = uv_getaddrinfo(env->loop(), &request->req, AfterGetAddrInfo, hostname.c_str(), nullptr,
                           &hints);
  if (err != 0) delete request;
  args.GetReturnValue().Set(err);
}

void StrError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int code = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(ToV8(isolate, uv_strerror(code)));
}

constexpr BindingMethod kMethods[] = {
    {"getaddrinfo", GetAddrInfo},
    {"strerror", StrError},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> req_tmpl = v8::FunctionTemplate::New(isolate);
  req_tmpl->SetClassName(Symbolize(isolate, "GetAddrInfoReqWrap"));
  SetValue(env, target, "GetAddrInfoReqWrap",
           req_tmpl->GetFunction(env->context()).ToLocalChecked());
  SetInteger(env, target, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  SetInteger(env, target, "AI_ALL", AI_ALL);
  SetInteger(env, target, "AI_V4MAPPED", AI_V4MAPPED);
  SetInteger(env, target, "DNS_ORDER_VERBATIM", kVerbatim);
  SetInteger(env, target, "DNS_ORDER_IPV4_FIRST", kIpv4First);
  SetInteger(env, target, "DNS_ORDER_IPV6_FIRST", kIpv6First);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(cares_wrap, kiln::Initialize, kiln::kMethods)
