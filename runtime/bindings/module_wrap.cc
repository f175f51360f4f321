// internalBinding('module_wrap'): ES modules on v8::Module. Compiles source text modules and
// synthetic ones, links each to the modules the JS loader resolved for its requests,
// instantiates and evaluates them, and installs V8's host hooks for import() and import.meta.
// Modules are named by small integer ids: the JS loader (internal/modules/esm/loader.js) keeps
// its records in an array indexed by them, so no wrapper objects are needed.
//
// It also holds the native helpers of both module loaders: CommonJS export detection and the
// import-attribute rewrite (loader/js_lexer.h), the compile-or-detect-ESM step of CommonJS
// loading, reading source files, file resolution with a cache of directory real paths, and the
// process's compile cache (runtime/src/compile_cache.h), which every compile goes through.
#include <fcntl.h>
#include <sys/stat.h>
#include <uv.h>

#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "binding.h"
#include "compile_cache.h"
#include "errors.h"
#include "loader/js_lexer.h"
#include "loader/regexp_v.h"
#include "regexp_literals.h"

namespace kiln {
namespace {

struct ModuleEntry {
  v8::Global<v8::Module> module;
  // Source text modules: each request as "specifier\0type", and the id it is linked to.
  std::vector<std::string> request_keys;
  std::vector<int> linked;
  // Synthetic modules: the export names, and the JS function returning their values in order.
  std::vector<v8::Global<v8::String>> export_names;
  v8::Global<v8::Function> evaluation_steps;
};

struct ModuleState {
  std::vector<std::unique_ptr<ModuleEntry>> entries;  // indexed by id
  std::unordered_multimap<int, int> ids_by_hash;       // v8::Module identity hash -> id
  v8::Global<v8::Function> import_dynamically;
  v8::Global<v8::Function> initialize_import_meta;
  std::unordered_map<std::string, std::string> real_directories;
  CompileCache compile_cache{CompileCache::DefaultDirectory()};
};

ModuleState* GetState(Environment* env) {
  if (!env->module_wrap_state) env->module_wrap_state = std::make_shared<ModuleState>();
  return static_cast<ModuleState*>(env->module_wrap_state.get());
}

// Sources shorter than this compile faster than their cache file is read.
constexpr size_t kMinCachedSourceLength = 256;

int FindId(ModuleState* state, v8::Local<v8::Module> module) {
  auto range = state->ids_by_hash.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    if (state->entries[it->second]->module == module) return it->second;
  }
  return -1;
}

int Register(ModuleState* state, v8::Isolate* isolate, v8::Local<v8::Module> module,
             std::unique_ptr<ModuleEntry> entry) {
  int id = static_cast<int>(state->entries.size());
  entry->module.Reset(isolate, module);
  state->entries.push_back(std::move(entry));
  state->ids_by_hash.emplace(module->GetIdentityHash(), id);
  return id;
}

ModuleEntry* EntryArg(const v8::FunctionCallbackInfo<v8::Value>& args, ModuleState* state,
                      int index = 0) {
  CHECK(args[index]->IsInt32());
  int id = args[index].As<v8::Int32>()->Value();
  CHECK(id >= 0 && static_cast<size_t>(id) < state->entries.size());
  return state->entries[id].get();
}

std::string AssertionsKey(v8::Isolate* isolate, v8::Local<v8::Context> context,
                          v8::Local<v8::String> specifier, v8::Local<v8::FixedArray> assertions,
                          int stride, std::string* type, std::string* other_key,
                          std::string* other_value) {
  std::string key = ToUtf8(isolate, specifier);
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    std::string name = ToUtf8(isolate, assertions->Get(context, i).As<v8::Value>());
    std::string value = ToUtf8(isolate, assertions->Get(context, i + 1).As<v8::Value>());
    if (name == "type") {
      *type = value;
    } else if (other_key != nullptr && other_key->empty()) {
      *other_key = name;
      *other_value = value;
    }
  }
  key.push_back('\0');
  key += *type;
  return key;
}

