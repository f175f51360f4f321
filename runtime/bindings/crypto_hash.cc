// internalBinding('crypto_hash'): message digests (Hash), HMAC, one-shot hashing, the list of
// digest names and a constant-time comparison, on OpenSSL's EVP API. Input bytes are read in
// place from the caller's ArrayBufferView, so hashing a large Buffer copies nothing.
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/params.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "crypto_wrap.h"
#include "string_bytes.h"

namespace kiln::crypto {
namespace {

constexpr size_t kStackChunk = 16 * 1024;

// Feeds a JS string (as UTF-8) or the bytes of a view to `update`. Strings in other encodings
// are turned into Buffers by the JS side first.
template <typename Update>
bool UpdateWith(v8::Isolate* isolate, v8::Local<v8::Value> data, Update update) {
  if (!data->IsString()) {
    Bytes bytes = GetBytes(data);
    return update(bytes.data, bytes.length);
  }
  v8::Local<v8::String> text = data.As<v8::String>();
  int length = text->Utf8Length(isolate);
  if (static_cast<size_t>(length) <= kStackChunk) {
    char buffer[kStackChunk];
    text->WriteUtf8(isolate, buffer, length, nullptr,
                    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    return update(reinterpret_cast<const uint8_t*>(buffer), static_cast<size_t>(length));
  }
  std::string utf8(static_cast<size_t>(length), '\0');
  text->WriteUtf8(isolate, utf8.data(), length, nullptr,
                  v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return update(reinterpret_cast<const uint8_t*>(utf8.data()), utf8.size());
}

// Digest output: an ArrayBuffer (encoding 0), or a string made here for the encodings digests
// are mostly read in (1 hex, 2 base64, 3 base64url, 4 latin1), which saves a Buffer and a
// second pass in JS.
v8::Local<v8::Value> EncodeOutput(v8::Isolate* isolate, const std::vector<uint8_t>& bytes,
                                  v8::Local<v8::Value> encoding) {
  int id = encoding->IsInt32() ? encoding.As<v8::Int32>()->Value() : 0;
  if (id < 1 || id > 4) return NewArrayBuffer(isolate, bytes.data(), bytes.size());
  std::string text;
  if (id == 1) {
    text.resize(bytes.size() * 2);
    HexEncode(bytes.data(), bytes.size(), text.data());
  } else if (id == 2 || id == 3) {
    text.resize(Base64EncodedLength(bytes.size(), id == 3));
    Base64Encode(bytes.data(), bytes.size(), text.data(), id == 3);
  } else {
    return v8::String::NewFromOneByte(isolate, bytes.data(), v8::NewStringType::kNormal,
                                      static_cast<int>(bytes.size()))
        .ToLocalChecked();
  }
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text.data()),
                                    v8::NewStringType::kNormal, static_cast<int>(text.size()))
      .ToLocalChecked();
}

// ---- Hash ----

struct HashState : Wrapped {
  static constexpr char kType = 0;
  HashState() : Wrapped(&kType) {}
  ~HashState() override { EVP_MD_CTX_free(ctx); }
  EVP_MD_CTX* ctx = nullptr;
  size_t length = 0;  // output length (the XOF length for shake*)
  bool finished = false;
  std::vector<uint8_t> digest;  // kept: a stream's flush digests before the user does
};

bool IsXof(const EVP_MD* md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

// Checks an explicit output length: any length for an XOF, only the natural one otherwise
// (Node raises OpenSSL's "not XOF or invalid length" for that).
bool CheckOutputLength(v8::Isolate* isolate, const EVP_MD* md, v8::Local<v8::Value> value,
                       size_t* length) {
  *length = static_cast<size_t>(EVP_MD_get_size(md));
  if (!value->IsUint32()) return true;
  size_t wanted = value.As<v8::Uint32>()->Value();
  if (wanted != *length && !IsXof(md)) {
    ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
    ThrowOpenSSLError(isolate, 0, "Digest method not supported");
    return false;
  }
  *length = wanted;
  return true;
}

bool FinishDigest(EVP_MD_CTX* ctx, size_t length, std::vector<uint8_t>* out) {
  out->resize(length);
  const EVP_MD* md = EVP_MD_CTX_get0_md(ctx);
  if (IsXof(md)) {
    if (length == 0) return true;
    return EVP_DigestFinalXOF(ctx, out->data(), length) == 1;
  }
  unsigned int written = 0;
  return EVP_DigestFinal_ex(ctx, out->data(), &written) == 1;
}

// new Hash(algorithm | Hash handle to copy, outputLength | undefined).
void HashConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!Wrapped::BeginConstruct(args)) return;
  auto state = std::make_unique<HashState>();
  state->ctx = EVP_MD_CTX_new();
  if (auto* source = Wrapped::Get<HashState>(args[0])) {
    const EVP_MD* md = EVP_MD_CTX_get0_md(source->ctx);
    if (args[1]->IsUint32()) {
      if (!CheckOutputLength(isolate, md, args[1], &state->length)) return;
    } else {
      state->length = source->length;
    }
    if (EVP_MD_CTX_copy_ex(state->ctx, source->ctx) != 1) {
      return ThrowOpenSSLError(isolate, 0, "Digest method not supported");
    }
  } else {
    v8::String::Utf8Value name(isolate, args[0]);
    const EVP_MD* md = FindDigest(std::string_view(*name, name.length()));
    if (md == nullptr) {
      isolate->ThrowException(v8::Exception::Error(ToV8(isolate, "Digest method not supported")));
      return;
    }
    if (!CheckOutputLength(isolate, md, args[1], &state->length)) return;
    if (EVP_DigestInit_ex(state->ctx, md, nullptr) != 1) {
      return ThrowOpenSSLError(isolate, 0, "Digest method not supported");
    }
  }
  Wrapped::Attach(isolate, args.This(), std::move(state));
}

// hashUpdate(handle, string | view) -> false when OpenSSL fails.
void HashUpdate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* state = Wrapped::Unwrap<HashState>(args, 0);
  if (state == nullptr) return;
  bool ok = !state->finished &&
            UpdateWith(args.GetIsolate(), args[1], [state](const uint8_t* data, size_t length) {
              return EVP_DigestUpdate(state->ctx, data, length) == 1;
            });
  args.GetReturnValue().Set(ok);
}

