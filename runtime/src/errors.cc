#include "errors.h"

#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>

#include "compile_cache.h"
#include "kiln/runtime.h"
#include "util.h"

namespace kiln {
namespace {

void WriteAll(int fd, const std::string& text) {
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return;
    }
    written += static_cast<size_t>(n);
  }
}

std::string FormatFatalBody(Environment* env, v8::Local<v8::Value> error) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Function> formatter = env->fatal_formatter.Get(isolate);
  if (!formatter.IsEmpty()) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> result;
    if (formatter->Call(env->context(), v8::Undefined(isolate), 1, &error).ToLocal(&result) &&
        result->IsString()) {
      return ToUtf8(isolate, result);
    }
  }
  // The formatter is missing (an error during bootstrap) or failed: fall back to the stack.
  if (error->IsObject()) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> stack;
    if (error.As<v8::Object>()
            ->Get(env->context(), Symbolize(isolate, "stack"))
            .ToLocal(&stack) &&
        stack->IsString()) {
      return ToUtf8(isolate, stack);
    }
  }
  v8::TryCatch try_catch(isolate);
  return ToUtf8(isolate, error);
}

}  // namespace

std::string FormatErrorArrow(v8::Isolate* isolate, v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return {};
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string filename = ToUtf8(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  v8::Local<v8::String> source_line_value;
  if (!message->GetSourceLine(context).ToLocal(&source_line_value)) return {};
  std::string source_line = ToUtf8(isolate, source_line_value);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  // Columns on a script's first line include its column offset (node:vm's columnOffset).
  v8::ScriptOrigin origin = message->GetScriptOrigin();
  if (line - origin.LineOffset() == 1 && start >= origin.ColumnOffset()) {
    start -= origin.ColumnOffset();
    end -= origin.ColumnOffset();
  }
  std::string text = filename + ":" + std::to_string(line) + "\n" + source_line + "\n";
  // Columns count UTF-16 units; for the underline, walk the line as V8 counted it.
  v8::String::Value utf16(isolate, source_line_value);
  for (int i = 0; i < start && i < utf16.length(); i++) text += ((*utf16)[i] == '\t') ? '\t' : ' ';
  // An empty range (the end of the input) gets no caret, as in Node.
  for (int i = start; i < end; i++) text += '^';
  text += '\n';
  return text;
}

// The arrow of an error, through the program's source map when maps are on
// (--enable-source-maps): the original file, line and column, as Node prints them.
std::string ErrorArrow(Environment* env, v8::Local<v8::Message> message) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Function> map_arrow = env->map_error_arrow.Get(isolate);
  if (!map_arrow.IsEmpty() && !message.IsEmpty()) {
    v8::Local<v8::Context> context = env->context();
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> argv[] = {
        message->GetScriptResourceName(),
        v8::Integer::New(isolate, message->GetLineNumber(context).FromMaybe(0)),
        v8::Integer::New(isolate, message->GetStartColumn(context).FromMaybe(0))};
    v8::Local<v8::Value> mapped;
    if (map_arrow->Call(context, v8::Undefined(isolate), 3, argv).ToLocal(&mapped) &&
        mapped->IsString()) {
      return ToUtf8(isolate, mapped);
    }
  }
  return FormatErrorArrow(isolate, message);
}

void DecorateErrorWithArrow(Environment* env, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message) {
  if (!error->IsObject() || message.IsEmpty()) return;
  v8::Local<v8::Object> object = error.As<v8::Object>();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Private> key = env->arrow_message_symbol();
  if (object->HasPrivate(context, key).FromMaybe(true)) return;
  std::string arrow = ErrorArrow(env, message);
  if (arrow.empty()) return;
  (void)object->SetPrivate(context, key, ToV8(env->isolate(), arrow));
}

void PrintUncaughtException(Environment* env, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message) {
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  std::string arrow;
  bool stored_arrow = false;
  if (error->IsObject()) {
    v8::Local<v8::Value> stored;
    if (error.As<v8::Object>()
            ->GetPrivate(env->context(), env->arrow_message_symbol())
            .ToLocal(&stored) &&
        stored->IsString()) {
      arrow = ToUtf8(isolate, stored);
      // An empty arrow: node:vm already put it into the error's stack (displayErrors).
      stored_arrow = true;
    }
  }
  if (!stored_arrow) arrow = ErrorArrow(env, message);
  std::string body = FormatFatalBody(env, error);
  // Node separates the arrow from an Error's stack with a blank line; anything else thrown is
  // printed right under the arrow, with a blank line before it.
  std::string report;
  if (error->IsNativeError()) {
    report = arrow + (arrow.empty() ? "" : "\n") + body + "\n";
  } else {
    report = "\n" + arrow + body + "\n";
  }
  report += std::string("\nKiln v") + Version() + "\n";
  WriteAll(STDERR_FILENO, report);
}

void TriggerUncaughtException(Environment* env, v8::Local<v8::Value> error,
                              v8::Local<v8::Message> message, bool from_promise) {
  if (env->stopping()) return;
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  if (message.IsEmpty()) message = v8::Exception::CreateMessage(isolate, error);
  DecorateErrorWithArrow(env, error, message);

  v8::Local<v8::Function> handler = env->uncaught_handler.Get(isolate);
  if (!handler.IsEmpty()) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> args[] = {error, v8::Boolean::New(isolate, from_promise)};
    v8::Local<v8::Value> handled;
    if (!handler->Call(env->context(), env->process_object(), 2, args).ToLocal(&handled)) {
      // An 'uncaughtException' listener threw: Node reports that error and exits with 7.
      if (try_catch.HasTerminated()) return;
      PrintUncaughtException(env, try_catch.Exception(), try_catch.Message());
      ExitProcess(env, 7);
    }
    if (handled->IsTrue()) return;
  }
  if (!env->is_main_thread()) {
    // Node hands a worker's uncaught error to the parent's Worker 'error' event instead of
    // printing it.
    v8::Local<v8::Function> report = env->worker_error_handler.Get(isolate);
    if (!report.IsEmpty()) {
      v8::TryCatch try_catch(isolate);
      v8::MaybeLocal<v8::Value> reported =
          report->Call(env->context(), env->process_object(), 1, &error);
      (void)reported;
    } else {
      PrintUncaughtException(env, error, message);
    }
    ExitProcess(env, 1);
    return;
  }
  PrintUncaughtException(env, error, message);
  int code = 1;
  v8::Local<v8::Value> exit_code;
  if (env->process_object()
          ->Get(env->context(), Symbolize(isolate, "exitCode"))
          .ToLocal(&exit_code) &&
      exit_code->IsInt32() && exit_code.As<v8::Int32>()->Value() != 0) {
    code = exit_code.As<v8::Int32>()->Value();
  }
  ExitProcess(env, code);
}

void ExitProcess(Environment* env, int code) {
  if (!env->is_main_thread()) {
    if (!env->stopping()) env->exit_code = code;
    env->set_stopping();
    env->isolate()->TerminateExecution();
    uv_stop(env->loop());
    return;
  }
  env->set_stopping();
  FlushCompileCache(env);
  std::fflush(stdout);
  std::fflush(stderr);
  // Skips static destructors and V8's teardown, which would only cost time at exit.
  _exit(code);
}

}  // namespace kiln