// Records the requests of a just-compiled module and returns [id, specifier, type, otherKey,
// otherValue, …] (type and the first attribute other than `type` are undefined when absent).
v8::Local<v8::Array> RegisterSourceTextModule(Environment* env, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  ModuleState* state = GetState(env);
  auto entry = std::make_unique<ModuleEntry>();
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  std::vector<v8::Local<v8::Value>> result;
  result.reserve(1 + requests->Length() * 4);
  result.push_back(v8::Undefined(isolate));  // the id, set below
  for (int i = 0; i < requests->Length(); i++) {
    v8::Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    v8::Local<v8::String> specifier = request->GetSpecifier();
    std::string type, other_key, other_value;
    entry->request_keys.push_back(AssertionsKey(isolate, context, specifier,
                                                request->GetImportAssertions(), 3, &type,
                                                &other_key, &other_value));
    result.push_back(specifier);
    if (type.empty()) {
      result.push_back(v8::Undefined(isolate));
    } else {
      result.push_back(ToV8(isolate, type));
    }
    if (other_key.empty()) {
      result.push_back(v8::Undefined(isolate));
      result.push_back(v8::Undefined(isolate));
    } else {
      result.push_back(ToV8(isolate, other_key));
      result.push_back(ToV8(isolate, other_value));
    }
  }
  int id = Register(state, isolate, module, std::move(entry));
  result[0] = v8::Integer::New(isolate, id);
  return v8::Array::New(isolate, result.data(), result.size());
}

// Owns the bytes of an ASCII source handed to V8 without a copy.
class OwnedOneByteSource : public v8::String::ExternalOneByteStringResource {
 public:
  explicit OwnedOneByteSource(std::string text) : text_(std::move(text)) {}
  const char* data() const override { return text_.data(); }
  size_t length() const override { return text_.size(); }

 private:
  std::string text_;
};

bool IsAscii(const std::string& text) {
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t size = text.size();
  size_t i = 0;
  uint64_t any_high = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    memcpy(&word, bytes + i, 8);
    any_high |= word;
  }
  for (; i < size; i++) any_high |= bytes[i];
  return (any_high & 0x8080808080808080ULL) == 0;
}

v8::MaybeLocal<v8::String> SourceString(v8::Isolate* isolate, std::string text) {
  if (text.size() > 1024 && IsAscii(text)) {
    return v8::String::NewExternalOneByte(isolate, new OwnedOneByteSource(std::move(text)));
  }
  return v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()));
}

// Reads a whole file: open, fstat, read (until the size fstat gave, or to the end when it gave
// none, as for /proc files), close.
int ReadFileBytes(uv_loop_t* loop, const std::string& path, std::string* out) {
  uv_fs_t req;
  int fd = uv_fs_open(loop, &req, path.c_str(), O_RDONLY | O_CLOEXEC, 0, nullptr);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  int err = uv_fs_fstat(loop, &req, fd, nullptr);
  size_t expected = err == 0 ? static_cast<size_t>(req.statbuf.st_size) : 0;
  uv_fs_req_cleanup(&req);
  if (err == 0 && S_ISDIR(req.statbuf.st_mode)) err = UV_EISDIR;
  out->clear();
  out->resize(expected > 0 ? expected : 4096);
  size_t used = 0;
  while (err == 0) {
    if (used == out->size()) {
      if (expected > 0) break;
      out->resize(out->size() * 2);
    }
    uv_buf_t buf = uv_buf_init(out->data() + used, static_cast<unsigned>(out->size() - used));
    int n = uv_fs_read(loop, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (n < 0) err = n;
    if (n <= 0) break;
    used += static_cast<size_t>(n);
  }
  out->resize(used);
  uv_fs_close(loop, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  return err;
}

// readSourceFile(filename) -> the file's text for a module loader: UTF-8 decoded, and handed
// to V8 without a copy when it is ASCII.
void ReadSourceFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString());
  std::string filename = ToUtf8(isolate, args[0]);
  std::string bytes;
  int err = ReadFileBytes(env->loop(), filename, &bytes);
  if (err < 0) return ThrowUVException(isolate, err, err == UV_EISDIR ? "read" : "open",
                                       filename.c_str());
  v8::Local<v8::String> text;
  if (SourceString(isolate, std::move(bytes)).ToLocal(&text)) args.GetReturnValue().Set(text);
}

// Compiles a module, through the compile cache when `key` is given.
v8::MaybeLocal<v8::Module> CompileModuleText(Environment* env, v8::Local<v8::String> url,
                                             v8::Local<v8::String> text,
                                             const CompileCache::Key* key) {
  v8::Isolate* isolate = env->isolate();
  CompileCache* cache = &GetState(env)->compile_cache;
  std::unique_ptr<v8::ScriptCompiler::CachedData> cached;
  if (key != nullptr) cached = cache->Lookup(*key);
  const bool consume = cached != nullptr;
  v8::ScriptOrigin origin(isolate, url, 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                          true);
  v8::ScriptCompiler::Source source(text, origin, cached.release());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &source,
                                         consume ? v8::ScriptCompiler::kConsumeCodeCache
                                                 : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&module)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      DecorateErrorWithArrow(env, try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
    }
    return {};
  }
  if (key != nullptr && (!consume || source.GetCachedData()->rejected)) {
    cache->Add(isolate, *key, module->GetUnboundModuleScript());
  }
  return module;
}