// hashDigest(handle, encoding id) -> ArrayBuffer or string (the same bytes on later calls).
void HashDigest(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<HashState>(args, 0);
  if (state == nullptr) return;
  if (!state->finished) {
    if (!FinishDigest(state->ctx, state->length, &state->digest)) {
      return ThrowOpenSSLError(isolate, 0, "Digest failed");
    }
    state->finished = true;
  }
  args.GetReturnValue().Set(EncodeOutput(isolate, state->digest, args[1]));
}

// oneShotDigest(algorithm, data, outputLength | undefined, encoding id) -> ArrayBuffer or
// string, or undefined for an unknown algorithm.
void OneShotDigest(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::String::Utf8Value name(isolate, args[0]);
  const EVP_MD* md = FindDigest(std::string_view(*name, name.length()));
  if (md == nullptr) return;
  size_t length;
  if (!CheckOutputLength(isolate, md, args[2], &length)) return;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  std::vector<uint8_t> out;
  bool ok = EVP_DigestInit_ex(ctx, md, nullptr) == 1 &&
            UpdateWith(isolate, args[1],
                       [ctx](const uint8_t* data, size_t size) {
                         return EVP_DigestUpdate(ctx, data, size) == 1;
                       }) &&
            FinishDigest(ctx, length, &out);
  EVP_MD_CTX_free(ctx);
  if (!ok) return ThrowOpenSSLError(isolate, 0, "Digest failed");
  args.GetReturnValue().Set(EncodeOutput(isolate, out, args[3]));
}

// getHashes() -> every digest name and alias OpenSSL lists whose digest can be fetched (JS
// removes duplicates and sorts, as Node does).
void GetHashes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD*, const char* from, const char*, void* arg) {
        if (from == nullptr) return;
        const EVP_MD* md = EVP_get_digestbyname(from);
        const char* real_name = md != nullptr ? EVP_MD_get0_name(md) : nullptr;
        // Fetching needs the real name, not an alias.
        EVP_MD* fetched =
            real_name != nullptr ? EVP_MD_fetch(nullptr, real_name, nullptr) : nullptr;
        ERR_clear_error();
        if (fetched == nullptr) return;
        EVP_MD_free(fetched);
        static_cast<std::vector<std::string>*>(arg)->push_back(from);
      },
      &names);
  v8::Local<v8::Array> result = v8::Array::New(isolate, static_cast<int>(names.size()));
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  for (size_t i = 0; i < names.size(); i++) {
    result->Set(context, static_cast<uint32_t>(i), ToV8(isolate, names[i])).Check();
  }
  args.GetReturnValue().Set(result);
}

// ---- Hmac ----

