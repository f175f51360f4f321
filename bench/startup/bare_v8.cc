// A second reference point: a bare V8 isolate and context (V8's own built-in snapshot, no
// Node-compatible bootstrap) that compiles and runs `'hello'` and prints the result. Anything
// that runs JavaScript on this stack pays at least this much.
#include <cstdio>
#include <memory>

#include "libplatform/libplatform.h"
#include "v8.h"

int main(int argc, char* argv[]) {
  v8::V8::InitializeICUDefaultLocation(argv[0]);
  std::unique_ptr<v8::Platform> platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
  v8::Isolate* isolate = v8::Isolate::New(params);
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    v8::Local<v8::String> source =
        v8::String::NewFromUtf8Literal(isolate, "'hello from ' + 'v8'");
    v8::Local<v8::Script> script = v8::Script::Compile(context, source).ToLocalChecked();
    v8::String::Utf8Value text(isolate, script->Run(context).ToLocalChecked());
    std::printf("%s\n", *text);
  }
  std::fflush(stdout);
  std::_Exit(0);  // As Kiln exits: no isolate teardown.
}
