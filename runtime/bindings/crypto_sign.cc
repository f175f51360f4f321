// internalBinding('crypto_sign'): what node:crypto does with asymmetric keys: Sign/Verify
// (a digest context, then EVP_PKEY_sign/verify), one-shot sign/verify (sync or on the thread
// pool), RSA encryption (publicEncrypt & co.), key agreement (diffieHellman) and ECDH objects.
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rsa.h>

#include <cstring>
#include <optional>

#include "callback_scope.h"
#include "crypto_keys.h"

namespace kiln::crypto_keys {
namespace {

using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using BnPtr = std::unique_ptr<BIGNUM, decltype(&BN_clear_free)>;

// ---- Native state objects (digest contexts, ECDH) owned by JS handles ----

enum class StateKind { kDigest, kEcdh };

struct State {
  explicit State(StateKind k) : kind(k) {}
  virtual ~State() = default;
  StateKind kind;
};

struct DigestState : State {
  DigestState() : State(StateKind::kDigest) {}
  ~DigestState() override { EVP_MD_CTX_free(ctx); }
  EVP_MD_CTX* ctx = nullptr;  // null once finalized
};

struct EcdhState : State {
  EcdhState() : State(StateKind::kEcdh) {}
  ~EcdhState() override {
    EC_GROUP_free(group);
    EC_POINT_free(pub);
    BN_clear_free(priv);
  }
  int nid = NID_undef;
  EC_GROUP* group = nullptr;
  EC_POINT* pub = nullptr;
  BIGNUM* priv = nullptr;
};

struct StateHolder {
  std::unique_ptr<State> state;
  v8::Global<v8::Object> handle;
};

// One template per state kind (its class name is what util.inspect shows, as in Node), per
// isolate; each thread runs at most one isolate at a time.
struct StateTemplates {
  v8::Isolate* isolate = nullptr;
  v8::Eternal<v8::FunctionTemplate> templates[2];
};
thread_local StateTemplates state_templates;

v8::Local<v8::FunctionTemplate> StateHandleTemplate(v8::Isolate* isolate, StateKind kind) {
  if (state_templates.isolate != isolate) {
    const char* names[] = {"Sign", "ECDH"};
    for (int i = 0; i < 2; i++) {
      v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
      tmpl->SetClassName(Symbolize(isolate, names[i]));
      tmpl->InstanceTemplate()->SetInternalFieldCount(1);
      state_templates.templates[i].Set(isolate, tmpl);
    }
    state_templates.isolate = isolate;
  }
  return state_templates.templates[static_cast<int>(kind)].Get(isolate);
}

v8::Local<v8::Object> NewStateHandle(v8::Isolate* isolate, std::unique_ptr<State> state) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = StateHandleTemplate(isolate, state->kind)
                                     ->GetFunction(context)
                                     .ToLocalChecked()
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  auto* holder = new StateHolder{std::move(state), {}};
  object->SetAlignedPointerInInternalField(0, holder);
  holder->handle.Reset(isolate, object);
  holder->handle.SetWeak(
      holder,
      [](const v8::WeakCallbackInfo<StateHolder>& info) {
        StateHolder* holder = info.GetParameter();
        holder->handle.Reset();
        delete holder;
      },
      v8::WeakCallbackType::kParameter);
  return object;
}

// The state of a handle of `kind`, or null after throwing.
template <typename T>
T* StateFrom(v8::Isolate* isolate, v8::Local<v8::Value> value, StateKind kind) {
  if (value->IsObject()) {
    v8::Local<v8::Object> object = value.As<v8::Object>();
    if (object->InternalFieldCount() >= 1 &&
        StateHandleTemplate(isolate, kind)->HasInstance(object)) {
      auto* holder = static_cast<StateHolder*>(object->GetAlignedPointerFromInternalField(0));
      if (holder != nullptr && holder->state->kind == kind) {
        return static_cast<T*>(holder->state.get());
      }
    }
  }
  isolate->ThrowException(
      CodedError(isolate, "TypeError", "ERR_INVALID_THIS", "Illegal invocation"));
  return nullptr;
}

v8::Local<v8::Value> IllegalInvocation(v8::Isolate* isolate) {
  return CodedError(isolate, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
}

// The asymmetric key of argument `index`, or null after throwing.
KeyPtr ArgKey(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  KeyPtr key = KeyFromHandle(args.GetIsolate(), args[index]);
  if (key == nullptr || key->pkey == nullptr) {
    args.GetIsolate()->ThrowException(IllegalInvocation(args.GetIsolate()));
    return nullptr;
  }
  return key;
}

std::optional<int> OptionalInt(v8::Local<v8::Value> value) {
  if (value->IsInt32()) return value.As<v8::Int32>()->Value();
  return std::nullopt;
}

// ---- Signatures ----

enum DsaEncoding { kSigEncDer = 0, kSigEncP1363 = 1 };

bool IsRsa(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS;
}

int DefaultPadding(EVP_PKEY* pkey) {
  return EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA_PSS ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING;
}

bool ApplyRsaOptions(EVP_PKEY* pkey, EVP_PKEY_CTX* ctx, int padding, std::optional<int> salt) {
  if (!IsRsa(pkey)) return true;
  if (EVP_PKEY_CTX_set_rsa_padding(ctx, padding) <= 0) return false;
  if (padding == RSA_PKCS1_PSS_PADDING && salt.has_value()) {
    if (EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, *salt) <= 0) return false;
  }
  return true;
}

// The size of r and s in an IEEE P1363 signature, or 0 for keys that have no such form.
size_t BytesOfRS(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_EC) return static_cast<size_t>((EVP_PKEY_get_bits(pkey) + 7) / 8);
  if (id == EVP_PKEY_DSA) {
    BIGNUM* q = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) != 1) return 0;
    size_t bits = static_cast<size_t>(BN_num_bits(q));
    BN_free(q);
    return (bits + 7) / 8;
  }
  return 0;
}