// compileModuleFile(url, filename) -> [id, …requests]: reads the file (UTF-8, without a BOM),
// rewrites `with` import attributes for V8 10.2 and compiles it as a module named `url`.
void CompileModuleFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString() && args[1]->IsString());
  std::string filename = ToUtf8(isolate, args[1]);
  std::string bytes;
  int err = ReadFileBytes(env->loop(), filename, &bytes);
  if (err < 0) return ThrowUVException(isolate, err, "open", filename.c_str());
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
  std::string rewritten;
  if (loader::RewriteImportAttributes(bytes, &rewritten)) bytes.swap(rewritten);
  if (!RewriteUnicodeSetsLiterals(env, ToUtf8(isolate, args[0]), &bytes)) return;
  CompileCache::Key key;
  const bool cacheable =
      GetState(env)->compile_cache.enabled() && bytes.size() >= kMinCachedSourceLength;
  if (cacheable) key = CompileCache::MakeKey("esm", filename, bytes);
  v8::Local<v8::String> text;
  v8::Local<v8::Module> module;
  if (!SourceString(isolate, std::move(bytes)).ToLocal(&text) ||
      !CompileModuleText(env, args[0].As<v8::String>(), text, cacheable ? &key : nullptr)
           .ToLocal(&module)) {
    return;
  }
  args.GetReturnValue().Set(RegisterSourceTextModule(env, module));
}

// compileModule(url, source[, filename]) -> [id, …requests]. With a filename (source read
// from a file, possibly transformed), through the compile cache.
void CompileModule(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString() && args[1]->IsString());
  v8::Local<v8::String> text = args[1].As<v8::String>();
  {
    v8::String::Utf8Value utf8(isolate, text);
    std::string_view bytes(*utf8, utf8.length());
    std::string rewritten;
    bool changed = loader::RewriteImportAttributes(bytes, &rewritten);
    if (loader::MayHaveUnicodeSetsLiteral(changed ? rewritten : bytes)) {
      if (!changed) rewritten.assign(bytes);
      bool rewrote_regexps;
      if (!RewriteUnicodeSetsLiterals(env, ToUtf8(isolate, args[0]), &rewritten, &rewrote_regexps)) {
        return;
      }
      changed |= rewrote_regexps;
    }
    if (changed) text = ToV8(isolate, rewritten);
  }
  CompileCache::Key key;
  const bool cacheable = args[2]->IsString() && GetState(env)->compile_cache.enabled() &&
                         static_cast<size_t>(text->Length()) >= kMinCachedSourceLength;
  if (cacheable) key = CompileCache::MakeKey(isolate, "esm", ToUtf8(isolate, args[2]), text);
  v8::Local<v8::Module> module;
  if (!CompileModuleText(env, args[0].As<v8::String>(), text, cacheable ? &key : nullptr)
           .ToLocal(&module)) {
    return;
  }
  args.GetReturnValue().Set(RegisterSourceTextModule(env, module));
}

v8::MaybeLocal<v8::Value> SyntheticEvaluationSteps(v8::Local<v8::Context> context,
                                                   v8::Local<v8::Module> module) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  ModuleState* state = GetState(env);
  int id = FindId(state, module);
  CHECK(id >= 0);
  ModuleEntry* entry = state->entries[id].get();
  v8::Local<v8::Function> steps = entry->evaluation_steps.Get(isolate);
  // An exception must be pending when this returns empty (V8 records it as the module's
  // error): catch it here and throw it again, past any TryCatch of the caller of Evaluate().
  v8::TryCatch try_catch(isolate);
  auto fail = [&]() -> v8::MaybeLocal<v8::Value> {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
    return {};
  };
  v8::Local<v8::Value> values;
  if (!steps->Call(context, v8::Undefined(isolate), 0, nullptr).ToLocal(&values)) return fail();
  CHECK(values->IsArray());
  v8::Local<v8::Array> array = values.As<v8::Array>();
  for (size_t i = 0; i < entry->export_names.size(); i++) {
    v8::Local<v8::Value> value;
    if (!array->Get(context, static_cast<uint32_t>(i)).ToLocal(&value)) return fail();
    if (module->SetSyntheticModuleExport(isolate, entry->export_names[i].Get(isolate), value)
            .IsNothing()) {
      return fail();
    }
  }
  entry->evaluation_steps.Reset();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  if (resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) return {};
  return resolver->GetPromise();
}

