// internalBinding('watch_report'): under `kiln --watch`, the child tells the supervisor each
// file it loads (modules, env files) so that the supervisor watches exactly those.
#include <unistd.h>

#include <cerrno>
#include <string>

#include "binding.h"

namespace kiln {
namespace {

// report(filename): one NUL-terminated path on the supervisor's pipe; nothing when not
// watched. A failed write (the supervisor is gone) is ignored: the program keeps running.
void Report(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  int fd = env->options().watch_report_fd;
  if (fd < 0) return;
  std::string message = ToUtf8(args.GetIsolate(), args[0]);
  message.push_back('\0');
  const char* data = message.data();
  size_t left = message.size();
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data += n;
    left -= static_cast<size_t>(n);
  }
}

// enabled() -> whether this process is a watched child.
void Enabled(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(Environment::From(args.GetIsolate())->options().watch_report_fd >= 0);
}

constexpr BindingMethod kMethods[] = {
    {"report", Report},
    {"enabled", Enabled},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(watch_report, Initialize, kMethods)
