// internalBinding('url'): the URL Standard parser of runtime/src/url.cc for the JS URL class.
// A parse or an update returns the serialized href and writes the offsets of its components
// into a Uint32Array the caller passes (see internal/url.js), so that the getters only slice.
#include "binding.h"
#include "idna.h"
#include "url.h"

namespace kiln {
namespace {

// Offsets written into the components array, in this order.
enum ComponentIndex {
  kProtocolEnd,
  kUsernameEnd,
  kHostStart,
  kHostEnd,
  kPort,
  kPathnameStart,
  kSearchStart,
  kHashStart,
  kHasHost,
  kComponentCount,
};

// The setters of update(), numbered as internal/url.js names them.
enum UpdateAction {
  kHref,
  kProtocol,
  kUsername,
  kPassword,
  kHost,
  kHostname,
  kPort_,
  kPathname,
  kSearch,
  kHash,
};

// A JS string as UTF-8, lone surrogates replaced by U+FFFD (the USVString conversion).
std::string ToUsv(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::Local<v8::String> string;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) return {};
  std::string out;
  out.resize(static_cast<size_t>(string->Utf8Length(isolate)));
  string->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return out;
}

v8::Local<v8::String> AsciiString(v8::Isolate* isolate, const std::string& text) {
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(text.size()))
      .ToLocalChecked();
}

// Serializes `url`, fills args[index] (a Uint32Array) and returns the href.
void ReturnHref(const v8::FunctionCallbackInfo<v8::Value>& args, int index, const url::Url& url) {
  url::Components c;
  std::string href = url::Serialize(url, false, &c);
  if (args[index]->IsUint32Array()) {
    v8::Local<v8::Uint32Array> array = args[index].As<v8::Uint32Array>();
    CHECK(array->Length() >= kComponentCount);
    uint32_t* out = reinterpret_cast<uint32_t*>(static_cast<char*>(array->Buffer()->Data()) +
                                                array->ByteOffset());
    out[kProtocolEnd] = c.protocol_end;
    out[kUsernameEnd] = c.username_end;
    out[kHostStart] = c.host_start;
    out[kHostEnd] = c.host_end;
    out[kPort] = c.port < 0 ? 0xffffffff : static_cast<uint32_t>(c.port);
    out[kPathnameStart] = c.pathname_start;
    out[kSearchStart] = c.search_start;
    out[kHashStart] = c.hash_start;
    out[kHasHost] = c.has_host ? 1 : 0;
  }
  args.GetReturnValue().Set(AsciiString(args.GetIsolate(), href));
}

// Parses args[index] (a string or undefined) as a base URL.
bool ParseBase(const v8::FunctionCallbackInfo<v8::Value>& args, int index,
               std::optional<url::Url>* base) {
  if (args[index]->IsUndefined()) return true;
  *base = url::Parse(ToUsv(args.GetIsolate(), args[index]));
  return base->has_value();
}

// parse(input, base, components) -> href, or undefined on failure.
void Parse(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::optional<url::Url> base;
  if (!ParseBase(args, 1, &base)) return;
  std::optional<url::Url> result =
      url::Parse(ToUsv(isolate, args[0]), base.has_value() ? &*base : nullptr);
  if (!result) return;
  ReturnHref(args, 2, *result);
}

// canParse(input, base) -> boolean
void CanParse(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::optional<url::Url> base;
  if (!ParseBase(args, 1, &base)) return args.GetReturnValue().Set(false);
  bool ok = url::Parse(ToUsv(args.GetIsolate(), args[0]), base.has_value() ? &*base : nullptr)
                .has_value();
  args.GetReturnValue().Set(ok);
}