bool UsesP1363(EVP_PKEY* pkey, int dsa_encoding) {
  return dsa_encoding == kSigEncP1363 && BytesOfRS(pkey) > 0;
}

std::vector<uint8_t> DerToP1363(EVP_PKEY* pkey, const std::vector<uint8_t>& der) {
  size_t n = BytesOfRS(pkey);
  const unsigned char* p = der.data();
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (sig == nullptr) return der;
  std::vector<uint8_t> out(2 * n);
  const BIGNUM* r = ECDSA_SIG_get0_r(sig);
  const BIGNUM* s = ECDSA_SIG_get0_s(sig);
  BN_bn2binpad(r, out.data(), static_cast<int>(n));
  BN_bn2binpad(s, out.data() + n, static_cast<int>(n));
  ECDSA_SIG_free(sig);
  return out;
}

// Empty when the length is not that of a P1363 signature for this key.
std::vector<uint8_t> P1363ToDer(EVP_PKEY* pkey, const uint8_t* data, size_t length) {
  size_t n = BytesOfRS(pkey);
  if (length != 2 * n) return {};
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(data, static_cast<int>(n), nullptr);
  BIGNUM* s = BN_bin2bn(data + n, static_cast<int>(n), nullptr);
  std::vector<uint8_t> out;
  if (sig != nullptr && r != nullptr && s != nullptr && ECDSA_SIG_set0(sig, r, s) == 1) {
    r = s = nullptr;
    unsigned char* der = nullptr;
    int der_length = i2d_ECDSA_SIG(sig, &der);
    if (der_length > 0) out.assign(der, der + der_length);
    OPENSSL_free(der);
  }
  BN_free(r);
  BN_free(s);
  ECDSA_SIG_free(sig);
  return out;
}

v8::Local<v8::Value> InvalidDigest(v8::Isolate* isolate) {
  return CodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest");
}

// digestInit(name) -> state
void DigestInit(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  const EVP_MD* md = FindDigest(StringArg(isolate, args[0]));
  if (md == nullptr) {
    isolate->ThrowException(InvalidDigest(isolate));
    return;
  }
  auto state = std::make_unique<DigestState>();
  state->ctx = EVP_MD_CTX_new();
  if (state->ctx == nullptr || EVP_DigestInit_ex(state->ctx, md, nullptr) != 1) {
    return ThrowOpenSSLError(isolate, 0, "EVP_SignInit_ex failed");
  }
  args.GetReturnValue().Set(NewStateHandle(isolate, std::move(state)));
}

