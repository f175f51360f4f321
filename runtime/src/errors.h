// Uncaught exceptions: routing them to JS handlers, and printing them as Node does.
#pragma once

#include <string>

#include "environment.h"
#include "v8.h"

namespace kiln {

// Asks process 'uncaughtException' listeners to handle `error`; if none does, prints it and
// exits the process with code 1 (7 if a handler itself threw), as Node does.
void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise = false);

// "file:line\nsource line\n    ^^^\n" for the position in `message`.
std::string FormatErrorArrow(v8::Isolate* isolate, v8::Local<v8::Message> message);

// Attaches the arrow of `message` to `error` (if an object without one), so that a later
// fatal report shows where it was thrown even after JS code rethrew it.
void DecorateErrorWithArrow(Environment* env, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message);

// Prints the fatal report of an uncaught exception to stderr.
void PrintUncaughtException(Environment* env, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message);

// Ends the process with `code` at once (JS has already emitted process 'exit'); never returns
// on the main thread. In a worker it ends only that worker: JS execution is terminated and its
// loop stopped, and the call returns so that the native caller unwinds.
void ExitProcess(Environment* env, int code);

}  // namespace kiln
