// internalBinding('http_parser'): HTTPParser, llhttp behind the JS shape node:http expects.
// The parser collects a message's start line and headers natively and hands them to JS in one
// call (kOnHeadersComplete); body bytes are reported as offsets into the buffer being executed.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "binding.h"
#include "http_message_parser.h"

namespace kiln {
namespace {

// Indices of the JS callbacks, stored as indexed properties of the parser object.
enum Callback : uint32_t {
  kOnMessageBegin = 0,
  kOnHeaders = 1,
  kOnHeadersComplete = 2,
  kOnBody = 3,
  kOnMessageComplete = 4,
  kOnExecute = 5,
  kOnTimeout = 6,
};

// The JS object of an HTTPParser: an HttpMessageParser whose events become JS calls.
class Parser : public HttpMessageParser::Delegate {
 public:
  Parser(Environment* env, v8::Local<v8::Object> object)
      : env_(env), object_(env->isolate(), object), parser_(this) {
    object->SetAlignedPointerInInternalField(0, this);
    object_.SetWeak(this, OnCollected, v8::WeakCallbackType::kParameter);
  }

  static Parser* Unwrap(v8::Local<v8::Object> object) {
    if (object->InternalFieldCount() < 1) return nullptr;
    return static_cast<Parser*>(object->GetAlignedPointerFromInternalField(0));
  }

  HttpMessageParser& parser() { return parser_; }

  // Runs the parser over `data` (null: end of input); returns the bytes consumed (undefined
  // after the end of input) or an Error, or throws what a JS callback threw.
  v8::Local<v8::Value> Execute(v8::Local<v8::Object> view, const char* data, size_t length) {
    v8::Isolate* isolate = env_->isolate();
    v8::EscapableHandleScope scope(isolate);
    current_view_ = view;
    HttpMessageParser::Result result = parser_.Execute(data, length);
    current_view_.Clear();
    if (!pending_exception_.IsEmpty()) {
      isolate->ThrowException(pending_exception_.Get(isolate));
      pending_exception_.Reset();
      return scope.Escape(v8::Undefined(isolate).As<v8::Value>());
    }
    if (result.ok) {
      if (data == nullptr) return scope.Escape(v8::Undefined(isolate).As<v8::Value>());
      return scope.Escape(v8::Number::New(isolate, static_cast<double>(result.nread)));
    }
    // Node's shape: "Parse Error: <reason>" with code, reason and bytesParsed.
    v8::Local<v8::Context> context = env_->context();
    v8::Local<v8::Object> error =
        v8::Exception::Error(ToV8(isolate, "Parse Error: " + result.reason)).As<v8::Object>();
    error
        ->Set(context, Symbolize(isolate, "bytesParsed"),
              v8::Number::New(isolate, static_cast<double>(result.nread)))
        .FromMaybe(false);
    error->Set(context, Symbolize(isolate, "code"), ToV8(isolate, result.code)).FromMaybe(false);
    error->Set(context, Symbolize(isolate, "reason"), ToV8(isolate, result.reason))
        .FromMaybe(false);
    return scope.Escape(error.As<v8::Value>());
  }

  int OnHeadersComplete(HttpMessageHead& head) override {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> undefined = v8::Undefined(isolate);
    v8::Local<v8::Value> argv[9] = {
        v8::Integer::New(isolate, head.http_major),
        v8::Integer::New(isolate, head.http_minor),
        HeadersArray(head.fields, head.values),
        undefined,
        undefined,
        undefined,
        undefined,
        v8::Boolean::New(isolate, head.upgrade),
        v8::Boolean::New(isolate, head.keep_alive),
    };
    if (head.method >= 0) {
      argv[3] = v8::Integer::New(isolate, head.method);
      argv[4] = OneByte(head.url);
    } else {
      argv[5] = v8::Integer::New(isolate, head.status_code);
      argv[6] = OneByte(head.status_message);
    }
    v8::Local<v8::Value> result;
    if (!Call(kOnHeadersComplete, 9, argv, &result)) return -1;
    if (result.IsEmpty()) return 0;
    if (result->IsNumber()) {
      int value = result->Int32Value(env_->context()).FromMaybe(0);
      return value >= 0 && value <= 2 ? value : 0;
    }
    return result->IsTrue() ? 1 : 0;
  }