// createSyntheticModule(url, exportNames, evaluationSteps) -> id. evaluationSteps() returns the
// values of the exports, in the order of exportNames, when the module is evaluated.
void CreateSyntheticModule(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  CHECK(args[0]->IsString() && args[1]->IsArray() && args[2]->IsFunction());
  v8::Local<v8::Array> names = args[1].As<v8::Array>();
  auto entry = std::make_unique<ModuleEntry>();
  std::vector<v8::Local<v8::String>> export_names;
  for (uint32_t i = 0; i < names->Length(); i++) {
    v8::Local<v8::Value> name = names->Get(context, i).ToLocalChecked();
    CHECK(name->IsString());
    export_names.push_back(name.As<v8::String>());
    entry->export_names.emplace_back(isolate, name.As<v8::String>());
  }
  entry->evaluation_steps.Reset(isolate, args[2].As<v8::Function>());
  v8::Local<v8::Module> module = v8::Module::CreateSyntheticModule(
      isolate, args[0].As<v8::String>(), export_names, SyntheticEvaluationSteps);
  args.GetReturnValue().Set(Register(GetState(env), isolate, module, std::move(entry)));
}

// link(id, ids): the modules for the requests of `id`, in the order compile returned them.
void Link(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  ModuleState* state = GetState(env);
  ModuleEntry* entry = EntryArg(args, state);
  CHECK(args[1]->IsArray());
  v8::Local<v8::Array> ids = args[1].As<v8::Array>();
  CHECK(ids->Length() == entry->request_keys.size());
  entry->linked.resize(ids->Length());
  for (uint32_t i = 0; i < ids->Length(); i++) {
    v8::Local<v8::Value> id = ids->Get(env->context(), i).ToLocalChecked();
    CHECK(id->IsInt32());
    entry->linked[i] = id.As<v8::Int32>()->Value();
  }
}

v8::MaybeLocal<v8::Module> ResolveModule(v8::Local<v8::Context> context,
                                         v8::Local<v8::String> specifier,
                                         v8::Local<v8::FixedArray> assertions,
                                         v8::Local<v8::Module> referrer) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  ModuleState* state = GetState(env);
  int id = FindId(state, referrer);
  std::string type;
  std::string key = AssertionsKey(isolate, context, specifier, assertions, 3, &type, nullptr,
                                  nullptr);
  if (id >= 0) {
    ModuleEntry* entry = state->entries[id].get();
    for (size_t i = 0; i < entry->request_keys.size() && i < entry->linked.size(); i++) {
      if (entry->request_keys[i] == key) return state->entries[entry->linked[i]]->module.Get(isolate);
    }
  }
  isolate->ThrowException(v8::Exception::Error(
      ToV8(isolate, "request for '" + ToUtf8(isolate, specifier) + "' is not yet linked")));
  return {};
}

// instantiate(id) -> undefined, or [error, url, sourceLine] when linking failed (a missing
// export, an ambiguous star export): the error, the URL of the importing module and the line of
// the import, for the loader to word the error as Node does before throwing it. As in Node, the
// report of such an error shows the import with its caret right above the error line.
void Instantiate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  ModuleEntry* entry = EntryArg(args, GetState(env));
  v8::TryCatch try_catch(isolate);
  if (!entry->module.Get(isolate)->InstantiateModule(context, ResolveModule).IsNothing()) return;
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) {
    if (try_catch.HasCaught()) try_catch.ReThrow();
    return;
  }
  v8::Local<v8::Value> error = try_catch.Exception();
  v8::Local<v8::Message> message = try_catch.Message();
  v8::Local<v8::Value> url = v8::Undefined(isolate);
  v8::Local<v8::Value> line = v8::Undefined(isolate);
  if (!message.IsEmpty()) {
    std::string arrow = FormatErrorArrow(isolate, message);
    if (error->IsObject() && !arrow.empty()) {
      arrow.pop_back();  // no blank line between the caret and the error, as Node prints it
      error.As<v8::Object>()
          ->SetPrivate(context, env->arrow_message_symbol(), ToV8(isolate, arrow))
          .FromMaybe(false);
    }
    url = message->GetScriptResourceName();
    v8::Local<v8::String> source_line;
    if (message->GetSourceLine(context).ToLocal(&source_line)) line = source_line;
  }
  v8::Local<v8::Value> result[] = {error, url, line};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 3));
}

