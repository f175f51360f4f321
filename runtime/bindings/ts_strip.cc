// internalBinding('ts_strip'): TypeScript and JSX to JavaScript for the module loaders, through
// ts-strip/ and its cache (internal/modules/typescript.js holds the policy).
#include <algorithm>

#include "binding.h"
#include "ts_strip/cache.h"
#include "ts_strip/ts_strip.h"

namespace kiln {
namespace {

constexpr int kFlagTransformTypes = 1;  // also implied by --transform-types on the command line
constexpr int kFlagVerbatimModuleSyntax = 2;
constexpr int kFlagJsxClassic = 4;

std::string Utf8Of(v8::Isolate* isolate, v8::Local<v8::String> string) {
  std::string out;
  out.resize(static_cast<size_t>(string->Utf8Length(isolate)));
  string->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return out;
}

bool TransformTypesFlag(Environment* env) {
  const std::vector<std::string>& flags = env->options().exec_argv;
  return std::find_if(flags.begin(), flags.end(), [](const std::string& flag) {
           return flag == "--transform-types" || flag == "--experimental-transform-types";
         }) != flags.end();
}

// strip(source, filename, format, flags, jsxImportSource, jsxFactory, jsxFragmentFactory)
//   format: 'module', 'commonjs', or anything else to detect it from the syntax.
// Returns the JavaScript; throws a SyntaxError (code ERR_INVALID_TYPESCRIPT_SYNTAX or
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX) that prints "file:line:col", the line and a caret.
void Strip(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = env->context();
  CHECK(args[0]->IsString() && args[1]->IsString());
  std::string source = Utf8Of(isolate, args[0].As<v8::String>());
  std::string filename = ToUtf8(isolate, args[1]);
  std::string format = args[2]->IsString() ? ToUtf8(isolate, args[2]) : std::string();
  int flags = args[3]->IsInt32() ? args[3].As<v8::Int32>()->Value() : 0;

  ts_strip::Options options;
  options.dialect = ts_strip::DialectForPath(filename);
  options.module = format == "module"     ? ts_strip::ModuleKind::kESModule
                   : format == "commonjs" ? ts_strip::ModuleKind::kCommonJS
                                          : ts_strip::ModuleKind::kDetect;
  options.transform_types = (flags & kFlagTransformTypes) != 0 || TransformTypesFlag(env);
  options.elide_unused_imports = (flags & kFlagVerbatimModuleSyntax) == 0;
  if (flags & kFlagJsxClassic) options.jsx.runtime = ts_strip::JsxRuntime::kClassic;
  if (args[4]->IsString()) options.jsx.import_source = ToUtf8(isolate, args[4]);
  if (args[5]->IsString()) options.jsx.factory = ToUtf8(isolate, args[5]);
  if (args[6]->IsString()) options.jsx.fragment_factory = ToUtf8(isolate, args[6]);

  ts_strip::Result result = ts_strip::Cache::Global().Strip(source, options);
  if (result.ok) {
    v8::Local<v8::String> code;
    if (!v8::String::NewFromUtf8(isolate, result.code.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(result.code.size()))
             .ToLocal(&code)) {
      return;  // too long: V8 has thrown
    }
    args.GetReturnValue().Set(code);
    return;
  }
  const ts_strip::Diagnostic& error = result.error;
  std::string message = error.message;
  if (!error.hint.empty()) message += "\nhint: " + error.hint;
  v8::Local<v8::Value> exception = v8::Exception::SyntaxError(ToV8(isolate, message));
  v8::Local<v8::Object> object = exception.As<v8::Object>();
  (void)object->Set(context, Symbolize(isolate, "code"), ToV8(isolate, error.code));
  std::string arrow = ts_strip::FormatDiagnosticArrow(filename, source, error);
  (void)object->SetPrivate(context, env->arrow_message_symbol(), ToV8(isolate, arrow));
  isolate->ThrowException(exception);
}

constexpr BindingMethod kMethods[] = {
    {"strip", Strip},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetInteger(env, target, "kFlagTransformTypes", kFlagTransformTypes);
  SetInteger(env, target, "kFlagVerbatimModuleSyntax", kFlagVerbatimModuleSyntax);
  SetInteger(env, target, "kFlagJsxClassic", kFlagJsxClassic);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(ts_strip, kiln::Initialize, kiln::kMethods)
