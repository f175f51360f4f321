// internalBinding('dotenv'): util.parseEnv() and process.loadEnvFile() on the C++ parser.
#include "dotenv.h"

#include <cstdlib>
#include <map>

#include "binding.h"
#include "env_files.h"

namespace kiln {
namespace {

// parseEnv(content) -> { KEY: value }: Node's literal reading, without expansion. Keys come
// out sorted, as from Node's std::map.
void ParseEnv(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  std::string text = ToUtf8(isolate, args[0]);
  dotenv::ParseResult result = dotenv::Parse(text);
  std::map<std::string, std::string> sorted;
  for (dotenv::Entry& entry : result.entries) sorted[entry.key] = std::move(entry.value);
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  for (const auto& [key, value] : sorted) SetValue(env, object, key, ToV8(isolate, value));
  args.GetReturnValue().Set(object);
}

// loadEnvFile(path) -> [line, message, ...] warnings. Sets the variables the environment does
// not have yet (as Node does), with ${VAR} expansion as for --env-file.
void LoadEnvFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string path = ToUtf8(isolate, args[0]);
  std::string text;
  int error = ReadEnvFile(path, &text);
  if (error != 0)
    return ThrowUVException(isolate, error, error == -EISDIR ? "read" : "open", path.c_str());
  dotenv::ParseOptions options;
  options.expand = true;
  options.environment = RealEnvironment;
  dotenv::ParseResult result = dotenv::Parse(text, options);
  for (const dotenv::Entry& entry : result.entries) {
    setenv(entry.key.c_str(), entry.value.c_str(), 0);
  }
  std::vector<v8::Local<v8::Value>> warnings;
  for (const dotenv::Warning& warning : result.warnings) {
    warnings.push_back(v8::Number::New(isolate, static_cast<double>(warning.line)));
    warnings.push_back(ToV8(isolate, warning.message));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, warnings.data(), warnings.size()));
}

constexpr BindingMethod kMethods[] = {
    {"parseEnv", ParseEnv},
    {"loadEnvFile", LoadEnvFile},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(dotenv, Initialize, kMethods)
