// internalBinding('crypto_kdf'): key derivation (PBKDF2, scrypt, HKDF), synchronously or on
// the thread pool. Inputs are copied first, so JS may reuse its buffers during a job.
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "crypto_wrap.h"

namespace kiln::crypto {
namespace {

std::vector<uint8_t> CopyBytes(v8::Local<v8::Value> value) {
  Bytes bytes = GetBytes(value);
  return std::vector<uint8_t>(bytes.data, bytes.data + bytes.length);
}

const EVP_MD* DigestArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  v8::String::Utf8Value name(args.GetIsolate(), args[index]);
  return FindDigest(std::string_view(*name, name.length()));
}

size_t SizeArg(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
  return static_cast<size_t>(args[index].As<v8::Number>()->Value());
}

// A job whose result is a new ArrayBuffer of derived bytes.
class DeriveJob : public ThreadPoolJob {
 public:
  explicit DeriveJob(size_t length) : out_(length) {}
  bool allocated() const { return out_.allocated(); }
  void Finish(Environment* env, v8::Local<v8::Value>* error, v8::Local<v8::Value>* value) override {
    if (!ok_) {
      *error = OpenSSLError(env->isolate(), error_, failure_);
      return;
    }
    *value = out_.Release(env->isolate());
  }

 protected:
  void Fail(const char* failure) {
    ok_ = false;
    failure_ = failure;
    error_ = ERR_peek_last_error();
    ERR_clear_error();
  }
  OutputBuffer out_;

 private:
  bool ok_ = true;
  const char* failure_ = "";
  unsigned long error_ = 0;
};

class Pbkdf2Job : public DeriveJob {
 public:
  Pbkdf2Job(std::vector<uint8_t> password, std::vector<uint8_t> salt, int iterations,
            const EVP_MD* md, size_t length)
      : DeriveJob(length),
        password_(std::move(password)),
        salt_(std::move(salt)),
        iterations_(iterations),
        md_(md) {}
  void Run() override {
    if (out_.empty()) return;
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password_.data()),
                          static_cast<int>(password_.size()), salt_.data(),
                          static_cast<int>(salt_.size()), iterations_, md_,
                          static_cast<int>(out_.size()), out_.data()) != 1) {
      Fail("PBKDF2 failed");
    }
  }

 private:
  std::vector<uint8_t> password_, salt_;
  int iterations_;
  const EVP_MD* md_;
};

// pbkdf2(password, salt, iterations, keylen, digest, callback?) -> ArrayBuffer (sync), true
// (queued), or undefined when the digest is unknown.
void Pbkdf2(const v8::FunctionCallbackInfo<v8::Value>& args) {
  const EVP_MD* md = DigestArg(args, 4);
  if (md == nullptr) return;
  auto job = std::make_unique<Pbkdf2Job>(CopyBytes(args[0]), CopyBytes(args[1]),
                                         args[2].As<v8::Int32>()->Value(), md, SizeArg(args, 3));
  if (!job->allocated()) return ThrowAllocationFailed(args.GetIsolate());
  if (args[5]->IsFunction()) args.GetReturnValue().Set(true);
  RunJob(args, 5, std::move(job));
}

class ScryptJob : public DeriveJob {
 public:
  ScryptJob(std::vector<uint8_t> password, std::vector<uint8_t> salt, uint64_t n, uint64_t r,
            uint64_t p, uint64_t maxmem, size_t length)
      : DeriveJob(length),
        password_(std::move(password)),
        salt_(std::move(salt)),
        n_(n),
        r_(r),
        p_(p),
        maxmem_(maxmem) {}
  void Run() override {
    if (out_.empty()) return;
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(password_.data()), password_.size(),
                       salt_.data(), salt_.size(), n_, r_, p_, maxmem_, out_.data(),
                       out_.size()) != 1) {
      Fail("Scrypt failed");
    }
  }

 private:
  std::vector<uint8_t> password_, salt_;
  uint64_t n_, r_, p_, maxmem_;
};

// OpenSSL's own parameter checks of scrypt (crypto/evp/pbe_scrypt.c), written out because a
// parameter check through EVP_PBE_scrypt with no output does not report the memory limit on
// every OpenSSL 3.0 build. Returns false when the parameters are refused; *memory is then set
// when the reason is the memory limit.
bool ScryptParamsValid(uint64_t n, uint64_t r, uint64_t p, uint64_t maxmem, bool* memory) {
  constexpr uint64_t kPrMax = (1u << 30) - 1;
  *memory = false;
  if (r == 0 || p == 0 || n < 2 || (n & (n - 1)) != 0) return false;
  if (r > UINT32_MAX || p > UINT32_MAX) return false;
  *memory = true;
  if (p > kPrMax / r) return false;
  if (16 * r <= 63 && n >= (uint64_t{1} << (16 * r))) return false;
  uint64_t b_length = p * 128 * r;
  if (b_length > INT_MAX) return false;
  if (n + 2 > (UINT64_MAX / (32 * sizeof(uint32_t))) / r) return false;
  uint64_t v_length = 32 * r * (n + 2) * sizeof(uint32_t);
  if (b_length > UINT64_MAX - v_length) return false;
  if (maxmem == 0) maxmem = 32 * 1024 * 1024;
  if (b_length + v_length > maxmem) return false;
  *memory = false;
  return true;
}

