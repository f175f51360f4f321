// internalBinding('crypto_dh'): finite-field Diffie-Hellman objects (createDiffieHellman,
// getDiffieHellman) and 'dh' key pairs. The objects use OpenSSL's DH type, as Node's do: its
// DH_check codes are `verifyError`, and its private key sizes for the RFC 3526 groups are the
// ones programs see from Node.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <cstring>

#include "callback_scope.h"
#include "crypto_keys.h"

namespace kiln::crypto_keys {
namespace {

struct DhHolder {
  DH* dh = nullptr;
  int verify_error = 0;
  v8::Global<v8::Object> handle;
  ~DhHolder() { DH_free(dh); }
};

struct DhTemplates {
  v8::Isolate* isolate = nullptr;
  v8::Eternal<v8::FunctionTemplate> templates[2];
};
thread_local DhTemplates dh_templates;

// The class names util.inspect shows, as in Node: DiffieHellman, DiffieHellmanGroup.
// verifyError, an accessor of the handle as in Node.
void VerifyErrorGetter(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Object> self = args.This();
  if (self->InternalFieldCount() < 1) return;
  auto* holder = static_cast<DhHolder*>(self->GetAlignedPointerFromInternalField(0));
  if (holder != nullptr) args.GetReturnValue().Set(holder->verify_error);
}

v8::Local<v8::FunctionTemplate> DhTemplate(v8::Isolate* isolate, int index) {
  if (dh_templates.isolate != isolate) {
    const char* names[] = {"DiffieHellman", "DiffieHellmanGroup"};
    for (int i = 0; i < 2; i++) {
      v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
      tmpl->SetClassName(Symbolize(isolate, names[i]));
      tmpl->InstanceTemplate()->SetInternalFieldCount(1);
      tmpl->InstanceTemplate()->SetAccessorProperty(
          Symbolize(isolate, "verifyError"), v8::FunctionTemplate::New(isolate, VerifyErrorGetter));
      dh_templates.templates[i].Set(isolate, tmpl);
    }
    dh_templates.isolate = isolate;
  }
  return dh_templates.templates[index].Get(isolate);
}

v8::Local<v8::Object> NewDhHandle(v8::Isolate* isolate, DH* dh, bool group, int verify_error) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = DhTemplate(isolate, group ? 1 : 0)
                                     ->GetFunction(context)
                                     .ToLocalChecked()
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  auto* holder = new DhHolder();
  holder->dh = dh;
  holder->verify_error = verify_error;
  object->SetAlignedPointerInInternalField(0, holder);
  holder->handle.Reset(isolate, object);
  holder->handle.SetWeak(
      holder,
      [](const v8::WeakCallbackInfo<DhHolder>& info) {
        DhHolder* holder = info.GetParameter();
        holder->handle.Reset();
        delete holder;
      },
      v8::WeakCallbackType::kParameter);
  return object;
}

// The DH of a handle, or null after throwing.
DH* DhArg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (args[0]->IsObject()) {
    v8::Local<v8::Object> object = args[0].As<v8::Object>();
    if (object->InternalFieldCount() >= 1 && (DhTemplate(isolate, 0)->HasInstance(object) ||
                                              DhTemplate(isolate, 1)->HasInstance(object))) {
      return static_cast<DhHolder*>(object->GetAlignedPointerFromInternalField(0))->dh;
    }
  }
  ThrowCodedError(isolate, "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
  return nullptr;
}

BIGNUM* (*GroupPrime(const std::string& name))(BIGNUM*) {
  if (name == "modp1") return BN_get_rfc2409_prime_768;
  if (name == "modp2") return BN_get_rfc2409_prime_1024;
  if (name == "modp5") return BN_get_rfc3526_prime_1536;
  if (name == "modp14") return BN_get_rfc3526_prime_2048;
  if (name == "modp15") return BN_get_rfc3526_prime_3072;
  if (name == "modp16") return BN_get_rfc3526_prime_4096;
  if (name == "modp17") return BN_get_rfc3526_prime_6144;
  if (name == "modp18") return BN_get_rfc3526_prime_8192;
  return nullptr;
}

// A DH with prime p and generator g (both taken), or null with an OpenSSL error queued.
DH* DhFromParameters(BIGNUM* p, BIGNUM* g) {
  DH* dh = DH_new();
  if (dh == nullptr || p == nullptr || g == nullptr || DH_set0_pqg(dh, p, nullptr, g) != 1) {
    BN_free(p);
    BN_free(g);
    DH_free(dh);
    return nullptr;
  }
  return dh;
}

void Finish(const v8::FunctionCallbackInfo<v8::Value>& args, DH* dh, bool group) {
  v8::Isolate* isolate = args.GetIsolate();
  int codes = 0;
  if (dh == nullptr || DH_check(dh, &codes) != 1) {
    DH_free(dh);
    return ThrowOpenSSLError(isolate, 0, "Initialization failed");
  }
  v8::Local<v8::Object> handle = NewDhHandle(isolate, dh, group, codes);
  v8::Local<v8::Value> result[] = {handle, v8::Integer::New(isolate, codes)};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

// dhNew(sizeOrPrime, generator) -> [handle, verifyError]: a prime length (bits) generates a
// prime; the generator is a number or bytes.
void DhNew(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  DH* dh = nullptr;
  if (args[0]->IsInt32()) {
    int bits = args[0].As<v8::Int32>()->Value();
    int generator = 0;
    if (args[1]->IsInt32()) {
      generator = args[1].As<v8::Int32>()->Value();
    } else {
      Bytes bytes = GetBytes(args[1]);
      BIGNUM* g =
          BN_bin2bn(bytes.data, static_cast<int>(std::min<size_t>(bytes.length, 8)), nullptr);
      generator = g != nullptr && BN_num_bits(g) < 31 ? static_cast<int>(BN_get_word(g)) : 0;
      BN_free(g);
    }
    if (bits < 2) {
      ERR_raise(ERR_LIB_DH, DH_R_MODULUS_TOO_SMALL);
    } else if (generator < 2) {
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
    } else {
      dh = DH_new();
      if (dh != nullptr && DH_generate_parameters_ex(dh, bits, generator, nullptr) != 1) {
        DH_free(dh);
        dh = nullptr;
      }
    }
    return Finish(args, dh, false);
  }
  Bytes prime = GetBytes(args[0]);
  if (prime.length > INT32_MAX)
    return ThrowCodedError(isolate, "RangeError", "ERR_OUT_OF_RANGE", "prime is too big");
  BIGNUM* p = BN_bin2bn(prime.data, static_cast<int>(prime.length), nullptr);
  BIGNUM* g = nullptr;
  if (args[1]->IsInt32()) {
    int generator = args[1].As<v8::Int32>()->Value();
    if (generator < 2) {
      BN_free(p);
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return Finish(args, nullptr, false);
    }
    g = BN_new();
    if (g != nullptr) BN_set_word(g, static_cast<BN_ULONG>(generator));
  } else {
    Bytes bytes = GetBytes(args[1]);
    g = BN_bin2bn(bytes.data, static_cast<int>(std::min<size_t>(bytes.length, INT32_MAX)), nullptr);
    if (g != nullptr && (BN_is_zero(g) || BN_is_one(g))) {
      BN_free(p);
      BN_free(g);
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return Finish(args, nullptr, false);
    }
  }
  Finish(args, DhFromParameters(p, g), false);
}

// dhNewGroup(name) -> [handle, verifyError], or undefined for an unknown group.
void DhNewGroup(const v8::FunctionCallbackInfo<v8::Value>& args) {
  ERR_clear_error();
  auto prime = GroupPrime(StringArg(args.GetIsolate(), args[0]));
  if (prime == nullptr) return;
  BIGNUM* g = BN_new();
  if (g != nullptr) BN_set_word(g, 2);
  Finish(args, DhFromParameters(prime(nullptr), g), true);
}

v8::Local<v8::Value> BnBytes(v8::Isolate* isolate, const BIGNUM* bn) {
  std::vector<uint8_t> bytes(static_cast<size_t>(BN_num_bytes(bn)));
  BN_bn2bin(bn, bytes.data());
  v8::Local<v8::Value> result = NewArrayBuffer(isolate, bytes.data(), bytes.size());
  OPENSSL_cleanse(bytes.data(), bytes.size());
  return result;
}

// dhGenerateKeys(handle) -> the public key
void DhGenerateKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  DH* dh = DhArg(args);
  if (dh == nullptr) return;
  if (DH_generate_key(dh) != 1) return ThrowOpenSSLError(isolate, 0, "Key generation failed");
  args.GetReturnValue().Set(BnBytes(isolate, DH_get0_pub_key(dh)));
}

// dhGetField(handle, which: 0 prime, 1 generator, 2 public, 3 private)
void DhGetField(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  DH* dh = DhArg(args);
  if (dh == nullptr) return;
  int which = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  const BIGNUM* value = which == 0   ? DH_get0_p(dh)
                        : which == 1 ? DH_get0_g(dh)
                        : which == 2 ? DH_get0_pub_key(dh)
                                     : DH_get0_priv_key(dh);
  if (value == nullptr) {
    return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_INVALID_STATE",
                           which == 2 ? "No public key - did you forget to generate one?"
                                      : "No private key - did you forget to generate one?");
  }
  args.GetReturnValue().Set(BnBytes(isolate, value));
}