// Ed25519 and Ed448 sign whole messages, not digests: only the one-shot API takes them.
bool IsOneShotKey(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  return id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448;
}

v8::Local<v8::Value> UnsupportedOperation(v8::Isolate* isolate) {
  return CodedError(isolate, "Error", "ERR_CRYPTO_UNSUPPORTED_OPERATION",
                    "Unsupported crypto operation");
}

v8::Local<v8::Value> NotInitialised(v8::Isolate* isolate) {
  return CodedError(isolate, "Error", "ERR_CRYPTO_INVALID_STATE", "Not initialised");
}

// digestUpdate(state, bytes)
void DigestUpdate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto* state = StateFrom<DigestState>(isolate, args[0], StateKind::kDigest);
  if (state == nullptr) return;
  if (state->ctx == nullptr) {
    isolate->ThrowException(NotInitialised(isolate));
    return;
  }
  Bytes bytes = GetBytes(args[1]);
  if (EVP_DigestUpdate(state->ctx, bytes.data, bytes.length) != 1) {
    return ThrowOpenSSLError(isolate, 0, "EVP_SignUpdate failed");
  }
}

// signFinal(state, key, padding?, saltLength?, dsaEncoding) -> ArrayBuffer
void SignFinal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  auto* state = StateFrom<DigestState>(isolate, args[0], StateKind::kDigest);
  if (state == nullptr) return;
  KeyPtr key = ArgKey(args, 1);
  if (!key) return;
  if (state->ctx == nullptr) {
    isolate->ThrowException(NotInitialised(isolate));
    return;
  }
  EVP_PKEY* pkey = key->pkey;
  if (IsOneShotKey(pkey)) {
    isolate->ThrowException(UnsupportedOperation(isolate));
    return;
  }
  MdCtxPtr md_ctx(state->ctx, EVP_MD_CTX_free);
  state->ctx = nullptr;
  int padding = OptionalInt(args[2]).value_or(DefaultPadding(pkey));
  std::optional<int> salt = OptionalInt(args[3]);
  int dsa_encoding = args[4]->IsInt32() ? args[4].As<v8::Int32>()->Value() : kSigEncDer;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  std::vector<uint8_t> signature(static_cast<size_t>(std::max(EVP_PKEY_get_size(pkey), 0)));
  size_t signature_length = signature.size();
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new(pkey, nullptr), EVP_PKEY_CTX_free);
  bool ok =
      EVP_DigestFinal_ex(md_ctx.get(), digest, &digest_length) == 1 && ctx &&
      EVP_PKEY_sign_init(ctx.get()) == 1 && ApplyRsaOptions(pkey, ctx.get(), padding, salt) &&
      EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_MD_CTX_get0_md(md_ctx.get())) == 1 &&
      EVP_PKEY_sign(ctx.get(), signature.data(), &signature_length, digest, digest_length) == 1;
  if (!ok) return ThrowOpenSSLError(isolate, 0, "PEM_read_bio_PrivateKey failed");
  signature.resize(signature_length);
  if (UsesP1363(pkey, dsa_encoding)) signature = DerToP1363(pkey, signature);
  args.GetReturnValue().Set(NewArrayBuffer(isolate, signature.data(), signature.size()));
}

