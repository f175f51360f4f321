// internalBinding('regexp'): regular expressions with the `v` flag on V8 10.2, which has only
// `u`. The translator is loader/include/loader/regexp_v.h; RegExp's wrapper that calls it is in
// internal/bootstrap/polyfills.js, the literal rewrite in the module loaders.
#include <string>

#include "binding.h"
#include "loader/regexp_v.h"
#include "regexp_literals.h"

namespace kiln {
namespace {

// translateUnicodeSets(pattern, ignoreCase) -> the `u` pattern, or [problem] when `pattern` is
// not a valid `v` pattern.
void TranslateUnicodeSets(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  CHECK(args[0]->IsString());
  v8::String::Value pattern(isolate, args[0]);
  std::u16string translated;
  std::string problem;
  std::u16string_view text(reinterpret_cast<const char16_t*>(*pattern),
                           static_cast<size_t>(pattern.length()));
  if (!loader::TranslateUnicodeSets16(text, args[1]->IsTrue(), &translated, &problem)) {
    v8::Local<v8::Value> item = ToV8(isolate, problem);
    args.GetReturnValue().Set(v8::Array::New(isolate, &item, 1));
    return;
  }
  v8::Local<v8::String> result;
  if (v8::String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(translated.data()),
                                 v8::NewStringType::kNormal, static_cast<int>(translated.size()))
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// rewriteUnicodeSets(source, filename) -> the source with its `v` regex literals written as
// `u` literals, or undefined when it has none; throws the SyntaxError of an invalid one.
void RewriteUnicodeSets(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  CHECK(args[0]->IsString());
  std::string source = ToUtf8(isolate, args[0]);
  std::string filename = ToUtf8(isolate, args[1]);
  bool changed;
  if (!RewriteUnicodeSetsLiterals(env, filename, &source, &changed) || !changed) return;
  args.GetReturnValue().Set(ToV8(isolate, source));
}

constexpr BindingMethod kMethods[] = {
    {"translateUnicodeSets", TranslateUnicodeSets},
    {"rewriteUnicodeSets", RewriteUnicodeSets},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(regexp, kiln::Initialize, kiln::kMethods)