  int OnBody(size_t offset, size_t length) override {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[3] = {
        current_view_,
        v8::Number::New(isolate, static_cast<double>(offset)),
        v8::Number::New(isolate, static_cast<double>(length)),
    };
    return Call(kOnBody, 3, argv, nullptr) ? 0 : -1;
  }

  int OnTrailers(std::vector<std::string>& fields, std::vector<std::string>& values) override {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[2] = {HeadersArray(fields, values), v8::String::Empty(isolate)};
    return Call(kOnHeaders, 2, argv, nullptr) ? 0 : -1;
  }

  int OnMessageComplete() override {
    v8::HandleScope scope(env_->isolate());
    return Call(kOnMessageComplete, 0, nullptr, nullptr) ? 0 : -1;
  }

 private:
  static void OnCollected(const v8::WeakCallbackInfo<Parser>& info) { delete info.GetParameter(); }

  v8::Local<v8::Function> GetCallback(Callback index) {
    v8::Local<v8::Value> value;
    if (!object_.Get(env_->isolate())->Get(env_->context(), index).ToLocal(&value) ||
        !value->IsFunction()) {
      return {};
    }
    return value.As<v8::Function>();
  }

  // Calls a JS callback; an exception stops parsing and is rethrown by Execute.
  bool Call(Callback index, int argc, v8::Local<v8::Value>* argv, v8::Local<v8::Value>* result) {
    v8::Local<v8::Function> function = GetCallback(index);
    if (function.IsEmpty()) return true;
    v8::Isolate* isolate = env_->isolate();
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Value> value;
    if (!function->Call(env_->context(), object_.Get(isolate), argc, argv).ToLocal(&value)) {
      if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
        pending_exception_.Reset(isolate, try_catch.Exception());
      } else {
        try_catch.ReThrow();
      }
      return false;
    }
    if (result != nullptr) *result = value;
    return true;
  }

  // Header bytes are latin1, as Node decodes them.
  v8::Local<v8::String> OneByte(const std::string& text) {
    return v8::String::NewFromOneByte(env_->isolate(),
                                      reinterpret_cast<const uint8_t*>(text.data()),
                                      v8::NewStringType::kNormal, static_cast<int>(text.size()))
        .ToLocalChecked();
  }

  v8::Local<v8::Array> HeadersArray(const std::vector<std::string>& fields,
                                    const std::vector<std::string>& values) {
    size_t count = std::min(fields.size(), values.size());
    std::vector<v8::Local<v8::Value>> items;
    items.reserve(count * 2);
    for (size_t i = 0; i < count; i++) {
      items.push_back(OneByte(fields[i]));
      items.push_back(OneByte(values[i]));
    }
    return v8::Array::New(env_->isolate(), items.data(), items.size());
  }

  Environment* env_;
  v8::Global<v8::Object> object_;
  HttpMessageParser parser_;
  v8::Local<v8::Object> current_view_;
  v8::Global<v8::Value> pending_exception_;
};

Parser* UnwrapParser(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return Parser::Unwrap(args.This());
}

void New(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!IsConstructCallOrThrow(args, "HTTPParser")) return;
  new Parser(Environment::From(isolate), args.This());
}

// parser.initialize(type, resource, maxHeaderSize, lenientFlags)
void Initialize(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Parser* parser = UnwrapParser(args);
  if (parser == nullptr) return;
  v8::Local<v8::Context> context = args.GetIsolate()->GetCurrentContext();
  int type = args[0]->Int32Value(context).FromMaybe(HTTP_REQUEST);
  if (type != HTTP_REQUEST && type != HTTP_RESPONSE) type = HTTP_REQUEST;
  double max = args[2]->IsNumber() ? args[2].As<v8::Number>()->Value() : 0;
  size_t max_header_size = max > 0 && max < 1e15 ? static_cast<size_t>(max) : 0;
  int lenient = args[3]->Int32Value(context).FromMaybe(0);
  parser->parser().Init(static_cast<llhttp_type_t>(type), max_header_size, lenient);
}