// A keyless HMAC context per digest, set up once: a new Hmac duplicates it, which skips the
// provider lookup that setting the digest by name costs on every EVP_MAC_init.
EVP_MAC_CTX* HmacTemplate(const EVP_MD* md) {
  static std::mutex mutex;
  static std::unordered_map<const EVP_MD*, EVP_MAC_CTX*> templates;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = templates.find(md);
  if (it != templates.end()) return it->second;
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (mac == nullptr) return nullptr;
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(
                             OSSL_MAC_PARAM_DIGEST, const_cast<char*>(EVP_MD_get0_name(md)), 0),
                         OSSL_PARAM_construct_end()};
  if (ctx == nullptr || EVP_MAC_CTX_set_params(ctx, params) != 1) {
    EVP_MAC_CTX_free(ctx);
    return nullptr;
  }
  templates.emplace(md, ctx);
  return ctx;
}

struct HmacState : Wrapped {
  static constexpr char kType = 0;
  HmacState() : Wrapped(&kType) {}
  ~HmacState() override { EVP_MAC_CTX_free(ctx); }
  EVP_MAC_CTX* ctx = nullptr;
  bool finished = false;
  std::vector<uint8_t> digest;
};

// new Hmac(algorithm, key view).
void HmacConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!Wrapped::BeginConstruct(args)) return;
  v8::String::Utf8Value name(isolate, args[0]);
  const EVP_MD* md = FindDigest(std::string_view(*name, name.length()));
  if (md == nullptr) {
    std::string message = std::string("Invalid digest: ") + *name;
    isolate->ThrowException(
        CodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", message.c_str()));
    return;
  }
  if (IsXof(md)) {
    // Node's HMAC_Init_ex fails here with nothing on OpenSSL's error queue.
    isolate->ThrowException(OpenSSLError(isolate, 0, "error:00000000:lib(0)::reason(0)"));
    return;
  }
  Bytes key = GetBytes(args[1]);
  auto state = std::make_unique<HmacState>();
  EVP_MAC_CTX* base = HmacTemplate(md);
  state->ctx = base != nullptr ? EVP_MAC_CTX_dup(base) : nullptr;
  if (state->ctx == nullptr || EVP_MAC_init(state->ctx, key.data, key.length, nullptr) != 1) {
    return ThrowOpenSSLError(isolate, 0, "Failed to initialize HMAC");
  }
  Wrapped::Attach(isolate, args.This(), std::move(state));
}

void HmacUpdate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* state = Wrapped::Unwrap<HmacState>(args, 0);
  if (state == nullptr) return;
  bool ok = !state->finished &&
            UpdateWith(args.GetIsolate(), args[1], [state](const uint8_t* data, size_t length) {
              return EVP_MAC_update(state->ctx, data, length) == 1;
            });
  args.GetReturnValue().Set(ok);
}

void HmacDigest(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<HmacState>(args, 0);
  if (state == nullptr) return;
  if (!state->finished) {
    state->digest.resize(EVP_MAC_CTX_get_mac_size(state->ctx));
    size_t written = 0;
    if (EVP_MAC_final(state->ctx, state->digest.data(), &written, state->digest.size()) != 1) {
      return ThrowOpenSSLError(isolate, 0, "HMAC failed");
    }
    state->digest.resize(written);
    state->finished = true;
  }
  args.GetReturnValue().Set(EncodeOutput(isolate, state->digest, args[1]));
}

// timingSafeEqual(a, b) -> bool; JS has checked both lengths are equal.
void TimingSafeEqual(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes a = GetBytes(args[0]);
  Bytes b = GetBytes(args[1]);
  CHECK(a.length == b.length);
  args.GetReturnValue().Set(CRYPTO_memcmp(a.data, b.data, a.length) == 0);
}

constexpr BindingMethod kMethods[] = {
    {"hashUpdate", HashUpdate},           {"hashDigest", HashDigest},
    {"oneShotDigest", OneShotDigest},     {"getHashes", GetHashes},
    {"hmacUpdate", HmacUpdate},           {"hmacDigest", HmacDigest},
    {"timingSafeEqual", TimingSafeEqual},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetValue(env, target, "Hash", Wrapped::NewClass(env, "Hash", HashConstruct));
  SetValue(env, target, "Hmac", Wrapped::NewClass(env, "Hmac", HmacConstruct));
  // crypto.constants.OPENSSL_VERSION_NUMBER: the library actually loaded.
  SetInteger(env, target, "opensslVersionNumber", static_cast<int64_t>(OpenSSL_version_num()));
}

}  // namespace
}  // namespace kiln::crypto

KILN_REGISTER_BINDING(crypto_hash, kiln::crypto::Initialize, kiln::crypto::kMethods)
