// internalBinding('crypto_cipher'): symmetric encryption and decryption (Node's CipherBase) on
// EVP_CIPHER_CTX, including the AEAD modes (GCM, CCM, OCB, ChaCha20-Poly1305) with their
// authentication tags, plus the cipher list and getCipherInfo. Error objects and their
// messages are Node's.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "crypto_wrap.h"

namespace kiln::crypto {
namespace {

constexpr unsigned kNoAuthTagLength = static_cast<unsigned>(-1);

bool IsAuthenticatedMode(const EVP_CIPHER* cipher) {
  int mode = EVP_CIPHER_get_mode(cipher);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305;
}

// NIST SP 800-38D, page 9.
bool IsValidGcmTagLength(unsigned length) {
  return length == 4 || length == 8 || (length >= 12 && length <= 16);
}

void Throw(v8::Isolate* isolate, const char* type, const char* code, const std::string& message) {
  isolate->ThrowException(CodedError(isolate, type, code, message.c_str()));
}

// Throws OpenSSL's first queued error, or a plain Error(fallback) when the queue is empty.
void ThrowCryptoError(v8::Isolate* isolate, const char* fallback) {
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  isolate->ThrowException(OpenSSLError(isolate, err, fallback));
}

struct CipherState : Wrapped {
  static constexpr char kType = 0;
  CipherState() : Wrapped(&kType) {}
  ~CipherState() override { EVP_CIPHER_CTX_free(ctx); }
  EVP_CIPHER_CTX* ctx = nullptr;  // null once final() ran
  bool encrypt = true;
  bool authenticated = false;
  int mode = 0;
  unsigned auth_tag_length = kNoAuthTagLength;
  enum { kTagUnknown, kTagKnown, kTagPassed } tag_state = kTagUnknown;
  uint8_t auth_tag[EVP_GCM_TLS_TAG_LEN] = {};
  uint64_t max_message_size = INT_MAX;
  bool pending_auth_failed = false;

  bool PassAuthTag() {
    if (tag_state != kTagKnown) return true;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_length),
                            auth_tag) != 1) {
      return false;
    }
    tag_state = kTagPassed;
    return true;
  }
};

// The AEAD set-up of Node's InitAuthenticated: IV length, then the tag length each mode needs.
bool InitAuthenticated(v8::Isolate* isolate, CipherState* state, const std::string& name,
                       int iv_length, unsigned auth_tag_length) {
  if (EVP_CIPHER_CTX_ctrl(state->ctx, EVP_CTRL_AEAD_SET_IVLEN, iv_length, nullptr) != 1) {
    ERR_clear_error();
    Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
    return false;
  }
  if (state->mode == EVP_CIPH_GCM_MODE) {
    if (auth_tag_length != kNoAuthTagLength) {
      if (!IsValidGcmTagLength(auth_tag_length)) {
        Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG",
              "Invalid authentication tag length: " + std::to_string(auth_tag_length));
        return false;
      }
      state->auth_tag_length = auth_tag_length;
    }
    return true;
  }
  if (auth_tag_length == kNoAuthTagLength) {
    // ChaCha20-Poly1305 defaults to 16-byte tags in both directions; CCM and OCB need a length.
    if (EVP_CIPHER_CTX_get_nid(state->ctx) != NID_chacha20_poly1305) {
      Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG",
            "authTagLength required for " + name);
      return false;
    }
    auth_tag_length = 16;
  }
  if (auth_tag_length > sizeof(state->auth_tag) ||
      EVP_CIPHER_CTX_ctrl(state->ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(auth_tag_length),
                          nullptr) != 1) {
    ERR_clear_error();
    Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG",
          "Invalid authentication tag length: " + std::to_string(auth_tag_length));
    return false;
  }
  state->auth_tag_length = auth_tag_length;
  if (state->mode == EVP_CIPH_CCM_MODE) {
    // A CCM message is limited to min(INT_MAX, 2^(8 * (15 - iv_length)) - 1) bytes.
    if (iv_length == 12) state->max_message_size = 16777215;
    if (iv_length == 13) state->max_message_size = 65535;
  }
  return true;
}

bool CheckCcmMessageLength(v8::Isolate* isolate, CipherState* state, uint64_t length) {
  if (length <= state->max_message_size) return true;
  Throw(isolate, "RangeError", "ERR_CRYPTO_INVALID_MESSAGELEN", "Invalid message length");
  return false;
}

