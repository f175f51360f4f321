// internalBinding('heap_utils'): what node:v8 reports about the heap, and V8's flags.
#include "binding.h"
#include "util.h"

namespace kiln {
namespace {

// Fills the Float64Array in args[0] with HeapStatistics in node:v8's field order.
void HeapStatistics(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsFloat64Array());
  v8::HeapStatistics stats;
  args.GetIsolate()->GetHeapStatistics(&stats);
  const double fields[] = {
      static_cast<double>(stats.total_heap_size()),
      static_cast<double>(stats.total_heap_size_executable()),
      static_cast<double>(stats.total_physical_size()),
      static_cast<double>(stats.total_available_size()),
      static_cast<double>(stats.used_heap_size()),
      static_cast<double>(stats.heap_size_limit()),
      static_cast<double>(stats.malloced_memory()),
      static_cast<double>(stats.peak_malloced_memory()),
      static_cast<double>(stats.does_zap_garbage()),
      static_cast<double>(stats.number_of_native_contexts()),
      static_cast<double>(stats.number_of_detached_contexts()),
      static_cast<double>(stats.total_global_handles_size()),
      static_cast<double>(stats.used_global_handles_size()),
      static_cast<double>(stats.external_memory()),
  };
  v8::Local<v8::Float64Array> out = args[0].As<v8::Float64Array>();
  CHECK(out->Length() >= std::size(fields));
  auto* data = reinterpret_cast<double*>(static_cast<char*>(out->Buffer()->Data()) +
                                         out->ByteOffset());
  std::copy(std::begin(fields), std::end(fields), data);
}

// [[name, size, used, available, physical], ...] for every heap space.
void HeapSpaceStatistics(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const size_t count = isolate->NumberOfHeapSpaces();
  v8::Local<v8::Array> spaces = v8::Array::New(isolate, static_cast<int>(count));
  for (size_t i = 0; i < count; i++) {
    v8::HeapSpaceStatistics stats;
    if (!isolate->GetHeapSpaceStatistics(&stats, i)) continue;
    v8::Local<v8::Value> row[] = {
        ToV8(isolate, stats.space_name()),
        v8::Number::New(isolate, static_cast<double>(stats.space_size())),
        v8::Number::New(isolate, static_cast<double>(stats.space_used_size())),
        v8::Number::New(isolate, static_cast<double>(stats.space_available_size())),
        v8::Number::New(isolate, static_cast<double>(stats.physical_space_size())),
    };
    spaces->Set(context, static_cast<uint32_t>(i), v8::Array::New(isolate, row, std::size(row)))
        .Check();
  }
  args.GetReturnValue().Set(spaces);
}

// [code_and_metadata, bytecode_and_metadata, external_script_source, cpu_profiler_metadata].
void HeapCodeStatistics(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::HeapCodeStatistics stats;
  isolate->GetHeapCodeAndMetadataStatistics(&stats);
  v8::Local<v8::Value> fields[] = {
      v8::Number::New(isolate, static_cast<double>(stats.code_and_metadata_size())),
      v8::Number::New(isolate, static_cast<double>(stats.bytecode_and_metadata_size())),
      v8::Number::New(isolate, static_cast<double>(stats.external_script_source_size())),
      v8::Number::New(isolate, static_cast<double>(stats.cpu_profiler_metadata_size())),
  };
  args.GetReturnValue().Set(v8::Array::New(isolate, fields, std::size(fields)));
}

void CachedDataVersionTag(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(
      v8::Integer::NewFromUnsigned(args.GetIsolate(), v8::ScriptCompiler::CachedDataVersionTag()));
}

void SetFlagsFromString(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsString());
  v8::String::Utf8Value flags(args.GetIsolate(), args[0]);
  v8::V8::SetFlagsFromString(*flags, flags.length());
}

void IsStringOneByteRepresentation(const v8::FunctionCallbackInfo<v8::Value>& args) {
  CHECK(args[0]->IsString());
  args.GetReturnValue().Set(args[0].As<v8::String>()->IsOneByte());
}

constexpr BindingMethod kMethods[] = {
    {"heapStatistics", HeapStatistics},
    {"heapSpaceStatistics", HeapSpaceStatistics},
    {"heapCodeStatistics", HeapCodeStatistics},
    {"cachedDataVersionTag", CachedDataVersionTag},
    {"setFlagsFromString", SetFlagsFromString},
    {"isStringOneByteRepresentation", IsStringOneByteRepresentation},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(heap_utils, kiln::Initialize, kiln::kMethods)