// evaluate(id) -> the promise of the evaluation (already settled unless the graph is async).
void Evaluate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  ModuleEntry* entry = EntryArg(args, GetState(env));
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> result;
  if (!entry->module.Get(isolate)->Evaluate(env->context()).ToLocal(&result)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) try_catch.ReThrow();
    return;
  }
  args.GetReturnValue().Set(result);
}

void GetNamespace(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleEntry* entry = EntryArg(args, GetState(Environment::From(isolate)));
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  if (module->GetStatus() < v8::Module::kInstantiated) {
    isolate->ThrowException(v8::Exception::Error(
        ToV8(isolate, "cannot get the namespace of an uninstantiated module")));
    return;
  }
  args.GetReturnValue().Set(module->GetModuleNamespace());
}

// setExport(id, name, value): updates an export of a synthetic module after its evaluation
// (module.syncBuiltinESMExports()).
void SetExport(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleEntry* entry = EntryArg(args, GetState(Environment::From(isolate)));
  CHECK(args[1]->IsString());
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  if (!module->IsSyntheticModule() || module->GetStatus() != v8::Module::kEvaluated) return;
  module->SetSyntheticModuleExport(isolate, args[1].As<v8::String>(), args[2]).FromMaybe(false);
}

// getStatus(id) -> v8::Module::Status (0 uninstantiated … 4 evaluated, 5 errored)
void GetStatus(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleEntry* entry = EntryArg(args, GetState(Environment::From(isolate)));
  args.GetReturnValue().Set(static_cast<int>(entry->module.Get(isolate)->GetStatus()));
}

// isGraphAsync(id): whether the module or a module it imports has top-level await.
void IsGraphAsync(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ModuleEntry* entry = EntryArg(args, GetState(Environment::From(isolate)));
  v8::Local<v8::Module> module = entry->module.Get(isolate);
  args.GetReturnValue().Set(module->GetStatus() >= v8::Module::kInstantiated &&
                            module->IsGraphAsync());
}

v8::MaybeLocal<v8::Promise> ImportModuleDynamically(v8::Local<v8::Context> context,
                                                    v8::Local<v8::Data> host_defined_options,
                                                    v8::Local<v8::Value> resource_name,
                                                    v8::Local<v8::String> specifier,
                                                    v8::Local<v8::FixedArray> assertions) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  ModuleState* state = GetState(env);
  v8::Local<v8::Function> callback = state->import_dynamically.Get(isolate);
  std::string type, other_key, other_value;
  // Dynamic import assertions come as [key, value, …], without source positions.
  AssertionsKey(isolate, context, specifier, assertions, 2, &type, &other_key, &other_value);
  v8::Local<v8::Value> undefined = v8::Undefined(isolate);
  // node:vm scripts carry their import() mode (internal/vm.js) as host-defined options.
  v8::Local<v8::Value> vm_mode = undefined;
  if (!host_defined_options.IsEmpty() && host_defined_options->IsFixedArray()) {
    v8::Local<v8::PrimitiveArray> options = host_defined_options.As<v8::PrimitiveArray>();
    if (options->Length() == 1) vm_mode = options->Get(isolate, 0);
  }
  v8::Local<v8::Value> argv[] = {
      specifier,
      resource_name.IsEmpty() ? undefined : resource_name,
      type.empty() ? undefined : ToV8(isolate, type).As<v8::Value>(),
      other_key.empty() ? undefined : ToV8(isolate, other_key).As<v8::Value>(),
      other_key.empty() ? undefined : ToV8(isolate, other_value).As<v8::Value>(),
      vm_mode,
  };
  v8::Local<v8::Value> result;
  if (callback.IsEmpty() ||
      !callback->Call(context, v8::Undefined(isolate), 6, argv).ToLocal(&result)) {
    return {};
  }
  CHECK(result->IsPromise());
  return scope.Escape(result.As<v8::Promise>());
}

void InitializeImportMeta(v8::Local<v8::Context> context, v8::Local<v8::Module> module,
                          v8::Local<v8::Object> meta) {
  Environment* env = Environment::From(context);
  v8::Isolate* isolate = env->isolate();
  ModuleState* state = GetState(env);
  v8::Local<v8::Function> callback = state->initialize_import_meta.Get(isolate);
  int id = FindId(state, module);
  if (callback.IsEmpty() || id < 0) return;
  v8::Local<v8::Value> argv[] = {meta, v8::Integer::New(isolate, id)};
  // An exception here propagates to the import.meta access.
  if (callback->Call(context, v8::Undefined(isolate), 2, argv).IsEmpty()) return;
}

