// internalBinding('process_methods'): the process object and what it needs from the OS.
#include <openssl/crypto.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "binding.h"
#include "errors.h"

#include <map>

extern char** environ;

namespace kiln {
namespace {

uint64_t g_start_time_ns = uv_hrtime();

// process.env: a live view of the real environment, values stored as strings. A worker has
// its own copy (Environment::env_vars) unless it was started with SHARE_ENV.
std::map<std::string, std::string>* WorkerEnv(v8::Isolate* isolate) {
  return Environment::From(isolate)->env_vars.get();
}

void EnvGetter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Value>& info) {
  if (!property->IsString()) return;
  std::string key = ToUtf8(info.GetIsolate(), property);
  if (auto* vars = WorkerEnv(info.GetIsolate())) {
    auto found = vars->find(key);
    if (found != vars->end()) info.GetReturnValue().Set(ToV8(info.GetIsolate(), found->second));
    return;
  }
  const char* value = getenv(key.c_str());
  if (value != nullptr) info.GetReturnValue().Set(ToV8(info.GetIsolate(), value));
}

void EnvSetter(v8::Local<v8::Name> property, v8::Local<v8::Value> value,
               const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  // As in Node, a Symbol key or value throws "Cannot convert a Symbol value to a string".
  v8::Local<v8::String> name, text;
  if (!property->ToString(isolate->GetCurrentContext()).ToLocal(&name)) return;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&text)) return;
  std::string key = ToUtf8(isolate, name);
  if (key.empty() || key.find('=') != std::string::npos) return;
  if (auto* vars = WorkerEnv(isolate)) {
    (*vars)[key] = ToUtf8(isolate, text);
  } else {
    setenv(key.c_str(), ToUtf8(isolate, text).c_str(), 1);
  }
  info.GetReturnValue().Set(value);
}

void EnvQuery(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Integer>& info) {
  if (!property->IsString()) return;
  std::string key = ToUtf8(info.GetIsolate(), property);
  if (auto* vars = WorkerEnv(info.GetIsolate())) {
    if (vars->count(key) != 0) info.GetReturnValue().Set(v8::None);
    return;
  }
  if (getenv(key.c_str()) != nullptr) info.GetReturnValue().Set(v8::None);
}

void EnvDeleter(v8::Local<v8::Name> property, const v8::PropertyCallbackInfo<v8::Boolean>& info) {
  if (!property->IsString()) return;
  std::string key = ToUtf8(info.GetIsolate(), property);
  if (auto* vars = WorkerEnv(info.GetIsolate())) {
    vars->erase(key);
  } else {
    unsetenv(key.c_str());
  }
  info.GetReturnValue().Set(true);
}

void EnvEnumerator(const v8::PropertyCallbackInfo<v8::Array>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<v8::Local<v8::Value>> keys;
  if (auto* vars = WorkerEnv(isolate)) {
    for (const auto& [key, value] : *vars) keys.push_back(ToV8(isolate, key));
  } else {
    for (char** entry = environ; *entry != nullptr; entry++) {
      const char* equals = std::strchr(*entry, '=');
      if (equals == nullptr || equals == *entry) continue;
      keys.push_back(ToV8(isolate, std::string_view(*entry, equals - *entry)));
    }
  }
  info.GetReturnValue().Set(v8::Array::New(isolate, keys.data(), keys.size()));
}