// new CipherBase(name, key, iv | null, encrypt, authTagLength | -1).
void CipherConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!Wrapped::BeginConstruct(args)) return;
  std::string name = ToUtf8(isolate, args[0]);
  const EVP_CIPHER* cipher = EVP_get_cipherbyname(name.c_str());
  if (cipher == nullptr) {
    return Throw(isolate, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  }
  Bytes key = GetBytes(args[1]);
  Bytes iv = GetBytes(args[2]);
  bool has_iv = iv.length > 0;
  int expected_iv_length = EVP_CIPHER_get_iv_length(cipher);
  bool authenticated = IsAuthenticatedMode(cipher);
  if ((!has_iv && expected_iv_length != 0) ||
      (!authenticated && has_iv && iv.length != static_cast<size_t>(expected_iv_length)) ||
      (EVP_CIPHER_get_nid(cipher) == NID_chacha20_poly1305 && iv.length > 12) ||
      iv.length > INT_MAX) {
    return Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
  }
  auto state = std::make_unique<CipherState>();
  state->encrypt = args[3]->IsTrue();
  state->authenticated = authenticated;
  state->mode = EVP_CIPHER_get_mode(cipher);
  state->ctx = EVP_CIPHER_CTX_new();
  if (state->mode == EVP_CIPH_WRAP_MODE) {
    EVP_CIPHER_CTX_set_flags(state->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  }
  int encrypt = state->encrypt ? 1 : 0;
  if (EVP_CipherInit_ex(state->ctx, cipher, nullptr, nullptr, nullptr, encrypt) != 1) {
    return ThrowCryptoError(isolate, "Failed to initialize cipher");
  }
  if (authenticated) {
    int64_t tag_length =
        args[4]->IsNumber() ? static_cast<int64_t>(args[4].As<v8::Number>()->Value()) : -1;
    unsigned auth_tag_length =
        tag_length < 0 ? kNoAuthTagLength : static_cast<unsigned>(tag_length);
    if (!InitAuthenticated(isolate, state.get(), name, static_cast<int>(iv.length),
                           auth_tag_length)) {
      return;
    }
  }
  if (key.length > INT_MAX ||
      EVP_CIPHER_CTX_set_key_length(state->ctx, static_cast<int>(key.length)) != 1) {
    ERR_clear_error();
    return Throw(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  }
  if (EVP_CipherInit_ex(state->ctx, nullptr, nullptr, key.data, has_iv ? iv.data : nullptr,
                        encrypt) != 1) {
    return ThrowCryptoError(isolate, "Failed to initialize cipher");
  }
  Wrapped::Attach(isolate, args.This(), std::move(state));
}

// cipherUpdate(handle, view) -> ArrayBuffer.
void CipherUpdate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  Bytes data = GetBytes(args[1]);
  if (state->ctx == nullptr) {
    return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
  }
  if (state->mode == EVP_CIPH_CCM_MODE && !CheckCcmMessageLength(isolate, state, data.length)) {
    return;
  }
  if (!state->encrypt && state->authenticated) CHECK(state->PassAuthTag());
  int block_size = EVP_CIPHER_CTX_get_block_size(state->ctx);
  if (data.length + static_cast<size_t>(block_size) > INT_MAX) {
    return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
  }
  int out_length = static_cast<int>(data.length) + block_size;
  int in_length = static_cast<int>(data.length);
  if (state->encrypt && state->mode == EVP_CIPH_WRAP_MODE &&
      EVP_CipherUpdate(state->ctx, nullptr, &out_length, data.data, in_length) != 1) {
    return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
  }
  OutputBuffer out(static_cast<size_t>(out_length));
  if (!out.allocated()) return ThrowAllocationFailed(isolate);
  int ok = EVP_CipherUpdate(state->ctx, out.data(), &out_length, data.data, in_length);
  if (ok != 1 && !state->encrypt && state->mode == EVP_CIPH_CCM_MODE) {
    // CCM authenticates during update; Node reports the failure from final().
    ERR_clear_error();
    state->pending_auth_failed = true;
    out_length = 0;
  } else if (ok != 1) {
    return ThrowCryptoError(isolate, "Trying to add data in unsupported state");
  }
  out.Shrink(static_cast<size_t>(out_length));
  args.GetReturnValue().Set(out.Release(isolate));
}

// cipherFinal(handle) -> ArrayBuffer; the context is released afterwards.
void CipherFinal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  if (state->ctx == nullptr) {
    return Throw(isolate, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state");
  }
  std::vector<uint8_t> out(static_cast<size_t>(EVP_CIPHER_CTX_get_block_size(state->ctx)));
  if (!state->encrypt && state->authenticated) state->PassAuthTag();
  bool ok;
  if (!state->encrypt && state->mode == EVP_CIPH_CCM_MODE) {
    ok = !state->pending_auth_failed;
    out.clear();
  } else {
    int out_length = static_cast<int>(out.size());
    ok = EVP_CipherFinal_ex(state->ctx, out.data(), &out_length) == 1;
    out.resize(ok ? static_cast<size_t>(out_length) : 0);
    if (ok && state->encrypt && state->authenticated) {
      // GCM's tag defaults to 16 bytes when encrypting.
      if (state->auth_tag_length == kNoAuthTagLength) state->auth_tag_length = 16;
      ok = EVP_CIPHER_CTX_ctrl(state->ctx, EVP_CTRL_AEAD_GET_TAG,
                               static_cast<int>(state->auth_tag_length), state->auth_tag) == 1;
    }
  }
  EVP_CIPHER_CTX_free(state->ctx);
  state->ctx = nullptr;
  if (!ok) {
    return ThrowCryptoError(isolate, state->authenticated
                                         ? "Unsupported state or unable to authenticate data"
                                         : "Unsupported state");
  }
  args.GetReturnValue().Set(NewArrayBuffer(isolate, out.data(), out.size()));
}

// cipherSetAutoPadding(handle, padding) -> false when final() already ran.
void CipherSetAutoPadding(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  bool ok = state->ctx != nullptr &&
            EVP_CIPHER_CTX_set_padding(state->ctx, args[1]->IsTrue() ? 1 : 0) == 1;
  args.GetReturnValue().Set(ok);
}

// cipherSetAAD(handle, view, plaintextLength | -1) -> false in a state that refuses AAD.
void CipherSetAAD(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  Bytes data = GetBytes(args[1]);
  int64_t plaintext_length =
      args[2]->IsNumber() ? static_cast<int64_t>(args[2].As<v8::Number>()->Value()) : -1;
  if (state->ctx == nullptr || !state->authenticated || data.length > INT_MAX) {
    return args.GetReturnValue().Set(false);
  }
  int out_length;
  if (state->mode == EVP_CIPH_CCM_MODE) {
    // CCM needs the tag and the plaintext length before the AAD.
    if (plaintext_length < 0) {
      return Throw(isolate, "TypeError", "ERR_MISSING_ARGS",
                   "options.plaintextLength required for CCM mode with AAD");
    }
    if (!CheckCcmMessageLength(isolate, state, static_cast<uint64_t>(plaintext_length))) return;
    if (!state->encrypt && !state->PassAuthTag()) return args.GetReturnValue().Set(false);
    if (EVP_CipherUpdate(state->ctx, nullptr, &out_length, nullptr,
                         static_cast<int>(plaintext_length)) != 1) {
      ERR_clear_error();
      return args.GetReturnValue().Set(false);
    }
  }
  bool ok = EVP_CipherUpdate(state->ctx, nullptr, &out_length, data.data,
                             static_cast<int>(data.length)) == 1;
  ERR_clear_error();
  args.GetReturnValue().Set(ok);
}

// cipherGetAuthTag(handle) -> ArrayBuffer, or undefined before final() or when not encrypting
// with an AEAD mode.
void CipherGetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& args) {
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  if (state->ctx != nullptr || !state->encrypt || !state->authenticated ||
      state->auth_tag_length == kNoAuthTagLength) {
    return;
  }
  args.GetReturnValue().Set(
      NewArrayBuffer(args.GetIsolate(), state->auth_tag, state->auth_tag_length));
}