// setCallbacks(importModuleDynamically, initializeImportMeta): installs V8's host hooks. Run
// per process (the hooks are not part of a startup snapshot).
void SetCallbacks(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  ModuleState* state = GetState(env);
  state->import_dynamically.Reset(isolate, args[0].As<v8::Function>());
  state->initialize_import_meta.Reset(isolate, args[1].As<v8::Function>());
  isolate->SetHostImportModuleDynamicallyCallback(ImportModuleDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

// V8's messages for syntax that only an ES module may contain, and for declarations that only
// clash with the CommonJS wrapper (as Node's --experimental-detect-module lists them).
constexpr std::string_view kModuleSyntaxErrors[] = {
    "Cannot use import statement outside a module",
    "Unexpected token 'export'",
    "Cannot use 'import.meta' outside a module",
};
constexpr std::string_view kCommonJSOnlyErrors[] = {
    "Identifier 'module' has already been declared",
    "Identifier 'exports' has already been declared",
    "Identifier 'require' has already been declared",
    "Identifier '__filename' has already been declared",
    "Identifier '__dirname' has already been declared",
    "await is only valid in async functions and the top level bodies of modules",
};

// Whether `error`, a SyntaxError from compiling `code` as a script or CommonJS wrapper, means
// that `code` is an ES module.
bool IsModuleSyntaxError(Environment* env, v8::Local<v8::Value> error, v8::Local<v8::String> code,
                         v8::Local<v8::Value> filename) {
  v8::Isolate* isolate = env->isolate();
  if (!error->IsNativeError()) return false;
  v8::Local<v8::Value> message_value;
  if (!error.As<v8::Object>()
           ->Get(env->context(), Symbolize(isolate, "message"))
           .ToLocal(&message_value)) {
    return false;
  }
  std::string message = ToUtf8(isolate, message_value);
  for (std::string_view known : kModuleSyntaxErrors) {
    if (message.find(known) != std::string::npos) return true;
  }
  bool maybe_module = false;
  for (std::string_view known : kCommonJSOnlyErrors) {
    if (message.find(known) != std::string::npos) maybe_module = true;
  }
  if (!maybe_module) return false;
  // Valid as a module? Then it is one.
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin(isolate, filename, 0, 0, false, -1, v8::Local<v8::Value>(), false, false,
                          true);
  v8::ScriptCompiler::Source source(code, origin);
  return !v8::ScriptCompiler::CompileModule(isolate, &source).IsEmpty();
}

// compileFunctionForCJSLoader(code, filename, params, detectModule) -> the CommonJS wrapper
// function, through the compile cache. With detectModule (a .js file with no package "type"),
// undefined when the code does not compile as CommonJS but is an ES module, to be loaded as one
// as Node 22 does.
void CompileFunctionForCJSLoader(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  CHECK(args[0]->IsString() && args[1]->IsString() && args[2]->IsArray());
  v8::Local<v8::String> code = args[0].As<v8::String>();
  v8::Local<v8::Array> param_array = args[2].As<v8::Array>();
  std::vector<v8::Local<v8::String>> params;
  for (uint32_t i = 0; i < param_array->Length(); i++) {
    params.push_back(param_array->Get(context, i).ToLocalChecked().As<v8::String>());
  }
  // The loaders always pass the five CommonJS wrapper parameters; the count tells the kind.
  const std::string kind = "cjs" + std::to_string(params.size());
  CompileCache* cache = &GetState(env)->compile_cache;
  CompileCache::Key key;
  std::unique_ptr<v8::ScriptCompiler::CachedData> cached;
  const bool cacheable =
      cache->enabled() && static_cast<size_t>(code->Length()) >= kMinCachedSourceLength;
  if (cacheable) {
    key = CompileCache::MakeKey(isolate, kind, ToUtf8(isolate, args[1]), code);
    cached = cache->Lookup(key);
  }
  const bool consume = cached != nullptr;
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::ScriptCompiler::Source source(code, origin, cached.release());
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Function> function;
  if (v8::ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0,
                                          nullptr,
                                          consume ? v8::ScriptCompiler::kConsumeCodeCache
                                                  : v8::ScriptCompiler::kNoCompileOptions)
          .ToLocal(&function)) {
    if (cacheable && (!consume || source.GetCachedData()->rejected)) {
      cache->Add(isolate, key, function);
    }
    args.GetReturnValue().Set(function);
    return;
  }
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) return;
  v8::Local<v8::Value> error = try_catch.Exception();
  v8::Local<v8::Message> message = try_catch.Message();
  if (args[3]->IsTrue() && IsModuleSyntaxError(env, error, code, args[1])) {
    return;  // undefined: load it as an ES module
  }
  DecorateErrorWithArrow(env, error, message);
  try_catch.ReThrow();
}