// verifyFinal(state, key, signature, padding?, saltLength?, dsaEncoding) -> boolean
void VerifyFinal(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  auto* state = StateFrom<DigestState>(isolate, args[0], StateKind::kDigest);
  if (state == nullptr) return;
  KeyPtr key = ArgKey(args, 1);
  if (!key) return;
  if (state->ctx == nullptr) {
    isolate->ThrowException(NotInitialised(isolate));
    return;
  }
  EVP_PKEY* pkey = key->pkey;
  if (IsOneShotKey(pkey)) {
    isolate->ThrowException(UnsupportedOperation(isolate));
    return;
  }
  Bytes signature = GetBytes(args[2]);
  int padding = OptionalInt(args[3]).value_or(DefaultPadding(pkey));
  std::optional<int> salt = OptionalInt(args[4]);
  int dsa_encoding = args[5]->IsInt32() ? args[5].As<v8::Int32>()->Value() : kSigEncDer;
  std::vector<uint8_t> der;
  if (UsesP1363(pkey, dsa_encoding)) {
    der = P1363ToDer(pkey, signature.data, signature.length);
    if (der.empty()) {
      isolate->ThrowException(
          CodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Malformed signature"));
      return;
    }
    signature.data = der.data();
    signature.length = der.size();
  }
  MdCtxPtr md_ctx(state->ctx, EVP_MD_CTX_free);
  state->ctx = nullptr;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  if (EVP_DigestFinal_ex(md_ctx.get(), digest, &digest_length) != 1) {
    return ThrowOpenSSLError(isolate, 0, "PEM_read_bio_PUBKEY failed");
  }
  bool verified = false;
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new(pkey, nullptr), EVP_PKEY_CTX_free);
  if (ctx && EVP_PKEY_verify_init(ctx.get()) > 0 &&
      ApplyRsaOptions(pkey, ctx.get(), padding, salt) &&
      EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_MD_CTX_get0_md(md_ctx.get())) > 0) {
    verified =
        EVP_PKEY_verify(ctx.get(), signature.data, signature.length, digest, digest_length) == 1;
  }
  ERR_clear_error();
  args.GetReturnValue().Set(verified);
}

// ---- One-shot sign/verify ----

struct SignJob {
  uv_work_t work;
  Environment* env = nullptr;
  v8::Global<v8::Function> callback;
  bool verify = false;
  KeyPtr key;
  const EVP_MD* md = nullptr;
  std::vector<uint8_t> data, signature;
  std::optional<int> padding, salt;
  int dsa_encoding = kSigEncDer;
  unsigned long err = 0;
  bool failed = false;
  std::vector<uint8_t> result;
  bool verified = false;
};

void RunSignJob(SignJob* job) {
  ERR_clear_error();
  EVP_PKEY* pkey = job->key->pkey;
  MdCtxPtr md_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  EVP_PKEY_CTX* ctx = nullptr;  // owned by md_ctx
  auto fail = [&] {
    job->failed = true;
    job->err = ERR_get_error();
    ERR_clear_error();
  };
  int init = job->verify ? EVP_DigestVerifyInit(md_ctx.get(), &ctx, job->md, nullptr, pkey)
                         : EVP_DigestSignInit(md_ctx.get(), &ctx, job->md, nullptr, pkey);
  if (init != 1) return fail();
  if (!ApplyRsaOptions(pkey, ctx, job->padding.value_or(DefaultPadding(pkey)), job->salt)) {
    return fail();
  }
  if (job->verify) {
    job->verified = EVP_DigestVerify(md_ctx.get(), job->signature.data(), job->signature.size(),
                                     job->data.data(), job->data.size()) == 1;
    ERR_clear_error();
    return;
  }
  size_t length = 0;
  if (EVP_DigestSign(md_ctx.get(), nullptr, &length, job->data.data(), job->data.size()) != 1) {
    return fail();
  }
  job->result.resize(length);
  if (EVP_DigestSign(md_ctx.get(), job->result.data(), &length, job->data.data(),
                     job->data.size()) != 1) {
    return fail();
  }
  job->result.resize(length);
  if (UsesP1363(pkey, job->dsa_encoding)) job->result = DerToP1363(pkey, job->result);
}

v8::Local<v8::Value> SignJobResult(SignJob* job, v8::Local<v8::Value>* error) {
  v8::Isolate* isolate = job->env->isolate();
  if (job->failed) {
    *error = OpenSSLError(isolate, job->err, "Operation failed");
    return v8::Undefined(isolate);
  }
  if (job->verify) return v8::Boolean::New(isolate, job->verified);
  return NewArrayBuffer(isolate, job->result.data(), job->result.size());
}

