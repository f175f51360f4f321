// internalBinding('os'): what node:os reports about the machine.
#include <unistd.h>

#include <vector>

#include "binding.h"

namespace kiln {
namespace {

void GetHostname(const v8::FunctionCallbackInfo<v8::Value>& args) {
  char buffer[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buffer);
  int err = uv_os_gethostname(buffer, &size);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_os_gethostname");
  args.GetReturnValue().Set(ToV8(args.GetIsolate(), std::string_view(buffer, size)));
}

void GetLoadAvg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double loads[3];
  uv_loadavg(loads);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> values[] = {v8::Number::New(isolate, loads[0]),
                                   v8::Number::New(isolate, loads[1]),
                                   v8::Number::New(isolate, loads[2])};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
}

void GetUptime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  double uptime = 0;
  int err = uv_uptime(&uptime);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_uptime");
  args.GetReturnValue().Set(uptime);
}

void GetTotalMem(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

// getCPUs() -> flat [model, speed, user, nice, sys, idle, irq, ...]
void GetCPUs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return ThrowUVException(isolate, err, "uv_cpu_info");
  std::vector<v8::Local<v8::Value>> values;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& cpu = cpus[i];
    values.push_back(ToV8(isolate, cpu.model));
    values.push_back(v8::Number::New(isolate, cpu.speed));
    values.push_back(v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.user)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.nice)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.sys)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.idle)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.irq)));
  }
  uv_free_cpu_info(cpus, count);
  args.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// getInterfaceAddresses() -> flat [name, address, netmask, family, mac, internal, scopeid, ...]
void GetInterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_interface_address_t* interfaces = nullptr;
  int count = 0;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err != 0) return ThrowUVException(isolate, err, "uv_interface_addresses");
  std::vector<v8::Local<v8::Value>> values;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& item = interfaces[i];
    char address[INET6_ADDRSTRLEN] = "", netmask[INET6_ADDRSTRLEN] = "";
    bool v4 = item.address.address4.sin_family == AF_INET;
    if (v4) {
      uv_ip4_name(&item.address.address4, address, sizeof(address));
      uv_ip4_name(&item.netmask.netmask4, netmask, sizeof(netmask));
    } else {
      uv_ip6_name(&item.address.address6, address, sizeof(address));
      uv_ip6_name(&item.netmask.netmask6, netmask, sizeof(netmask));
    }
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(item.phys_addr[0]),
             static_cast<unsigned char>(item.phys_addr[1]),
             static_cast<unsigned char>(item.phys_addr[2]),
             static_cast<unsigned char>(item.phys_addr[3]),
             static_cast<unsigned char>(item.phys_addr[4]),
             static_cast<unsigned char>(item.phys_addr[5]));
    values.push_back(ToV8(isolate, item.name));
    values.push_back(ToV8(isolate, address));
    values.push_back(ToV8(isolate, netmask));
    values.push_back(ToV8(isolate, v4 ? "IPv4" : "IPv6"));
    values.push_back(ToV8(isolate, mac));
    values.push_back(v8::Boolean::New(isolate, item.is_internal));
    values.push_back(v8::Integer::New(
        isolate, v4 ? -1 : static_cast<int32_t>(item.address.address6.sin6_scope_id)));
  }
  uv_free_interface_addresses(interfaces, count);
  args.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

void GetHomeDirectory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  char buffer[PATH_MAX];
  size_t size = sizeof(buffer);
  int err = uv_os_homedir(buffer, &size);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_os_homedir");
  args.GetReturnValue().Set(ToV8(args.GetIsolate(), std::string_view(buffer, size)));
}

// getUserInfo() -> { uid, gid, username, homedir, shell }
void GetUserInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  uv_passwd_t passwd;
  int err = uv_os_get_passwd(&passwd);
  if (err != 0) return ThrowUVException(isolate, err, "uv_os_get_passwd");
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetInteger(env, result, "uid", static_cast<int64_t>(passwd.uid));
  SetInteger(env, result, "gid", static_cast<int64_t>(passwd.gid));
  SetValue(env, result, "username", ToV8(isolate, passwd.username));
  SetValue(env, result, "homedir", ToV8(isolate, passwd.homedir));
  v8::Local<v8::Value> shell = v8::Null(isolate);
  if (passwd.shell != nullptr) shell = ToV8(isolate, passwd.shell);
  SetValue(env, result, "shell", shell);
  uv_os_free_passwd(&passwd);
  args.GetReturnValue().Set(result);
}

// getOSInformation() -> [sysname, version, release, machine]
void GetOSInformation(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0) return ThrowUVException(isolate, err, "uv_os_uname");
  v8::Local<v8::Value> values[] = {ToV8(isolate, info.sysname), ToV8(isolate, info.version),
                                   ToV8(isolate, info.release), ToV8(isolate, info.machine)};
  args.GetReturnValue().Set(v8::Array::New(isolate, values, 4));
}

void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& args) {
  int pid = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  int priority = 0;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_os_getpriority");
  args.GetReturnValue().Set(priority);
}

void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int priority = args[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_os_setpriority");
}

void GetAvailableParallelism(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(uv_available_parallelism());
}

constexpr BindingMethod kMethods[] = {
    {"getHostname", GetHostname},
    {"getLoadAvg", GetLoadAvg},
    {"getUptime", GetUptime},
    {"getTotalMem", GetTotalMem},
    {"getFreeMem", GetFreeMem},
    {"getCPUs", GetCPUs},
    {"getInterfaceAddresses", GetInterfaceAddresses},
    {"getHomeDirectory", GetHomeDirectory},
    {"getUserInfo", GetUserInfo},
    {"getOSInformation", GetOSInformation},
    {"getPriority", GetPriority},
    {"setPriority", SetPriority},
    {"getAvailableParallelism", GetAvailableParallelism},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(os, kiln::Initialize, kiln::kMethods)
