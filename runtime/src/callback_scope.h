// Calling from native code into JS: the call, then Node's draining of process.nextTick and
// the microtask queue, with uncaught exceptions routed to process 'uncaughtException'.
#pragma once

#include "environment.h"
#include "v8.h"

namespace kiln {

// Calls `function` and then drains ticks and microtasks. Returns empty if the call threw
// (the exception has then been reported through TriggerUncaughtException).
v8::MaybeLocal<v8::Value> MakeCallback(Environment* env, v8::Local<v8::Value> receiver,
                                       v8::Local<v8::Function> function, int argc,
                                       v8::Local<v8::Value>* argv);

// Runs process.nextTick callbacks and microtasks until both queues are empty.
void DrainTasks(Environment* env);

}  // namespace kiln