// signOneShot(key, algorithm|null, data, padding?, saltLength?, dsaEncoding, callback?) and
// verifyOneShot(key, algorithm|null, data, signature, padding?, saltLength?, dsaEncoding,
// callback?) -> ArrayBuffer / boolean, or callback(err, result) from the thread pool.
void RunOneShot(const v8::FunctionCallbackInfo<v8::Value>& args, bool verify) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  ERR_clear_error();
  auto job = std::make_unique<SignJob>();
  job->env = env;
  job->verify = verify;
  job->key = ArgKey(args, 0);
  if (!job->key) return;
  if (args[1]->IsString()) {
    std::string name = ToUtf8(isolate, args[1]);
    job->md = FindDigest(name);
    if (job->md == nullptr) {
      return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_DIGEST",
                             "Invalid digest: " + name);
    }
  }
  job->data = CopyBytes(args[2]);
  int next = 3;
  if (verify) job->signature = CopyBytes(args[next++]);
  job->padding = OptionalInt(args[next++]);
  job->salt = OptionalInt(args[next++]);
  job->dsa_encoding = args[next]->IsInt32() ? args[next].As<v8::Int32>()->Value() : kSigEncDer;
  next++;
  if (verify && UsesP1363(job->key->pkey, job->dsa_encoding)) {
    job->signature = P1363ToDer(job->key->pkey, job->signature.data(), job->signature.size());
  }
  if (!args[next]->IsFunction()) {
    RunSignJob(job.get());
    v8::Local<v8::Value> error;
    v8::Local<v8::Value> result = SignJobResult(job.get(), &error);
    if (!error.IsEmpty()) {
      isolate->ThrowException(error);
      return;
    }
    args.GetReturnValue().Set(result);
    return;
  }
  job->callback.Reset(isolate, args[next].As<v8::Function>());
  job->work.data = job.get();
  int err = uv_queue_work(
      env->loop(), &job->work,
      [](uv_work_t* work) { RunSignJob(static_cast<SignJob*>(work->data)); },
      [](uv_work_t* work, int) {
        std::unique_ptr<SignJob> job(static_cast<SignJob*>(work->data));
        Environment* env = job->env;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        v8::Local<v8::Value> error;
        v8::Local<v8::Value> result = SignJobResult(job.get(), &error);
        v8::Local<v8::Value> argv[2] = {error.IsEmpty() ? v8::Null(isolate).As<v8::Value>() : error,
                                        result};
        (void)MakeCallback(env, v8::Undefined(isolate), job->callback.Get(isolate), 2, argv);
      });
  if (err < 0) return ThrowUVException(isolate, err, "uv_queue_work");
  job.release();
}

void SignOneShot(const v8::FunctionCallbackInfo<v8::Value>& args) { RunOneShot(args, false); }
void VerifyOneShot(const v8::FunctionCallbackInfo<v8::Value>& args) { RunOneShot(args, true); }

// ---- RSA encryption ----

enum CipherOp { kPublicEncrypt = 0, kPrivateDecrypt = 1, kPrivateEncrypt = 2, kPublicDecrypt = 3 };