// parser.execute(bufferView) -> bytes parsed | Error
void Execute(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Parser* parser = UnwrapParser(args);
  v8::Isolate* isolate = args.GetIsolate();
  if (parser == nullptr || !args[0]->IsArrayBufferView()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
    return;
  }
  v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
  size_t length = view->ByteLength();
  const char* data =
      length == 0 ? "" : static_cast<const char*>(view->Buffer()->Data()) + view->ByteOffset();
  args.GetReturnValue().Set(parser->Execute(view, data, length));
}

// parser.finish() -> undefined | Error (the end of input, for messages that end at EOF)
void Finish(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Parser* parser = UnwrapParser(args);
  if (parser == nullptr) return;
  args.GetReturnValue().Set(parser->Execute(args.This(), nullptr, 0));
}

void Pause(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (Parser* parser = UnwrapParser(args)) parser->parser().Pause();
}

void Resume(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (Parser* parser = UnwrapParser(args)) parser->parser().Resume();
}

void Noop(const v8::FunctionCallbackInfo<v8::Value>&) {}

void InitializeBinding(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(Symbolize(isolate, "HTTPParser"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  SetProtoMethod(isolate, tmpl, "initialize", Initialize);
  SetProtoMethod(isolate, tmpl, "execute", Execute);
  SetProtoMethod(isolate, tmpl, "finish", Finish);
  SetProtoMethod(isolate, tmpl, "pause", Pause);
  SetProtoMethod(isolate, tmpl, "resume", Resume);
  // Node's parser can also own the socket's reads (consume) and be freed early; here the JS
  // side always feeds it and the object is freed when collected.
  for (const char* name : {"close", "free", "remove", "consume", "unconsume"}) {
    SetProtoMethod(isolate, tmpl, name, Noop);
  }
  v8::Local<v8::Function> constructor = tmpl->GetFunction(context).ToLocalChecked();
  auto set_constant = [&](const char* name, int value) {
    constructor->Set(context, Symbolize(isolate, name), v8::Integer::New(isolate, value))
        .FromMaybe(false);
  };
  set_constant("REQUEST", HTTP_REQUEST);
  set_constant("RESPONSE", HTTP_RESPONSE);
  set_constant("kOnMessageBegin", kOnMessageBegin);
  set_constant("kOnHeaders", kOnHeaders);
  set_constant("kOnHeadersComplete", kOnHeadersComplete);
  set_constant("kOnBody", kOnBody);
  set_constant("kOnMessageComplete", kOnMessageComplete);
  set_constant("kOnExecute", kOnExecute);
  set_constant("kOnTimeout", kOnTimeout);
  set_constant("kLenientNone", HttpMessageParser::kLenientNone);
  set_constant("kLenientHeaders", HttpMessageParser::kLenientHeaders);
  set_constant("kLenientChunkedLength", HttpMessageParser::kLenientChunkedLength);
  set_constant("kLenientKeepAlive", HttpMessageParser::kLenientKeepAlive);
  set_constant("kLenientTransferEncoding", HttpMessageParser::kLenientTransferEncoding);
  set_constant("kLenientAll", HttpMessageParser::kLenientAll);
  SetValue(env, target, "HTTPParser", constructor);

  // The request methods llhttp knows, by their numbers (sparse), and Node's sorted list.
  v8::Local<v8::Array> all = v8::Array::New(isolate);
  std::vector<std::string> names;
#define KILN_HTTP_METHOD(num, name, string)                             \
  all->Set(context, num, Symbolize(isolate, #string)).FromMaybe(false); \
  names.emplace_back(#string);
  HTTP_METHOD_MAP(KILN_HTTP_METHOD)
#undef KILN_HTTP_METHOD
  std::sort(names.begin(), names.end());
  v8::Local<v8::Array> methods = v8::Array::New(isolate, static_cast<int>(names.size()));
  for (size_t i = 0; i < names.size(); i++) {
    methods->Set(context, static_cast<uint32_t>(i), Symbolize(isolate, names[i])).FromMaybe(false);
  }
  SetValue(env, target, "allMethods", all);
  SetValue(env, target, "methods", methods);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(http_parser, kiln::InitializeBinding, kiln::kNoBindingMethods)