// cipherSetAuthTag(handle, view) -> false in a state that refuses a tag.
void CipherSetAuthTag(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = Wrapped::Unwrap<CipherState>(args, 0);
  if (state == nullptr) return;
  if (state->ctx == nullptr || !state->authenticated || state->encrypt ||
      state->tag_state != CipherState::kTagUnknown) {
    return args.GetReturnValue().Set(false);
  }
  Bytes tag = GetBytes(args[1]);
  bool valid;
  if (state->mode == EVP_CIPH_GCM_MODE) {
    valid = (state->auth_tag_length == kNoAuthTagLength || state->auth_tag_length == tag.length) &&
            IsValidGcmTagLength(static_cast<unsigned>(tag.length));
  } else {
    valid = state->auth_tag_length == tag.length;
  }
  if (!valid) {
    return Throw(isolate, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG",
                 "Invalid authentication tag length: " + std::to_string(tag.length));
  }
  state->auth_tag_length = static_cast<unsigned>(tag.length);
  state->tag_state = CipherState::kTagKnown;
  memset(state->auth_tag, 0, sizeof(state->auth_tag));
  memcpy(state->auth_tag, tag.data, tag.length);
  args.GetReturnValue().Set(true);
}

// getCiphers() -> every cipher name and alias whose cipher can be fetched (JS lowercases,
// removes duplicates and sorts, as Node does).
void GetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<std::string> names;
  EVP_CIPHER_do_all_sorted(
      [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
        if (from == nullptr) return;
        const EVP_CIPHER* cipher = EVP_get_cipherbyname(from);
        const char* real_name = cipher != nullptr ? EVP_CIPHER_get0_name(cipher) : nullptr;
        EVP_CIPHER* fetched =
            real_name != nullptr ? EVP_CIPHER_fetch(nullptr, real_name, nullptr) : nullptr;
        ERR_clear_error();
        if (fetched == nullptr) return;
        EVP_CIPHER_free(fetched);
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

const char* ModeLabel(int mode) {
  switch (mode) {
    case EVP_CIPH_CBC_MODE:
      return "cbc";
    case EVP_CIPH_CCM_MODE:
      return "ccm";
    case EVP_CIPH_CFB_MODE:
      return "cfb";
    case EVP_CIPH_CTR_MODE:
      return "ctr";
    case EVP_CIPH_ECB_MODE:
      return "ecb";
    case EVP_CIPH_GCM_MODE:
      return "gcm";
    case EVP_CIPH_OCB_MODE:
      return "ocb";
    case EVP_CIPH_OFB_MODE:
      return "ofb";
    case EVP_CIPH_STREAM_CIPHER:
      return "stream";
    case EVP_CIPH_WRAP_MODE:
      return "wrap";
    case EVP_CIPH_XTS_MODE:
      return "xts";
    default:
      return nullptr;
  }
}

// getCipherInfo(nameOrNid, keyLength | undefined, ivLength | undefined) -> object, or
// undefined for an unknown cipher or lengths it does not support.
void GetCipherInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const EVP_CIPHER* cipher;
  if (args[0]->IsString()) {
    cipher = EVP_get_cipherbyname(ToUtf8(isolate, args[0]).c_str());
  } else {
    cipher = EVP_get_cipherbynid(args[0].As<v8::Int32>()->Value());
  }
  if (cipher == nullptr) return;
  int iv_length = EVP_CIPHER_get_iv_length(cipher);
  int key_length = EVP_CIPHER_get_key_length(cipher);
  int block_size = EVP_CIPHER_get_block_size(cipher);
  int mode = EVP_CIPHER_get_mode(cipher);
  auto try_ctx = [cipher](auto check) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    bool ok = EVP_CipherInit_ex(ctx, cipher, nullptr, nullptr, nullptr, 1) == 1 && check(ctx);
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    return ok;
  };
  if (args[1]->IsInt32()) {
    int wanted = args[1].As<v8::Int32>()->Value();
    if (!try_ctx([wanted](EVP_CIPHER_CTX* ctx) {
          return EVP_CIPHER_CTX_set_key_length(ctx, wanted) == 1;
        })) {
      return;
    }
    key_length = wanted;
  }
  if (args[2]->IsInt32()) {
    int wanted = args[2].As<v8::Int32>()->Value();
    if (mode == EVP_CIPH_CCM_MODE) {
      if (wanted < 7 || wanted > 13) return;
    } else if (mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_OCB_MODE) {
      if (!try_ctx([wanted](EVP_CIPHER_CTX* ctx) {
            return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, wanted, nullptr) == 1;
          })) {
        return;
      }
    } else if (wanted != iv_length) {
      return;
    }
    iv_length = wanted;
  }
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  auto set = [&](const char* key, v8::Local<v8::Value> value) {
    info->Set(context, Symbolize(isolate, key), value).Check();
  };
  if (const char* label = ModeLabel(mode)) set("mode", ToV8(isolate, label));
  set("name", ToV8(isolate, OBJ_nid2sn(EVP_CIPHER_get_nid(cipher))));
  set("nid", v8::Integer::New(isolate, EVP_CIPHER_get_nid(cipher)));
  if (mode != EVP_CIPH_STREAM_CIPHER) set("blockSize", v8::Integer::New(isolate, block_size));
  if (iv_length != 0) set("ivLength", v8::Integer::New(isolate, iv_length));
  set("keyLength", v8::Integer::New(isolate, key_length));
  args.GetReturnValue().Set(info);
}

constexpr BindingMethod kMethods[] = {
    {"cipherUpdate", CipherUpdate},
    {"cipherFinal", CipherFinal},
    {"cipherSetAutoPadding", CipherSetAutoPadding},
    {"cipherSetAAD", CipherSetAAD},
    {"cipherGetAuthTag", CipherGetAuthTag},
    {"cipherSetAuthTag", CipherSetAuthTag},
    {"getCiphers", GetCiphers},
    {"getCipherInfo", GetCipherInfo},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetValue(env, target, "CipherBase", Wrapped::NewClass(env, "CipherBase", CipherConstruct));
}

}  // namespace
}  // namespace kiln::crypto

KILN_REGISTER_BINDING(crypto_cipher, kiln::crypto::Initialize, kiln::crypto::kMethods)