// rsaCipher(op, key, data, padding, oaepHash?, oaepLabel?) -> ArrayBuffer
void RsaCipher(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  int op = args[0].As<v8::Int32>()->Value();
  KeyPtr key = ArgKey(args, 1);
  if (!key) return;
  Bytes data = GetBytes(args[2]);
  int padding = args[3]->Int32Value(isolate->GetCurrentContext()).FromMaybe(RSA_PKCS1_PADDING);
  const EVP_MD* md = nullptr;
  if (args[4]->IsString()) {
    md = FindDigest(ToUtf8(isolate, args[4]));
    if (md == nullptr) {
      return ThrowCodedError(isolate, "Error", "ERR_OSSL_EVP_INVALID_DIGEST",
                             "Invalid digest used");
    }
  }
  EVP_PKEY* pkey = key->pkey;
  if (op == kPrivateDecrypt && padding == RSA_PKCS1_PADDING) {
    // Node refuses PKCS#1 v1.5 decryption unless OpenSSL does implicit rejection
    // (CVE-2023-46809); OpenSSL 3.0 does not.
    PkeyCtxPtr probe(EVP_PKEY_CTX_new(pkey, nullptr), EVP_PKEY_CTX_free);
    if (!probe || EVP_PKEY_decrypt_init(probe.get()) <= 0) return ThrowOpenSSLError(isolate);
    if (EVP_PKEY_CTX_ctrl_str(probe.get(), "rsa_pkcs1_implicit_rejection", "1") <= 0) {
      ERR_clear_error();
      return ThrowCodedError(isolate, "TypeError", "ERR_INVALID_ARG_VALUE",
                             "RSA_PKCS1_PADDING is no longer supported for private decryption, "
                             "this can be reverted with --security-revert=CVE-2023-46809");
    }
  }
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new(pkey, nullptr), EVP_PKEY_CTX_free);
  auto init = [&](EVP_PKEY_CTX* c) {
    switch (op) {
      case kPublicEncrypt:
        return EVP_PKEY_encrypt_init(c);
      case kPrivateDecrypt:
        return EVP_PKEY_decrypt_init(c);
      case kPrivateEncrypt:
        return EVP_PKEY_sign_init(c);
      default:
        return EVP_PKEY_verify_recover_init(c);
    }
  };
  auto run = [&](unsigned char* out, size_t* out_length) {
    switch (op) {
      case kPublicEncrypt:
        return EVP_PKEY_encrypt(ctx.get(), out, out_length, data.data, data.length);
      case kPrivateDecrypt:
        return EVP_PKEY_decrypt(ctx.get(), out, out_length, data.data, data.length);
      case kPrivateEncrypt:
        return EVP_PKEY_sign(ctx.get(), out, out_length, data.data, data.length);
      default:
        return EVP_PKEY_verify_recover(ctx.get(), out, out_length, data.data, data.length);
    }
  };
  bool ok = ctx && init(ctx.get()) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding) > 0 &&
            (md == nullptr || EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md) > 0);
  if (ok && (args[5]->IsArrayBufferView() || args[5]->IsArrayBuffer())) {
    Bytes label = GetBytes(args[5]);
    if (label.length > 0) {
      void* copy = OPENSSL_memdup(label.data, label.length);
      ok = copy != nullptr &&
           EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), copy, static_cast<int>(label.length)) > 0;
      if (!ok) OPENSSL_free(copy);
    }
  }
  size_t out_length = 0;
  ok = ok && run(nullptr, &out_length) > 0;
  std::vector<uint8_t> out(out_length);
  ok = ok && run(out.data(), &out_length) > 0;
  if (!ok) return ThrowOpenSSLError(isolate);
  args.GetReturnValue().Set(NewArrayBuffer(isolate, out.data(), out_length));
}

// ---- Key agreement ----

// deriveSecret(privateKey, publicKey) -> ArrayBuffer
void DeriveSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  KeyPtr own = ArgKey(args, 0);
  if (!own) return;
  KeyPtr peer = ArgKey(args, 1);
  if (!peer) return;
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new(own->pkey, nullptr), EVP_PKEY_CTX_free);
  size_t length = 0;
  bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1 &&
            EVP_PKEY_derive_set_peer(ctx.get(), peer->pkey) == 1 &&
            EVP_PKEY_derive(ctx.get(), nullptr, &length) == 1;
  std::vector<uint8_t> secret(length);
  ok = ok && EVP_PKEY_derive(ctx.get(), secret.data(), &length) == 1;
  if (!ok) return ThrowOpenSSLError(isolate, 0, "diffieHellman failed");
  args.GetReturnValue().Set(NewArrayBuffer(isolate, secret.data(), length));
  OPENSSL_cleanse(secret.data(), secret.size());
}

// ---- ECDH ----

int CurveNid(const std::string& name) {
  if (name.empty() || name.size() > 64) return NID_undef;
  return OBJ_sn2nid(name.c_str());
}

// ecdhNew(curve) -> state
void EcdhNew(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  auto state = std::make_unique<EcdhState>();
  state->nid = CurveNid(StringArg(isolate, args[0]));
  if (state->nid != NID_undef) state->group = EC_GROUP_new_by_curve_name(state->nid);
  ERR_clear_error();
  if (state->group == nullptr) {
    return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_CURVE",
                           "Invalid EC curve name");
  }
  args.GetReturnValue().Set(NewStateHandle(isolate, std::move(state)));
}

EcdhState* EcdhArg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return StateFrom<EcdhState>(args.GetIsolate(), args[0], StateKind::kEcdh);
}

point_conversion_form_t FormArg(v8::Local<v8::Value> value) {
  int form = value->IsInt32() ? value.As<v8::Int32>()->Value() : POINT_CONVERSION_UNCOMPRESSED;
  return static_cast<point_conversion_form_t>(form);
}