void ThrowInvalidDefineProperty(v8::Isolate* isolate, const char* message) {
  v8::Local<v8::Value> error = v8::Exception::TypeError(ToV8(isolate, message));
  (void)error.As<v8::Object>()->Set(isolate->GetCurrentContext(), Symbolize(isolate, "code"),
                                    Symbolize(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY"));
  isolate->ThrowException(error);
}

// Object.defineProperty(process.env, ...): only plain writable, enumerable, configurable data.
void EnvDefiner(v8::Local<v8::Name> property, const v8::PropertyDescriptor& descriptor,
                const v8::PropertyCallbackInfo<v8::Value>& info) {
  const char* kDataOnly =
      "'process.env' only accepts a configurable, writable, and enumerable data descriptor";
  if (descriptor.has_value()) {
    if (!descriptor.has_writable() || !descriptor.has_enumerable() ||
        !descriptor.has_configurable() || !descriptor.writable() || !descriptor.enumerable() ||
        !descriptor.configurable()) {
      return ThrowInvalidDefineProperty(info.GetIsolate(), kDataOnly);
    }
    return EnvSetter(property, descriptor.value(), info);
  }
  if (descriptor.has_get() || descriptor.has_set()) {
    return ThrowInvalidDefineProperty(
        info.GetIsolate(), "'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  ThrowInvalidDefineProperty(info.GetIsolate(), kDataOnly);
}

v8::Local<v8::Object> CreateEnvObject(Environment* env) {
  v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(env->isolate());
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(
      EnvGetter, EnvSetter, EnvQuery, EnvDeleter, EnvEnumerator, EnvDefiner,
      nullptr, v8::Local<v8::Value>(), v8::PropertyHandlerFlags::kHasNoSideEffect));
  return tmpl->NewInstance(env->context()).ToLocalChecked();
}

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& items) {
  std::vector<v8::Local<v8::Value>> values;
  for (const std::string& item : items) values.push_back(ToV8(isolate, item));
  return v8::Array::New(isolate, values.data(), values.size());
}

void Cwd(const v8::FunctionCallbackInfo<v8::Value>& args) {
  char buffer[PATH_MAX * 4];
  size_t size = sizeof(buffer);
  int err = uv_cwd(buffer, &size);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_cwd");
  args.GetReturnValue().Set(ToV8(args.GetIsolate(), std::string_view(buffer, size)));
}

void Chdir(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string path = ToUtf8(args.GetIsolate(), args[0]);
  int err = uv_chdir(path.c_str());
  if (err != 0) {
    // Node's error names the old directory as path and the requested one as dest.
    char cwd[4096];
    size_t size = sizeof(cwd);
    if (uv_cwd(cwd, &size) != 0) cwd[0] = '\0';
    return ThrowUVException(args.GetIsolate(), err, "chdir", cwd, path.c_str());
  }
}

void Umask(const v8::FunctionCallbackInfo<v8::Value>& args) {
  mode_t old;
  if (args[0]->IsUint32()) {
    old = umask(static_cast<mode_t>(args[0].As<v8::Uint32>()->Value()));
  } else {
    old = umask(0);
    umask(old);
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(old));
}

// hrtime() -> [seconds, nanoseconds] of a monotonic clock.
void Hrtime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uint64_t now = uv_hrtime();
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> parts[] = {v8::Number::New(isolate, static_cast<double>(now / 1000000000)),
                                  v8::Number::New(isolate, static_cast<double>(now % 1000000000))};
  args.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void HrtimeBigInt(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), uv_hrtime()));
}

// Milliseconds since the process started, for performance.now().
void Now(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_hrtime() - g_start_time_ns) / 1e6);
}

void TimeOrigin(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_timeval64_t now;
  uv_gettimeofday(&now);
  double wall_ms = static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_usec) / 1e3;
  double elapsed_ms = static_cast<double>(uv_hrtime() - g_start_time_ns) / 1e6;
  args.GetReturnValue().Set(wall_ms - elapsed_ms);
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<double>(uv_hrtime() - g_start_time_ns) / 1e9);
}

void MemoryUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetInteger(env, result, "rss", static_cast<int64_t>(rss));
  SetInteger(env, result, "heapTotal", static_cast<int64_t>(stats.total_heap_size()));
  SetInteger(env, result, "heapUsed", static_cast<int64_t>(stats.used_heap_size()));
  SetInteger(env, result, "external", static_cast<int64_t>(stats.external_memory()));
  SetInteger(env, result, "arrayBuffers", 0);
  args.GetReturnValue().Set(result);
}

void Rss(const v8::FunctionCallbackInfo<v8::Value>& args) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.GetReturnValue().Set(static_cast<double>(rss));
}

