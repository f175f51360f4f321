// internalBinding('builtins'): compiles the embedded JS library (runtime/lib) into functions.
#include <vector>

#include "binding.h"
#include "js_library.h"

namespace kiln {
namespace {

// Embedded ASCII sources are handed to V8 without a copy.
class StaticOneByteSource : public v8::String::ExternalOneByteStringResource {
 public:
  StaticOneByteSource(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }
  void Dispose() override { delete this; }

 private:
  const char* data_;
  size_t length_;
};

v8::MaybeLocal<v8::String> LibrarySource(v8::Isolate* isolate, const LibraryFile& file) {
  if (file.is_ascii) {
    return v8::String::NewExternalOneByte(isolate,
                                          new StaticOneByteSource(file.source, file.length));
  }
  return v8::String::NewFromUtf8(isolate, file.source, v8::NewStringType::kNormal,
                                 static_cast<int>(file.length));
}

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args);

void Ids(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<v8::Local<v8::Value>> ids;
  ids.reserve(kLibraryFileCount);
  for (size_t i = 0; i < kLibraryFileCount; i++) ids.push_back(ToV8(isolate, kLibraryFiles[i].id));
  args.GetReturnValue().Set(v8::Array::New(isolate, ids.data(), ids.size()));
}

constexpr BindingMethod kMethods[] = {
    {"compileFunction", CompileFunction},
    {"ids", Ids},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace

v8::MaybeLocal<v8::Function> CompileLibraryFunction(Environment* env, std::string_view id,
                                                    std::initializer_list<const char*> params) {
  v8::Isolate* isolate = env->isolate();
  const LibraryFile* file = FindLibraryFile(id);
  if (file == nullptr) {
    isolate->ThrowException(
        v8::Exception::Error(ToV8(isolate, "No such built-in module: " + std::string(id))));
    return {};
  }
  v8::Local<v8::String> text;
  if (!LibrarySource(isolate, *file).ToLocal(&text)) return {};
  v8::ScriptOrigin origin(isolate, ToV8(isolate, "node:" + std::string(id)));
  v8::ScriptCompiler::Source source(text, origin);
  std::vector<v8::Local<v8::String>> names;
  for (const char* param : params) names.push_back(Symbolize(isolate, param));
  // In the snapshot everything is compiled up front, so that no process compiles it again.
  v8::ScriptCompiler::CompileOptions options = env->building_snapshot
                                                   ? v8::ScriptCompiler::kEagerCompile
                                                   : v8::ScriptCompiler::kNoCompileOptions;
  return v8::ScriptCompiler::CompileFunction(env->context(), &source, names.size(), names.data(),
                                             0, nullptr, options);
}

namespace {

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string id = ToUtf8(args.GetIsolate(), args[0]);
  // Bundled npm packages (internal/deps/) are plain CommonJS that may declare their own
  // `process`: they get CommonJS's parameters, not the library's.
  const bool is_dependency = id.rfind("internal/deps/", 0) == 0;
  v8::Local<v8::Function> function;
  if ((is_dependency
           ? CompileLibraryFunction(env, id, {"exports", "require", "module"})
           : CompileLibraryFunction(env, id,
                                    {"exports", "require", "module", "process", "internalBinding"}))
          .ToLocal(&function)) {
    args.GetReturnValue().Set(function);
  }
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(builtins, kiln::Initialize, kiln::kMethods)