v8::Local<v8::Value> PointBytes(v8::Isolate* isolate, const EC_GROUP* group, const EC_POINT* point,
                                point_conversion_form_t form) {
  size_t length = EC_POINT_point2oct(group, point, form, nullptr, 0, nullptr);
  std::vector<uint8_t> bytes(length);
  EC_POINT_point2oct(group, point, form, bytes.data(), length, nullptr);
  return NewArrayBuffer(isolate, bytes.data(), length);
}

// ecdhGenerateKeys(state)
void EcdhGenerateKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  const BIGNUM* order = EC_GROUP_get0_order(state->group);
  BIGNUM* priv = BN_secure_new();
  EC_POINT* pub = EC_POINT_new(state->group);
  bool ok = priv != nullptr && pub != nullptr;
  do {
    ok = ok && BN_priv_rand_range(priv, order) == 1;
  } while (ok && BN_is_zero(priv));
  ok = ok && EC_POINT_mul(state->group, pub, priv, nullptr, nullptr, nullptr) == 1;
  if (!ok) {
    BN_clear_free(priv);
    EC_POINT_free(pub);
    return ThrowOpenSSLError(isolate, 0, "Failed to generate key");
  }
  BN_clear_free(state->priv);
  EC_POINT_free(state->pub);
  state->priv = priv;
  state->pub = pub;
}

// ecdhGetPublicKey(state, form) -> ArrayBuffer
void EcdhGetPublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  if (state->pub == nullptr) {
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to get ECDH public key");
  }
  args.GetReturnValue().Set(PointBytes(isolate, state->group, state->pub, FormArg(args[1])));
}

// ecdhGetPrivateKey(state) -> ArrayBuffer (as many bytes as the group order needs)
void EcdhGetPrivateKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  if (state->priv == nullptr) {
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to get ECDH private key");
  }
  std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(state->priv)));
  BN_bn2bin(state->priv, bytes.data());
  args.GetReturnValue().Set(NewArrayBuffer(isolate, bytes.data(), bytes.size()));
  OPENSSL_cleanse(bytes.data(), bytes.size());
}

// ecdhSetPrivateKey(state, bytes): also derives the public key.
void EcdhSetPrivateKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  Bytes bytes = GetBytes(args[1]);
  BIGNUM* priv = bytes.length > 1024
                     ? nullptr
                     : BN_bin2bn(bytes.data, static_cast<int>(bytes.length), BN_secure_new());
  const BIGNUM* order = EC_GROUP_get0_order(state->group);
  if (priv == nullptr || BN_is_zero(priv) || BN_cmp(priv, order) >= 0) {
    BN_clear_free(priv);
    return ThrowCodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYTYPE",
                           "Private key is not valid for specified curve.");
  }
  EC_POINT* pub = EC_POINT_new(state->group);
  if (pub == nullptr || EC_POINT_mul(state->group, pub, priv, nullptr, nullptr, nullptr) != 1) {
    BN_clear_free(priv);
    EC_POINT_free(pub);
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to generate ECDH public key");
  }
  BN_clear_free(state->priv);
  EC_POINT_free(state->pub);
  state->priv = priv;
  state->pub = pub;
}

EC_POINT* DecodePoint(const EC_GROUP* group, const Bytes& bytes) {
  EC_POINT* point = EC_POINT_new(group);
  if (point != nullptr &&
      EC_POINT_oct2point(group, point, bytes.data, bytes.length, nullptr) != 1) {
    EC_POINT_free(point);
    point = nullptr;
  }
  ERR_clear_error();
  return point;
}

// ecdhSetPublicKey(state, bytes)
void EcdhSetPublicKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  EC_POINT* pub = DecodePoint(state->group, GetBytes(args[1]));
  if (pub == nullptr) {
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to convert Buffer to EC_POINT");
  }
  EC_POINT_free(state->pub);
  state->pub = pub;
}

