// internalBinding('builtins'): compiles the embedded JS library (runtime/lib) into functions.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "binding.h"
#include "js_library.h"
#include "snapshot.h"

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

namespace {

// Library modules the snapshot loaded: they need no code cache.
std::vector<std::string>& SnapshotLoadedIds() {
  static std::vector<std::string> ids;
  return ids;
}

const LibraryCodeCache* FindCodeCache(std::string_view id) {
  for (const LibraryCodeCache& cache : EmbeddedLibraryCodeCaches()) {
    if (cache.id == id) return &cache;
  }
  return nullptr;
}

v8::MaybeLocal<v8::Function> CompileLibrarySource(v8::Local<v8::Context> context,
                                                  const LibraryFile& file,
                                                  std::span<const char* const> params,
                                                  v8::ScriptCompiler::CompileOptions options,
                                                  v8::ScriptCompiler::CachedData* cache) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> text;
  if (!LibrarySource(isolate, file).ToLocal(&text)) return {};
  v8::ScriptOrigin origin(isolate, ToV8(isolate, "node:" + std::string(file.id)));
  v8::ScriptCompiler::Source source(text, origin, cache);  // takes ownership of `cache`
  std::vector<v8::Local<v8::String>> names;
  for (const char* param : params) names.push_back(Symbolize(isolate, param));
  return v8::ScriptCompiler::CompileFunction(context, &source, names.size(), names.data(), 0,
                                             nullptr, options);
}

constexpr const char* kLibraryParams[] = {"exports", "require", "module", "process",
                                          "internalBinding"};
constexpr const char* kDependencyParams[] = {"exports", "require", "module"};

// Bundled npm packages (internal/deps/) are plain CommonJS that may declare their own
// `process`: they get CommonJS's parameters, not the library's.
std::span<const char* const> ModuleParams(std::string_view id) {
  if (id.rfind("internal/deps/", 0) == 0) return kDependencyParams;
  return kLibraryParams;
}

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
  std::span<const char* const> names(params.begin(), params.size());
  // In the snapshot everything is compiled up front, so that no process compiles it again;
  // the other modules come from their build-time code cache when there is one.
  if (env->building_snapshot) {
    SnapshotLoadedIds().emplace_back(id);
    return CompileLibrarySource(env->context(), *file, names, v8::ScriptCompiler::kEagerCompile,
                                nullptr);
  }
  // Only for the embedded text: a KILN_LIB_DIR file may differ, and V8 checks only its length.
  const bool embedded = file >= kLibraryFiles && file < kLibraryFiles + kLibraryFileCount;
  if (const LibraryCodeCache* cache = embedded ? FindCodeCache(id) : nullptr) {
    auto* data = new v8::ScriptCompiler::CachedData(cache->data, static_cast<int>(cache->length),
                                                    v8::ScriptCompiler::CachedData::BufferNotOwned);
    return CompileLibrarySource(env->context(), *file, names,
                                v8::ScriptCompiler::kConsumeCodeCache, data);
  }
  return CompileLibrarySource(env->context(), *file, names, v8::ScriptCompiler::kNoCompileOptions,
                              nullptr);
}

bool CreateLibraryCodeCaches(std::vector<std::pair<std::string, std::string>>* caches) {
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams create_params;
  create_params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(create_params);
  bool ok = true;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    const std::vector<std::string>& loaded = SnapshotLoadedIds();
    for (size_t i = 0; i < kLibraryFileCount && ok; i++) {
      const LibraryFile& file = kLibraryFiles[i];
      std::string_view id = file.id;
      if (id.rfind("internal/bootstrap/", 0) == 0) continue;
      if (std::find(loaded.begin(), loaded.end(), id) != loaded.end()) continue;
      v8::HandleScope scope(isolate);
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Function> function;
      if (!CompileLibrarySource(context, file, ModuleParams(id), v8::ScriptCompiler::kEagerCompile,
                                nullptr)
               .ToLocal(&function)) {
        v8::String::Utf8Value error(isolate, try_catch.Exception());
        std::fprintf(stderr, "code cache: %s does not compile: %s\n", file.id, *error);
        ok = false;
        break;
      }
      std::unique_ptr<v8::ScriptCompiler::CachedData> data(
          v8::ScriptCompiler::CreateCodeCacheForFunction(function));
      if (data == nullptr) continue;
      caches->emplace_back(std::string(id),
                           std::string(reinterpret_cast<const char*>(data->data), data->length));
    }
  }
  isolate->Dispose();
  return ok;
}

namespace {

void CompileFunction(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string id = ToUtf8(args.GetIsolate(), args[0]);
  const bool is_dependency = id.rfind("internal/deps/", 0) == 0;
  v8::Local<v8::Function> function;
  if ((is_dependency ? CompileLibraryFunction(env, id, {"exports", "require", "module"})
                     : CompileLibraryFunction(env, id, {"exports", "require", "module", "process",
                                                        "internalBinding"}))
          .ToLocal(&function)) {
    args.GetReturnValue().Set(function);
  }
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(builtins, kiln::Initialize, kiln::kMethods)