// containsModuleSyntax(code, filename): whether a script (-e code, standard input) that does
// not compile as a classic script is an ES module.
void ContainsModuleSyntax(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString());
  v8::ScriptOrigin origin(isolate, args[1]);
  v8::ScriptCompiler::Source source(args[0].As<v8::String>(), origin);
  v8::TryCatch try_catch(isolate);
  if (!v8::ScriptCompiler::CompileUnboundScript(isolate, &source).IsEmpty()) {
    args.GetReturnValue().Set(false);
    return;
  }
  bool is_module = try_catch.HasCaught() && !try_catch.HasTerminated() &&
                   IsModuleSyntaxError(env, try_catch.Exception(), args[0].As<v8::String>(),
                                       args[1]);
  try_catch.Reset();
  args.GetReturnValue().Set(is_module);
}

// parseCommonJSExports(source) -> [exportNames, reexportSpecifiers]
void ParseCommonJSExports(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  v8::String::Utf8Value source(isolate, args[0]);
  loader::CommonJSExports found =
      loader::ParseCommonJSExports(std::string_view(*source, source.length()));
  auto to_array = [&](const std::vector<std::string>& names) {
    std::vector<v8::Local<v8::Value>> values;
    values.reserve(names.size());
    for (const std::string& name : names) values.push_back(ToV8(isolate, name));
    return v8::Array::New(isolate, values.data(), values.size());
  };
  v8::Local<v8::Value> result[] = {to_array(found.exports), to_array(found.reexports)};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

// rewriteImportAttributes(source) -> the source with `with` import attributes written as
// V8 10.2's `assert`, or undefined when there are none (CommonJS and -e code, which import()
// from; ES modules are rewritten as they are compiled).
void RewriteImportAttributes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  v8::String::Utf8Value source(isolate, args[0]);
  std::string rewritten;
  if (loader::RewriteImportAttributes(std::string_view(*source, source.length()), &rewritten)) {
    args.GetReturnValue().Set(ToV8(isolate, rewritten));
  }
}

// decorateErrorArrow(error): attaches "file:line / source / caret" of where `error` was created
// (its stack's top frame) for the fatal report, when an error from module evaluation is
// rethrown by JS (require(esm)).
void DecorateErrorArrow(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  if (!args[0]->IsNativeError()) return;
  DecorateErrorWithArrow(env, args[0], v8::Exception::CreateMessage(isolate, args[0]));
}

