// internalBinding('crypto_keygen'): new keys for node:crypto: key pairs of rsa, rsa-pss, dsa,
// ec, ed25519, ed448, x25519 and x448 (synchronously or on the thread pool), and random secret
// keys. 'dh' pairs are made in crypto_dh.cc.
#include <openssl/bn.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include "callback_scope.h"
#include "crypto_keys.h"

namespace kiln::crypto_keys {
namespace {

using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

struct KeygenJob {
  uv_work_t work;
  Environment* env = nullptr;
  v8::Global<v8::Function> callback;
  std::string type;
  int bits = 0;
  double exponent = 0x10001;
  int curve_nid = NID_undef;
  const EVP_MD* md = nullptr;
  const EVP_MD* mgf1_md = nullptr;
  int salt_length = -1;
  EVP_PKEY* pkey = nullptr;
  unsigned long err = 0;
  ~KeygenJob() {
    if (pkey != nullptr) EVP_PKEY_free(pkey);
  }
};

int KeygenPkeyId(const std::string& type) {
  if (type == "rsa") return EVP_PKEY_RSA;
  if (type == "rsa-pss") return EVP_PKEY_RSA_PSS;
  if (type == "ec") return EVP_PKEY_EC;
  if (type == "dsa") return EVP_PKEY_DSA;
  if (type == "ed25519") return EVP_PKEY_ED25519;
  if (type == "ed448") return EVP_PKEY_ED448;
  if (type == "x25519") return EVP_PKEY_X25519;
  if (type == "x448") return EVP_PKEY_X448;
  return NID_undef;
}

// DSA keys come from generated domain parameters (salt_length holds divisorLength, -1 for the
// default).
EVP_PKEY* DsaParameters(KeygenJob* job) {
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_DSA, nullptr), EVP_PKEY_CTX_free);
  EVP_PKEY* params = nullptr;
  if (!ctx || EVP_PKEY_paramgen_init(ctx.get()) != 1 ||
      EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx.get(), job->bits) != 1 ||
      (job->salt_length >= 0 &&
       EVP_PKEY_CTX_set_dsa_paramgen_q_bits(ctx.get(), job->salt_length) != 1) ||
      EVP_PKEY_paramgen(ctx.get(), &params) != 1) {
    return nullptr;
  }
  return params;
}

void RunKeygen(KeygenJob* job) {
  ERR_clear_error();
  int id = KeygenPkeyId(job->type);
  EVP_PKEY* params = id == EVP_PKEY_DSA ? DsaParameters(job) : nullptr;
  PkeyCtxPtr ctx(params != nullptr    ? EVP_PKEY_CTX_new(params, nullptr)
                 : id == EVP_PKEY_DSA ? nullptr
                                      : EVP_PKEY_CTX_new_id(id, nullptr),
                 EVP_PKEY_CTX_free);
  EVP_PKEY_free(params);
  bool ok = ctx && EVP_PKEY_keygen_init(ctx.get()) == 1;
  if (ok && (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS)) {
    ok = EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), job->bits) == 1;
    if (ok) {
      BIGNUM* e = BN_new();
      ok = e != nullptr && BN_set_word(e, static_cast<BN_ULONG>(job->exponent)) == 1 &&
           EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx.get(), e) == 1;
      BN_free(e);
    }
    if (ok && id == EVP_PKEY_RSA_PSS) {
      if (job->md != nullptr) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx.get(), job->md) == 1;
      const EVP_MD* mgf1 = job->mgf1_md != nullptr ? job->mgf1_md : job->md;
      if (ok && mgf1 != nullptr) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx.get(), mgf1) == 1;
      int salt = job->salt_length;
      if (salt < 0 && job->md != nullptr) salt = EVP_MD_get_size(job->md);
      if (ok && salt >= 0) ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx.get(), salt) == 1;
    }
  } else if (ok && id == EVP_PKEY_EC) {
    ok = EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx.get(), job->curve_nid) == 1 &&
         EVP_PKEY_CTX_set_ec_param_enc(
             ctx.get(), job->bits == 1 ? OPENSSL_EC_EXPLICIT_CURVE : OPENSSL_EC_NAMED_CURVE) == 1;
  }
  if (ok) ok = EVP_PKEY_keygen(ctx.get(), &job->pkey) == 1;
  if (!ok) {
    job->err = ERR_get_error();
    if (job->err == 0) job->err = ERR_PACK(ERR_LIB_EVP, 0, ERR_R_INTERNAL_ERROR);
    ERR_clear_error();
  }
}