// dhSetKey(handle, bytes, isPrivate)
void DhSetKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  DH* dh = DhArg(args);
  if (dh == nullptr) return;
  Bytes bytes = GetBytes(args[1]);
  if (bytes.length > INT32_MAX) {
    return ThrowCodedError(isolate, "RangeError", "ERR_OUT_OF_RANGE", "buf is too big");
  }
  BIGNUM* value = BN_bin2bn(bytes.data, static_cast<int>(bytes.length), nullptr);
  CHECK(value != nullptr);
  if (args[2]->IsTrue()) {
    DH_set0_key(dh, nullptr, value);
  } else {
    DH_set0_key(dh, value, nullptr);
  }
}

// dhComputeSecret(handle, peerPublicKey) -> ArrayBuffer (as long as the prime)
void DhComputeSecret(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  DH* dh = DhArg(args);
  if (dh == nullptr) return;
  Bytes bytes = GetBytes(args[1]);
  if (bytes.length > INT32_MAX) {
    return ThrowCodedError(isolate, "RangeError", "ERR_OUT_OF_RANGE", "secret is too big");
  }
  BIGNUM* key = BN_bin2bn(bytes.data, static_cast<int>(bytes.length), nullptr);
  std::vector<uint8_t> secret(static_cast<size_t>(DH_size(dh)));
  int size = key == nullptr ? -1 : DH_compute_key(secret.data(), key, dh);
  if (size < 0) {
    int result = 0;
    int checked = key != nullptr && DH_check_pub_key(dh, key, &result);
    BN_free(key);
    if (!checked) return ThrowOpenSSLError(isolate, 0, "Invalid Key");
    ERR_clear_error();
    if (result & DH_CHECK_PUBKEY_TOO_SMALL) {
      return ThrowCodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN",
                             "Supplied key is too small");
    }
    if (result & DH_CHECK_PUBKEY_TOO_LARGE) {
      return ThrowCodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN",
                             "Supplied key is too large");
    }
    return ThrowCodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Invalid key type");
  }
  BN_free(key);
  // A secret with leading zero bytes is shorter: left-pad it to the prime's length.
  size_t length = static_cast<size_t>(size);
  if (length < secret.size()) {
    memmove(secret.data() + secret.size() - length, secret.data(), length);
    memset(secret.data(), 0, secret.size() - length);
  }
  args.GetReturnValue().Set(NewArrayBuffer(isolate, secret.data(), secret.size()));
  OPENSSL_cleanse(secret.data(), secret.size());
}