// ecdhComputeSecret(state, peerPublicKey) -> ArrayBuffer, or false when the peer key is not a
// point of the curve.
void EcdhComputeSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  EcdhState* state = EcdhArg(args);
  if (state == nullptr) return;
  // As EC_KEY_check_key: a public key, matching the private key when there is one.
  bool valid = state->pub != nullptr;
  if (valid && state->priv != nullptr) {
    EC_POINT* expected = EC_POINT_new(state->group);
    valid = expected != nullptr &&
            EC_POINT_mul(state->group, expected, state->priv, nullptr, nullptr, nullptr) == 1 &&
            EC_POINT_cmp(state->group, expected, state->pub, nullptr) == 0;
    EC_POINT_free(expected);
    ERR_clear_error();
  }
  if (!valid) {
    return ThrowCodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYPAIR", "Invalid key pair");
  }
  EC_POINT* peer = DecodePoint(state->group, GetBytes(args[1]));
  if (peer == nullptr) return args.GetReturnValue().Set(false);
  if (state->priv == nullptr) {
    EC_POINT_free(peer);
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to compute ECDH key");
  }
  EC_POINT* shared = EC_POINT_new(state->group);
  BIGNUM* x = BN_new();
  size_t size = static_cast<size_t>((EC_GROUP_get_degree(state->group) + 7) / 8);
  std::vector<uint8_t> secret(size);
  bool ok = shared != nullptr && x != nullptr &&
            EC_POINT_mul(state->group, shared, nullptr, peer, state->priv, nullptr) == 1 &&
            !EC_POINT_is_at_infinity(state->group, shared) &&
            EC_POINT_get_affine_coordinates(state->group, shared, x, nullptr, nullptr) == 1 &&
            BN_bn2binpad(x, secret.data(), static_cast<int>(size)) >= 0;
  EC_POINT_free(peer);
  EC_POINT_free(shared);
  BN_clear_free(x);
  if (!ok) return ThrowOpenSSLError(isolate, 0, "Failed to compute ECDH key");
  args.GetReturnValue().Set(NewArrayBuffer(isolate, secret.data(), size));
  OPENSSL_cleanse(secret.data(), secret.size());
}

// ecdhConvertKey(bytes, curve, form) -> ArrayBuffer
void EcdhConvertKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int nid = CurveNid(StringArg(isolate, args[1]));
  EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
  ERR_clear_error();
  if (group == nullptr) {
    return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_CURVE",
                           "Invalid EC curve name");
  }
  EC_POINT* point = DecodePoint(group, GetBytes(args[0]));
  if (point == nullptr) {
    EC_GROUP_free(group);
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED",
                           "Failed to convert Buffer to EC_POINT");
  }
  args.GetReturnValue().Set(PointBytes(isolate, group, point, FormArg(args[2])));
  EC_POINT_free(point);
  EC_GROUP_free(group);
}

// getCurves() -> short names of OpenSSL's built-in curves
void GetCurves(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  size_t count = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(count);
  EC_get_builtin_curves(curves.data(), count);
  std::vector<v8::Local<v8::Value>> names;
  for (const EC_builtin_curve& curve : curves) {
    if (const char* name = OBJ_nid2sn(curve.nid)) names.push_back(ToV8(isolate, name));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

constexpr BindingMethod kMethods[] = {
    {"digestInit", DigestInit},
    {"digestUpdate", DigestUpdate},
    {"signFinal", SignFinal},
    {"verifyFinal", VerifyFinal},
    {"signOneShot", SignOneShot},
    {"verifyOneShot", VerifyOneShot},
    {"rsaCipher", RsaCipher},
    {"deriveSecret", DeriveSecret},
    {"ecdhNew", EcdhNew},
    {"ecdhGenerateKeys", EcdhGenerateKeys},
    {"ecdhGetPublicKey", EcdhGetPublicKey},
    {"ecdhGetPrivateKey", EcdhGetPrivateKey},
    {"ecdhSetPrivateKey", EcdhSetPrivateKey},
    {"ecdhSetPublicKey", EcdhSetPublicKey},
    {"ecdhComputeSecret", EcdhComputeSecret},
    {"ecdhConvertKey", EcdhConvertKey},
    {"getCurves", GetCurves},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto_keys

KILN_REGISTER_BINDING(crypto_sign, kiln::crypto_keys::Initialize, kiln::crypto_keys::kMethods)