// scrypt(password, salt, N, r, p, maxmem, keylen, callback?). Parameters OpenSSL refuses throw
// Node's ERR_CRYPTO_INVALID_SCRYPT_PARAMS before any work is queued.
void Scrypt(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  auto n = static_cast<uint64_t>(args[2].As<v8::Number>()->Value());
  auto r = static_cast<uint64_t>(args[3].As<v8::Number>()->Value());
  auto p = static_cast<uint64_t>(args[4].As<v8::Number>()->Value());
  auto maxmem = static_cast<uint64_t>(args[5].As<v8::Number>()->Value());
  bool memory = false;
  if (!ScryptParamsValid(n, r, p, maxmem, &memory)) {
    std::string message = "Invalid scrypt params";
    if (memory) {
      ERR_clear_error();
      ERR_raise(ERR_LIB_EVP, EVP_R_MEMORY_LIMIT_EXCEEDED);
      char text[256];
      ERR_error_string_n(ERR_get_error(), text, sizeof(text));
      message += std::string(": ") + text;
    }
    ERR_clear_error();
    isolate->ThrowException(
        CodedError(isolate, "RangeError", "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", message.c_str()));
    return;
  }
  auto job = std::make_unique<ScryptJob>(CopyBytes(args[0]), CopyBytes(args[1]), n, r, p, maxmem,
                                         SizeArg(args, 6));
  if (!job->allocated()) return ThrowAllocationFailed(isolate);
  RunJob(args, 7, std::move(job));
}

// HKDF (RFC 5869) written out over HMAC: OpenSSL's HKDF refuses an empty key, Node's does not.
class HkdfJob : public DeriveJob {
 public:
  HkdfJob(const EVP_MD* md, std::vector<uint8_t> key, std::vector<uint8_t> salt,
          std::vector<uint8_t> info, size_t length)
      : DeriveJob(length),
        md_(md),
        key_(std::move(key)),
        salt_(std::move(salt)),
        info_(std::move(info)) {}
  void Run() override {
    if (out_.empty()) return;
    size_t hash_length = static_cast<size_t>(EVP_MD_get_size(md_));
    if (salt_.empty()) salt_.assign(hash_length, 0);
    uint8_t prk[EVP_MAX_MD_SIZE];
    unsigned int prk_length = 0;
    if (HMAC(md_, salt_.data(), static_cast<int>(salt_.size()), key_.data(), key_.size(), prk,
             &prk_length) == nullptr) {
      return Fail("HKDF failed");
    }
    std::vector<uint8_t> block;
    size_t done = 0;
    for (uint8_t counter = 1; done < out_.size(); counter++) {
      std::vector<uint8_t> input(block);
      input.insert(input.end(), info_.begin(), info_.end());
      input.push_back(counter);
      uint8_t t[EVP_MAX_MD_SIZE];
      unsigned int t_length = 0;
      if (HMAC(md_, prk, static_cast<int>(prk_length), input.data(), input.size(), t, &t_length) ==
          nullptr) {
        return Fail("HKDF failed");
      }
      block.assign(t, t + t_length);
      size_t take = std::min<size_t>(t_length, out_.size() - done);
      std::copy(t, t + take, out_.data() + done);
      done += take;
    }
    OPENSSL_cleanse(prk, sizeof(prk));
  }

 private:
  const EVP_MD* md_;
  std::vector<uint8_t> key_, salt_, info_;
};

// hkdf(digest, key, salt, info, length, callback?) -> as pbkdf2; -1 when the length exceeds
// 255 blocks of the digest.
void Hkdf(const v8::FunctionCallbackInfo<v8::Value>& args) {
  const EVP_MD* md = DigestArg(args, 0);
  if (md == nullptr || (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) return;
  size_t length = SizeArg(args, 4);
  if (length > 255 * static_cast<size_t>(EVP_MD_get_size(md))) {
    args.GetReturnValue().Set(-1);
    return;
  }
  auto job = std::make_unique<HkdfJob>(md, CopyBytes(args[1]), CopyBytes(args[2]),
                                       CopyBytes(args[3]), length);
  if (!job->allocated()) return ThrowAllocationFailed(args.GetIsolate());
  if (args[5]->IsFunction()) args.GetReturnValue().Set(true);
  RunJob(args, 5, std::move(job));
}

constexpr BindingMethod kMethods[] = {
    {"pbkdf2", Pbkdf2},
    {"scrypt", Scrypt},
    {"hkdf", Hkdf},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto

KILN_REGISTER_BINDING(crypto_kdf, kiln::crypto::Initialize, kiln::crypto::kMethods)