// findTopLevelAwait(source) -> [line, column] (1-based line, 0-based UTF-16 column) of the
// first top-level await of a module, or undefined.
void FindTopLevelAwait(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  v8::String::Utf8Value utf8(isolate, args[0]);
  std::string_view source(*utf8, utf8.length());
  std::vector<size_t> offsets = loader::FindTopLevelAwaits(source);
  if (offsets.empty()) return;
  size_t offset = offsets.front();
  int line = 1, column = 0;
  for (size_t i = 0; i < offset; i++) {
    unsigned char c = static_cast<unsigned char>(source[i]);
    if (c == '\n') {
      line++;
      column = 0;
    } else if ((c & 0xC0) != 0x80) {
      column += c >= 0xF0 ? 2 : 1;  // a 4-byte sequence is a surrogate pair in UTF-16
    }
  }
  v8::Local<v8::Value> result[] = {v8::Integer::New(isolate, line),
                                   v8::Integer::New(isolate, column)};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

// resolveFile(path) -> the real path when `path` is a file, 1 when it is a directory, a
// negative libuv error code otherwise. Real paths of directories are cached for the process,
// as Node's ESM resolver caches them, so that resolving a file costs one lstat.
void ResolveFile(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  ModuleState* state = GetState(env);
  std::string path = ToUtf8(isolate, args[0]);
  uv_fs_t req;
  int err = uv_fs_lstat(env->loop(), &req, path.c_str(), nullptr);
  uv_stat_t stat = req.statbuf;
  uv_fs_req_cleanup(&req);
  if (err < 0) return args.GetReturnValue().Set(err);
  bool symlink = S_ISLNK(stat.st_mode);
  if (symlink) {
    err = uv_fs_stat(env->loop(), &req, path.c_str(), nullptr);
    stat = req.statbuf;
    uv_fs_req_cleanup(&req);
    if (err < 0) return args.GetReturnValue().Set(err);
  }
  if (S_ISDIR(stat.st_mode)) return args.GetReturnValue().Set(1);
  std::string real;
  size_t slash = path.rfind('/');
  if (!symlink && slash != std::string::npos) {
    std::string directory = slash == 0 ? "/" : path.substr(0, slash);
    auto cached = state->real_directories.find(directory);
    if (cached == state->real_directories.end()) {
      err = uv_fs_realpath(env->loop(), &req, directory.c_str(), nullptr);
      if (err < 0) {
        uv_fs_req_cleanup(&req);
        return args.GetReturnValue().Set(err);
      }
      cached = state->real_directories
                   .emplace(directory, static_cast<const char*>(req.ptr))
                   .first;
      uv_fs_req_cleanup(&req);
    }
    real = cached->second;
    if (real != "/") real += '/';
    real.append(path, slash + 1, std::string::npos);
  } else {
    err = uv_fs_realpath(env->loop(), &req, path.c_str(), nullptr);
    if (err < 0) {
      uv_fs_req_cleanup(&req);
      return args.GetReturnValue().Set(err);
    }
    real = static_cast<const char*>(req.ptr);
    uv_fs_req_cleanup(&req);
  }
  args.GetReturnValue().Set(ToV8(isolate, real));
}

// compileCacheDirectory() -> the directory, or undefined when the compile cache is off.
void CompileCacheDirectory(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CompileCache* cache = &GetState(Environment::From(isolate))->compile_cache;
  if (!cache->directory().empty()) args.GetReturnValue().Set(ToV8(isolate, cache->directory()));
}

// setCompileCacheProgram(program): the program whose compile cache pack this process uses (the
// main module's path, or "eval:<cwd>").
void SetCompileCacheProgram(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  GetState(Environment::From(isolate))->compile_cache.set_program(ToUtf8(isolate, args[0]));
}

// enableCompileCache(directory): turns the compile cache on (module.enableCompileCache()).
void EnableCompileCache(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  GetState(Environment::From(isolate))->compile_cache.set_directory(ToUtf8(isolate, args[0]));
}

constexpr BindingMethod kMethods[] = {
    {"compileModuleFile", CompileModuleFile},
    {"readSourceFile", ReadSourceFile},
    {"compileModule", CompileModule},
    {"createSyntheticModule", CreateSyntheticModule},
    {"link", Link},
    {"instantiate", Instantiate},
    {"evaluate", Evaluate},
    {"getNamespace", GetNamespace},
    {"setExport", SetExport},
    {"getStatus", GetStatus},
    {"isGraphAsync", IsGraphAsync},
    {"setCallbacks", SetCallbacks},
    {"compileFunctionForCJSLoader", CompileFunctionForCJSLoader},
    {"containsModuleSyntax", ContainsModuleSyntax},
    {"parseCommonJSExports", ParseCommonJSExports},
    {"findTopLevelAwait", FindTopLevelAwait},
    {"rewriteImportAttributes", RewriteImportAttributes},
    {"decorateErrorArrow", DecorateErrorArrow},
    {"compileCacheDirectory", CompileCacheDirectory},
    {"enableCompileCache", EnableCompileCache},
    {"setCompileCacheProgram", SetCompileCacheProgram},
    {"resolveFile", ResolveFile},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetInteger(env, target, "kUninstantiated", v8::Module::kUninstantiated);
  SetInteger(env, target, "kInstantiating", v8::Module::kInstantiating);
  SetInteger(env, target, "kInstantiated", v8::Module::kInstantiated);
  SetInteger(env, target, "kEvaluating", v8::Module::kEvaluating);
  SetInteger(env, target, "kEvaluated", v8::Module::kEvaluated);
  SetInteger(env, target, "kErrored", v8::Module::kErrored);
}

}  // namespace

CompileCache* GetCompileCache(Environment* env) { return &GetState(env)->compile_cache; }

void FlushCompileCache(Environment* env) {
  if (!env->module_wrap_state) return;
  GetState(env)->compile_cache.Flush(env->isolate());
}

}  // namespace kiln

KILN_REGISTER_BINDING(module_wrap, kiln::Initialize, kiln::kMethods)