// ---- 'dh' key pairs ----

struct DhKeygenJob {
  uv_work_t work;
  Environment* env = nullptr;
  v8::Global<v8::Function> callback;
  DH* params = nullptr;  // from a group or a given prime
  int prime_length = 0;  // or a prime to generate
  int generator = 2;
  EVP_PKEY* pkey = nullptr;
  unsigned long err = 0;
  ~DhKeygenJob() {
    DH_free(params);
    EVP_PKEY_free(pkey);
  }
};

void RunDhKeygen(DhKeygenJob* job) {
  ERR_clear_error();
  DH* dh = job->params;
  job->params = nullptr;
  if (dh == nullptr) {
    dh = DH_new();
    if (dh != nullptr &&
        DH_generate_parameters_ex(dh, job->prime_length, job->generator, nullptr) != 1) {
      DH_free(dh);
      dh = nullptr;
    }
  }
  EVP_PKEY* params = dh == nullptr ? nullptr : EVP_PKEY_new();
  if (params != nullptr && EVP_PKEY_assign_DH(params, dh) != 1) {
    EVP_PKEY_free(params);
    params = nullptr;
  } else if (params == nullptr) {
    DH_free(dh);
  }
  EVP_PKEY_CTX* ctx = params == nullptr ? nullptr : EVP_PKEY_CTX_new(params, nullptr);
  if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) != 1 || EVP_PKEY_keygen(ctx, &job->pkey) != 1) {
    job->err = ERR_get_error();
    if (job->err == 0) job->err = ERR_PACK(ERR_LIB_DH, 0, ERR_R_INTERNAL_ERROR);
  }
  EVP_PKEY_CTX_free(ctx);
  EVP_PKEY_free(params);
  ERR_clear_error();
}