// cpuUsage() -> [user, system] in microseconds.
void CpuUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_rusage_t usage;
  int err = uv_getrusage(&usage);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_getrusage");
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Value> parts[] = {
      v8::Number::New(isolate, usage.ru_utime.tv_sec * 1e6 + usage.ru_utime.tv_usec),
      v8::Number::New(isolate, usage.ru_stime.tv_sec * 1e6 + usage.ru_stime.tv_usec)};
  args.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

// kill(pid, signal) -> 0 or a negative libuv error.
void Kill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int signal = args[1]->Int32Value(context).FromMaybe(SIGTERM);
  args.GetReturnValue().Set(uv_kill(pid, signal));
}

void ReallyExit(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  int code = args[0]->Int32Value(env->context()).FromMaybe(0);
  ExitProcess(env, code);
}

void Pid(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<int32_t>(uv_os_getpid()));
}

void Ppid(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(static_cast<int32_t>(uv_os_getppid()));
}

void GetTitle(const v8::FunctionCallbackInfo<v8::Value>& args) {
  char buffer[512];
  if (uv_get_process_title(buffer, sizeof(buffer)) != 0) buffer[0] = '\0';
  args.GetReturnValue().Set(ToV8(args.GetIsolate(), buffer));
}

void SetTitle(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::string title = ToUtf8(args.GetIsolate(), args[0]);
  uv_set_process_title(title.c_str());
}

void ResourceUsage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  uv_rusage_t usage;
  int err = uv_getrusage(&usage);
  if (err != 0) return ThrowUVException(args.GetIsolate(), err, "uv_getrusage");
  v8::Isolate* isolate = args.GetIsolate();
  double fields[] = {usage.ru_utime.tv_sec * 1e6 + usage.ru_utime.tv_usec,
                     usage.ru_stime.tv_sec * 1e6 + usage.ru_stime.tv_usec,
                     static_cast<double>(usage.ru_maxrss), static_cast<double>(usage.ru_ixrss),
                     static_cast<double>(usage.ru_idrss), static_cast<double>(usage.ru_isrss),
                     static_cast<double>(usage.ru_minflt), static_cast<double>(usage.ru_majflt),
                     static_cast<double>(usage.ru_nswap), static_cast<double>(usage.ru_inblock),
                     static_cast<double>(usage.ru_oublock), static_cast<double>(usage.ru_msgsnd),
                     static_cast<double>(usage.ru_msgrcv), static_cast<double>(usage.ru_nsignals),
                     static_cast<double>(usage.ru_nvcsw), static_cast<double>(usage.ru_nivcsw)};
  std::vector<v8::Local<v8::Value>> values;
  for (double field : fields) values.push_back(v8::Number::New(isolate, field));
  args.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// setCallbacks({ tick, uncaught, promiseReject, fatalFormatter, beforeExit, exit, tickInfo })
void SetCallbacks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsObject());
  v8::Local<v8::Object> callbacks = args[0].As<v8::Object>();
  auto take = [&](const char* name, v8::Global<v8::Function>* slot) {
    v8::Local<v8::Value> value;
    if (callbacks->Get(env->context(), Symbolize(isolate, name)).ToLocal(&value) &&
        value->IsFunction()) {
      slot->Reset(isolate, value.As<v8::Function>());
    }
  };
  take("tick", &env->tick_callback);
  take("uncaught", &env->uncaught_handler);
  take("promiseReject", &env->promise_reject_handler);
  take("fatalFormatter", &env->fatal_formatter);
  take("beforeExit", &env->emit_before_exit);
  take("exit", &env->emit_exit);
  v8::Local<v8::Value> tick_info;
  if (callbacks->Get(env->context(), Symbolize(isolate, "tickInfo")).ToLocal(&tick_info) &&
      tick_info->IsUint32Array()) {
    env->AdoptTickFields(tick_info.As<v8::Uint32Array>());
  }
}

