#include "snapshot.h"

#include <uv.h>

#include <cstdio>
#include <vector>

#include "binding_list.h"
#include "bootstrap.h"
#include "environment.h"
#include "util.h"

namespace kiln {

#define V(name) void AppendBindingReferences_##name(std::vector<intptr_t>* references);
KILN_BINDING_LIST(V)
#undef V
void AppendProcessEnvReferences(std::vector<intptr_t>* references);

const intptr_t* ExternalReferences() {
  static const std::vector<intptr_t> references = [] {
    std::vector<intptr_t> list;
#define V(name) AppendBindingReferences_##name(&list);
    KILN_BINDING_LIST(V)
#undef V
    AppendProcessEnvReferences(&list);
    AppendBootstrapReferences(&list);
    list.push_back(0);
    return list;
  }();
  return references.data();
}

bool CreateSnapshotBlob(std::string* blob) {
  v8::SnapshotCreator creator(ExternalReferences());
  v8::Isolate* isolate = creator.GetIsolate();
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  uv_loop_t loop;
  uv_loop_init(&loop);
  // Nothing runs on this loop; it is closed so that leak checkers (the debug preset's ASan)
  // see every allocation freed.
  struct LoopCloser {
    uv_loop_t* loop;
    ~LoopCloser() {
      uv_walk(
          loop, [](uv_handle_t* handle, void*) {
            if (!uv_is_closing(handle)) uv_close(handle, nullptr);
          },
          nullptr);
      uv_run(loop, UV_RUN_DEFAULT);
      uv_loop_close(loop);
    }
  } loop_closer{&loop};
  RunOptions options;
  {
    v8::HandleScope handle_scope(isolate);
    // The default context stays plain: vm contexts (Context::New) are made from it, while the
    // process deserializes the bootstrapped one by index.
    creator.SetDefaultContext(v8::Context::New(isolate));
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    {
      Environment env(isolate, context, &loop, options);
      env.building_snapshot = true;
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Function> require;
      if (!BootstrapContext(&env).ToLocal(&require)) {
        v8::String::Utf8Value text(isolate, try_catch.Exception());
        v8::Local<v8::Value> stack;
        if (try_catch.StackTrace(context).ToLocal(&stack)) {
          v8::String::Utf8Value stack_text(isolate, stack);
          std::fprintf(stderr, "snapshot: bootstrap failed: %s\n", *stack_text);
        } else {
          std::fprintf(stderr, "snapshot: bootstrap failed: %s\n", *text);
        }
        return false;
      }
      isolate->PerformMicrotaskCheckpoint();
      CHECK(creator.AddData(context, env.process_object()) == kSnapshotProcess);
      CHECK(creator.AddData(context, require) == kSnapshotRequire);
    }
    CHECK(creator.AddContext(context) == kSnapshotBootstrappedContext);
  }
  v8::StartupData data = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  if (data.data == nullptr) return false;
  blob->assign(data.data, static_cast<size_t>(data.raw_size));
  delete[] data.data;
  return true;
}

}  // namespace kiln