void DhKeygenResults(DhKeygenJob* job, v8::Local<v8::Value>* out) {
  v8::Isolate* isolate = job->env->isolate();
  out[0] = out[1] = out[2] = v8::Undefined(isolate);
  if (job->pkey == nullptr) {
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

// dhGenerateKeyPair(groupName | prime bytes | primeLength, generator, callback?) ->
// [publicHandle, privateHandle]; with a callback, callback(err, public, private) from the
// thread pool.
void DhGenerateKeyPair(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  ERR_clear_error();
  auto job = std::make_unique<DhKeygenJob>();
  job->env = env;
  job->generator = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : 2;
  if (args[0]->IsString()) {
    auto prime = GroupPrime(ToUtf8(isolate, args[0]));
    if (prime == nullptr) {
      return ThrowCodedError(isolate, "Error", "ERR_CRYPTO_UNKNOWN_DH_GROUP", "Unknown DH group");
    }
    BIGNUM* g = BN_new();
    if (g != nullptr) BN_set_word(g, 2);
    job->params = DhFromParameters(prime(nullptr), g);
  } else if (args[0]->IsInt32()) {
    job->prime_length = args[0].As<v8::Int32>()->Value();
  } else {
    Bytes bytes = GetBytes(args[0]);
    if (bytes.length > INT32_MAX)
      return ThrowCodedError(isolate, "RangeError", "ERR_OUT_OF_RANGE", "prime is too big");
    BIGNUM* g = BN_new();
    if (g != nullptr) BN_set_word(g, static_cast<BN_ULONG>(std::max(job->generator, 0)));
    job->params =
        DhFromParameters(BN_bin2bn(bytes.data, static_cast<int>(bytes.length), nullptr), g);
  }
  FinishKeyPairJob<DhKeygenJob, RunDhKeygen, DhKeygenResults>(args, std::move(job), args[2]);
}

constexpr BindingMethod kMethods[] = {
    {"dhNew", DhNew},
    {"dhNewGroup", DhNewGroup},
    {"dhGenerateKeys", DhGenerateKeys},
    {"dhGetField", DhGetField},
    {"dhSetKey", DhSetKey},
    {"dhComputeSecret", DhComputeSecret},
    {"dhGenerateKeyPair", DhGenerateKeyPair},
    {"dhVerifyErrorGetter", VerifyErrorGetter},  // listed for the snapshot's references
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto_keys

KILN_REGISTER_BINDING(crypto_dh, kiln::crypto_keys::Initialize, kiln::crypto_keys::kMethods)