// Results of a finished job: [error, publicHandle, privateHandle].
void KeygenResults(KeygenJob* job, v8::Local<v8::Value>* out) {
  v8::Isolate* isolate = job->env->isolate();
  out[0] = v8::Undefined(isolate);
  out[1] = v8::Undefined(isolate);
  out[2] = v8::Undefined(isolate);
  if (job->pkey == nullptr) {
    // Node reports a failed key generation with OpenSSL's message only.
    char buffer[256];
    ERR_error_string_n(job->err, buffer, sizeof(buffer));
    out[0] = v8::Exception::Error(ToV8(isolate, buffer));
    return;
  }
  EVP_PKEY_up_ref(job->pkey);
  out[1] = NewKeyHandle(isolate, MakeAsymmetricKey(KeyType::kPublic, job->pkey));
  out[2] = NewKeyHandle(isolate, MakeAsymmetricKey(KeyType::kPrivate, job->pkey));
  job->pkey = nullptr;
}

// generateKeyPair(type, modulusLength (for ec: 1 for explicit curve parameters), publicExponent,
// namedCurve, hash, mgf1Hash, saltLength (divisorLength for dsa), callback?) -> [publicHandle,
// privateHandle]; with a callback, callback(err, public, private) from the thread pool.
void GenerateKeyPair(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto job = std::make_unique<KeygenJob>();
  job->env = env;
  job->type = StringArg(isolate, args[0]);
  CHECK(KeygenPkeyId(job->type) != NID_undef);
  job->bits = args[1]->Int32Value(context).FromMaybe(0);
  if (args[2]->IsNumber()) job->exponent = args[2].As<v8::Number>()->Value();
  if (job->type == "ec") {
    std::string curve = StringArg(isolate, args[3]);
    int nid = EC_curve_nist2nid(curve.c_str());
    if (nid == NID_undef) nid = OBJ_sn2nid(curve.c_str());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    ERR_clear_error();
    if (group == nullptr) {
      return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_CURVE",
                             "Invalid EC curve name");
    }
    EC_GROUP_free(group);
    job->curve_nid = nid;
  }
  if (args[4]->IsString()) {
    job->md = FindDigest(ToUtf8(isolate, args[4]));
    if (job->md == nullptr) {
      return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_DIGEST",
                             "Invalid digest: " + ToUtf8(isolate, args[4]));
    }
  }
  if (args[5]->IsString()) {
    job->mgf1_md = FindDigest(ToUtf8(isolate, args[5]));
    if (job->mgf1_md == nullptr) {
      return ThrowCodedError(isolate, "TypeError", "ERR_CRYPTO_INVALID_DIGEST",
                             "Invalid MGF1 digest: " + ToUtf8(isolate, args[5]));
    }
  }
  if (args[6]->IsInt32()) job->salt_length = args[6].As<v8::Int32>()->Value();
  FinishKeyPairJob<KeygenJob, RunKeygen, KeygenResults>(args, std::move(job), args[7]);
}

// randomSecretKey(length) -> handle of `length` random bytes
void RandomSecretKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint32_t length = args[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
  std::vector<uint8_t> bytes(length);
  if (length > 0 && RAND_bytes(bytes.data(), static_cast<int>(length)) != 1) {
    return ThrowOpenSSLError(isolate, 0, "Key generation failed");
  }
  KeyPtr key = MakeSecretKey(bytes.data(), bytes.size());
  OPENSSL_cleanse(bytes.data(), bytes.size());
  args.GetReturnValue().Set(NewKeyHandle(isolate, std::move(key)));
}

constexpr BindingMethod kMethods[] = {
    {"generateKeyPair", GenerateKeyPair},
    {"randomSecretKey", RandomSecretKey},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto_keys

KILN_REGISTER_BINDING(crypto_keygen, kiln::crypto_keys::Initialize, kiln::crypto_keys::kMethods)
