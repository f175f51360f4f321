// node:vm contexts: a new V8 context whose global object forwards to a "sandbox" object through
// property interceptors, so that globals created by code in the context land on the sandbox.
#pragma once

#include "environment.h"
#include "v8.h"

namespace kiln::vm {

struct ContextOptions {
  bool allow_strings = true;         // eval() and new Function()
  bool allow_wasm = true;            // WebAssembly.compile() and friends
  bool own_microtask_queue = false;  // microtaskMode: 'afterEvaluate'
};

// Makes `sandbox` a contextified object: creates the context and links the sandbox to it.
// A sandbox that is not an object (vm.constants.DONT_CONTEXTIFY) gets a context with an
// ordinary global object, whose global proxy is returned.
v8::MaybeLocal<v8::Object> MakeContext(Environment* env, v8::Local<v8::Value> sandbox,
                                       const ContextOptions& options);

// The context of a contextified object, or empty if `object` is not one.
v8::MaybeLocal<v8::Context> ContextFromSandbox(v8::Isolate* isolate, v8::Local<v8::Object> object);

// Runs the microtasks of a context made with its own queue (no-op otherwise).
void DrainContextMicrotasks(v8::Isolate* isolate, v8::Local<v8::Context> context);

}  // namespace kiln::vm