// update(href, action, value, components) -> the new href, or false when the setter failed
// (only href can fail visibly; the other setters leave the URL as the spec says).
void Update(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::optional<url::Url> parsed = url::Parse(ToUsv(isolate, args[0]));
  CHECK(parsed.has_value());
  url::Url& url = *parsed;
  int action = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  std::string value = ToUsv(isolate, args[2]);
  switch (action) {
    case kHref: {
      std::optional<url::Url> next = url::Parse(value);
      if (!next) return args.GetReturnValue().Set(false);
      url = std::move(*next);
      break;
    }
    case kProtocol:
      url::BasicParse(value + ":", nullptr, &url, url::State::kSchemeStart);
      break;
    case kUsername:
    case kPassword:
      if (!url.CannotHaveUsernamePasswordPort()) {
        std::string& field = action == kUsername ? url.username : url.password;
        field.clear();
        url::PercentEncode(value, url::EncodeSet::kUserinfo, &field);
      }
      break;
    case kHost:
    case kHostname:
      if (!url.has_opaque_path) {
        url::BasicParse(value, nullptr, &url,
                        action == kHost ? url::State::kHost : url::State::kHostname);
      }
      break;
    case kPort_:
      if (!url.CannotHaveUsernamePasswordPort()) {
        if (value.empty()) {
          url.port.reset();
        } else {
          url::BasicParse(value, nullptr, &url, url::State::kPort);
        }
      }
      break;
    case kPathname:
      if (!url.has_opaque_path) {
        url.path.clear();
        url::BasicParse(value, nullptr, &url, url::State::kPathStart);
      }
      break;
    case kSearch:
      if (value.empty()) {
        url.query.reset();
      } else {
        if (value[0] == '?') value.erase(0, 1);
        url.query = "";
        url::BasicParse(value, nullptr, &url, url::State::kQuery);
      }
      break;
    case kHash:
      if (value.empty()) {
        url.fragment.reset();
      } else {
        if (value[0] == '#') value.erase(0, 1);
        url.fragment = "";
        url::BasicParse(value, nullptr, &url, url::State::kFragment);
      }
      break;
    default:
      CHECK(false);
  }
  ReturnHref(args, 3, url);
}

// origin(href) -> the serialized origin ("null" for opaque ones).
void Origin(const v8::FunctionCallbackInfo<v8::Value>& args) {
  std::optional<url::Url> parsed = url::Parse(ToUsv(args.GetIsolate(), args[0]));
  if (!parsed) return;
  args.GetReturnValue().Set(AsciiString(args.GetIsolate(), url::SerializeOrigin(*parsed)));
}

// domainToASCII(domain) / domainToUnicode(domain) -> string, '' on failure (as in Node).
void DomainToAscii(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToUsv(isolate, args[0]);
  if (input.empty()) return args.GetReturnValue().SetEmptyString();
  // Node parses "ws://<domain>" and returns its hostname: the full host parser, IPv4 included.
  std::optional<std::string> host = url::ParseHost(input, false);
  if (!host) return args.GetReturnValue().SetEmptyString();
  args.GetReturnValue().Set(ToV8(isolate, *host));
}

void DomainToUnicode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToUsv(isolate, args[0]);
  if (input.empty()) return args.GetReturnValue().SetEmptyString();
  std::optional<std::string> host = url::ParseHost(input, false);
  if (!host) return args.GetReturnValue().SetEmptyString();
  std::optional<std::string> unicode = url::DomainToUnicode(*host);
  args.GetReturnValue().Set(ToV8(isolate, unicode.value_or(*host)));
}

// toASCII(domain) -> UTS #46 ToASCII of any domain ('' on failure): the legacy url.parse().
void ToAscii(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::optional<std::string> ascii = idna::ToAscii(ToUsv(isolate, args[0]));
  args.GetReturnValue().Set(ToV8(isolate, ascii.value_or("")));
}

// toUnicodeHost(hostname) -> the Unicode form of an already parsed host (url.format unicode).
void ToUnicodeHost(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToUsv(isolate, args[0]);
  std::optional<std::string> unicode = url::DomainToUnicode(input);
  args.GetReturnValue().Set(ToV8(isolate, unicode.value_or(input)));
}

// percentEncode(string, set, spaceAsPlus) -> string: the percent-encode sets of the URL
// Standard, numbered as url::EncodeSet (URLSearchParams serializes with the last one).
void PercentEncode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToUsv(isolate, args[0]);
  int set = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  CHECK(set >= 0 && set <= static_cast<int>(url::EncodeSet::kFormUrlencoded));
  std::string out;
  out.reserve(input.size());
  url::PercentEncode(input, static_cast<url::EncodeSet>(set), &out, args[2]->IsTrue());
  args.GetReturnValue().Set(AsciiString(isolate, out));
}

constexpr BindingMethod kMethods[] = {
    {"parse", Parse},
    {"canParse", CanParse},
    {"update", Update},
    {"origin", Origin},
    {"domainToASCII", DomainToAscii},
    {"domainToUnicode", DomainToUnicode},
    {"toASCII", ToAscii},
    {"toUnicodeHost", ToUnicodeHost},
    {"percentEncode", PercentEncode},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(url, kiln::Initialize, kiln::kMethods)