// getRunOptions() -> what this process was started with. Kept out of the binding object itself
// so that a startup snapshot never holds one run's arguments.
void GetRunOptions(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  const RunOptions& options = env->options();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  SetValue(env, result, "execPath", ToV8(isolate, env->exec_path));
  SetValue(env, result, "argv0", ToV8(isolate, options.argv0));
  SetValue(env, result, "execArgv", ToArray(isolate, options.exec_argv));
  SetValue(env, result, "scriptArgs", ToArray(isolate, options.script_args));
  SetValue(env, result, "entry", ToV8(isolate, options.entry));
  const char* mode = options.mode == RunMode::kFile   ? "file"
                     : options.mode == RunMode::kEval ? "eval"
                     : options.mode == RunMode::kRepl ? "repl"
                                                      : "print";
  SetValue(env, result, "mode", ToV8(isolate, mode));
  // [flag, value, flag, value…] in the order given.
  std::vector<std::string> node_options;
  for (const auto& [flag, value] : options.node_options) {
    node_options.push_back(flag);
    node_options.push_back(value);
  }
  SetValue(env, result, "nodeOptions", ToArray(isolate, node_options));
  args.GetReturnValue().Set(result);
}

void Versions(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Object> versions = v8::Object::New(isolate);
  SetValue(env, versions, "node", ToV8(isolate, "22.12.0"));
  SetValue(env, versions, "kiln", ToV8(isolate, Version()));
  SetValue(env, versions, "v8", ToV8(isolate, v8::V8::GetVersion()));
  SetValue(env, versions, "uv", ToV8(isolate, uv_version_string()));
  SetValue(env, versions, "zlib", ToV8(isolate, zlibVersion()));
  std::string openssl = OpenSSL_version(OPENSSL_VERSION);  // "OpenSSL 3.0.x 1 Jan 2024"
  size_t space = openssl.find(' ');
  if (space != std::string::npos) openssl = openssl.substr(space + 1);
  space = openssl.find(' ');
  if (space != std::string::npos) openssl = openssl.substr(0, space);
  SetValue(env, versions, "openssl", ToV8(isolate, openssl));
  SetValue(env, versions, "modules", ToV8(isolate, "127"));
  SetValue(env, target, "versions", versions);
}

constexpr BindingMethod kMethods[] = {
    {"cwd", Cwd},
    {"chdir", Chdir},
    {"umask", Umask},
    {"hrtime", Hrtime},
    {"hrtimeBigInt", HrtimeBigInt},
    {"now", Now},
    {"timeOrigin", TimeOrigin},
    {"uptime", Uptime},
    {"memoryUsage", MemoryUsage},
    {"rss", Rss},
    {"cpuUsage", CpuUsage},
    {"resourceUsage", ResourceUsage},
    {"kill", Kill},
    {"reallyExit", ReallyExit},
    {"pid", Pid},
    {"ppid", Ppid},
    {"getTitle", GetTitle},
    {"setTitle", SetTitle},
    {"setCallbacks", SetCallbacks},
    {"getRunOptions", GetRunOptions},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetValue(env, target, "env", CreateEnvObject(env));
  Versions(env, target);
}

}  // namespace

// Watch mode starts a child ahead of time: its clock starts when it is told to run.
void ResetProcessStartTime() { g_start_time_ns = uv_hrtime(); }

void AppendProcessEnvReferences(std::vector<intptr_t>* references) {
  for (intptr_t callback : {reinterpret_cast<intptr_t>(EnvGetter), reinterpret_cast<intptr_t>(EnvSetter),
                            reinterpret_cast<intptr_t>(EnvQuery), reinterpret_cast<intptr_t>(EnvDeleter),
                            reinterpret_cast<intptr_t>(EnvEnumerator), reinterpret_cast<intptr_t>(EnvDefiner)}) {
    references->push_back(callback);
  }
}

v8::Local<v8::Object> CreateProcessObject(Environment* env) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
  tmpl->SetClassName(Symbolize(isolate, "process"));
  v8::Local<v8::Function> constructor = tmpl->GetFunction(env->context()).ToLocalChecked();
  return constructor->NewInstance(env->context()).ToLocalChecked();
}

}  // namespace kiln

KILN_REGISTER_BINDING(process_methods, kiln::Initialize, kiln::kMethods)
