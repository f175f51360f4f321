// internalBinding('crypto_keys'): the key handles behind node:crypto's KeyObject (secret bytes
// or an EVP_PKEY), parsing PEM/DER and JWK components into them, exporting them, and their
// details. Key generation is in crypto_keygen.cc.
#include "crypto_keys.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <algorithm>
#include <climits>
#include <cstring>

#include "string_bytes.h"

namespace kiln::crypto_keys {

KeyData::~KeyData() {
  if (pkey != nullptr) EVP_PKEY_free(pkey);
  if (!secret.empty()) OPENSSL_cleanse(secret.data(), secret.size());
}

KeyPtr MakeAsymmetricKey(KeyType type, EVP_PKEY* pkey) {
  auto key = std::make_shared<KeyData>();
  key->type = type;
  key->pkey = pkey;
  return key;
}

KeyPtr MakeSecretKey(const uint8_t* data, size_t length) {
  auto key = std::make_shared<KeyData>();
  key->type = KeyType::kSecret;
  key->secret.assign(data, data + length);
  return key;
}

namespace {

struct KeyHolder {
  KeyPtr key;
  v8::Global<v8::Object> handle;
};

// One template per isolate; each thread runs at most one isolate at a time.
struct HandleTemplate {
  v8::Isolate* isolate = nullptr;
  v8::Eternal<v8::FunctionTemplate> tmpl;
};
thread_local HandleTemplate handle_template;

v8::Local<v8::FunctionTemplate> KeyHandleTemplate(v8::Isolate* isolate) {
  if (handle_template.isolate != isolate) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate);
    tmpl->SetClassName(Symbolize(isolate, "KeyObjectHandle"));
    tmpl->InstanceTemplate()->SetInternalFieldCount(1);
    handle_template.tmpl.Set(isolate, tmpl);
    handle_template.isolate = isolate;
  }
  return handle_template.tmpl.Get(isolate);
}

void OnHandleCollected(const v8::WeakCallbackInfo<KeyHolder>& info) {
  KeyHolder* holder = info.GetParameter();
  holder->handle.Reset();
  delete holder;
}

}  // namespace

v8::Local<v8::Object> NewKeyHandle(v8::Isolate* isolate, KeyPtr key) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = KeyHandleTemplate(isolate)
                                     ->GetFunction(context)
                                     .ToLocalChecked()
                                     ->NewInstance(context)
                                     .ToLocalChecked();
  auto* holder = new KeyHolder{std::move(key), {}};
  object->SetAlignedPointerInInternalField(0, holder);
  holder->handle.Reset(isolate, object);
  holder->handle.SetWeak(holder, OnHandleCollected, v8::WeakCallbackType::kParameter);
  return object;
}

KeyPtr KeyFromHandle(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() < 1 || !KeyHandleTemplate(isolate)->HasInstance(object)) {
    return nullptr;
  }
  auto* holder = static_cast<KeyHolder*>(object->GetAlignedPointerFromInternalField(0));
  return holder == nullptr ? nullptr : holder->key;
}

std::string StringArg(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (!value->IsString()) return std::string();
  return ToUtf8(isolate, value);
}

namespace {

void SetString(v8::Isolate* isolate, v8::Local<v8::Object> target, const char* name,
               const std::string& value) {
  target->Set(isolate->GetCurrentContext(), Symbolize(isolate, name), ToV8(isolate, value)).Check();
}

}  // namespace

std::string AsymmetricKeyTypeName(const EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA:
      return "rsa";
    case EVP_PKEY_RSA_PSS:
      return "rsa-pss";
    case EVP_PKEY_DSA:
      return "dsa";
    case EVP_PKEY_DH:
      return "dh";
    case EVP_PKEY_EC:
      return "ec";
    case EVP_PKEY_ED25519:
      return "ed25519";
    case EVP_PKEY_ED448:
      return "ed448";
    case EVP_PKEY_X25519:
      return "x25519";
    case EVP_PKEY_X448:
      return "x448";
    default:
      return std::string();
  }
}

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free_all)>;
using BnPtr = std::unique_ptr<BIGNUM, decltype(&BN_clear_free)>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

enum KeyFormat { kFormatPem = 0, kFormatDer = 1 };
enum KeyEncoding {
  kEncodingNone = -1,
  kEncodingPkcs1 = 0,
  kEncodingPkcs8 = 1,
  kEncodingSpki = 2,
  kEncodingSec1 = 3
};
enum ParseMode { kParseAny = 0, kParsePrivate = 1, kParsePublic = 2 };
enum class ParseResult { kOk, kNotRecognized, kNeedPassphrase, kFailed };

struct Passphrase {
  bool present = false;
  std::vector<uint8_t> bytes;
  ~Passphrase() {
    if (!bytes.empty()) OPENSSL_cleanse(bytes.data(), bytes.size());
  }
};

int PasswordCallback(char* buf, int size, int, void* u) {
  const auto* passphrase = static_cast<const Passphrase*>(u);
  if (passphrase == nullptr || !passphrase->present) return -1;
  if (static_cast<size_t>(size) < passphrase->bytes.size()) return -1;
  if (!passphrase->bytes.empty()) memcpy(buf, passphrase->bytes.data(), passphrase->bytes.size());
  return static_cast<int>(passphrase->bytes.size());
}

BIO* MemoryBio(const Bytes& bytes) {
  if (bytes.length > INT_MAX) return nullptr;
  return BIO_new_mem_buf(bytes.data, static_cast<int>(bytes.length));
}

// DER PKCS#8: EncryptedPrivateKeyInfo starts with an AlgorithmIdentifier (a SEQUENCE) where
// PrivateKeyInfo starts with its version (an INTEGER).
bool IsEncryptedPrivateKeyInfo(const Bytes& bytes) {
  if (bytes.length < 2 || bytes.data[0] != 0x30) return false;
  size_t offset = 2;
  if (bytes.data[1] & 0x80) {
    size_t n = bytes.data[1] & 0x7f;
    if (n == 0 || n > 4) return false;
    offset += n;
  }
  return offset < bytes.length && bytes.data[offset] == 0x30;
}

// An RSAPrivateKey starts with a version of 0 or 1, an RSAPublicKey with its modulus (>= 4).
bool IsRsaPrivateKey(const Bytes& bytes) {
  if (bytes.length < 2 || bytes.data[0] != 0x30) return false;
  size_t offset = 2;
  if (bytes.data[1] & 0x80) {
    size_t n = bytes.data[1] & 0x7f;
    if (n == 0 || n > 4) return false;
    offset += n;
  }
  return offset + 3 <= bytes.length && bytes.data[offset] == 0x02 &&
         bytes.data[offset + 1] == 0x01 && bytes.data[offset + 2] < 2;
}

ParseResult ParsePrivateKey(EVP_PKEY** out, const Bytes& bytes, int format, int type,
                            const Passphrase& passphrase) {
  EVP_PKEY* pkey = nullptr;
  if (format == kFormatPem) {
    BioPtr bio(MemoryBio(bytes), BIO_free_all);
    if (!bio) return ParseResult::kFailed;
    pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, PasswordCallback,
                                   const_cast<Passphrase*>(&passphrase));
  } else if (type == kEncodingPkcs1 || type == kEncodingSec1) {
    const unsigned char* p = bytes.data;
    pkey = d2i_PrivateKey(type == kEncodingPkcs1 ? EVP_PKEY_RSA : EVP_PKEY_EC, nullptr, &p,
                          static_cast<long>(bytes.length));
  } else {
    BioPtr bio(MemoryBio(bytes), BIO_free_all);
    if (!bio) return ParseResult::kFailed;
    if (IsEncryptedPrivateKeyInfo(bytes)) {
      pkey = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, PasswordCallback,
                                     const_cast<Passphrase*>(&passphrase));
    } else {
      PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO_bio(bio.get(), nullptr);
      if (info != nullptr) {
        pkey = EVP_PKCS82PKEY(info);
        PKCS8_PRIV_KEY_INFO_free(info);
      }
    }
  }
  // OpenSSL can fail to parse a key and still return one.
  unsigned long err = ERR_peek_error();
  if (err != 0 && pkey != nullptr) {
    EVP_PKEY_free(pkey);
    pkey = nullptr;
  }
  if (pkey != nullptr) {
    *out = pkey;
    return ParseResult::kOk;
  }
  if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_BAD_PASSWORD_READ &&
      !passphrase.present) {
    return ParseResult::kNeedPassphrase;
  }
  return ParseResult::kFailed;
}

template <typename Parse>
ParseResult TryParsePublicPem(EVP_PKEY** out, BIO* bio, const char* name, Parse parse) {
  unsigned char* der = nullptr;
  long der_length = 0;
  ERR_set_mark();
  int ok = PEM_bytes_read_bio(&der, &der_length, nullptr, name, bio, nullptr, nullptr);
  ERR_pop_to_mark();
  if (ok != 1) return ParseResult::kNotRecognized;
  const unsigned char* p = der;
  *out = parse(&p, der_length);
  OPENSSL_clear_free(der, static_cast<size_t>(der_length));
  return *out != nullptr ? ParseResult::kOk : ParseResult::kFailed;
}

ParseResult ParsePublicKeyPem(EVP_PKEY** out, const Bytes& bytes) {
  BioPtr bio(MemoryBio(bytes), BIO_free_all);
  if (!bio) return ParseResult::kFailed;
  ParseResult result = TryParsePublicPem(
      out, bio.get(), "PUBLIC KEY",
      [](const unsigned char** p, long length) { return d2i_PUBKEY(nullptr, p, length); });
  if (result != ParseResult::kNotRecognized) return result;
  BIO_reset(bio.get());
  result =
      TryParsePublicPem(out, bio.get(), "RSA PUBLIC KEY", [](const unsigned char** p, long length) {
        return d2i_PublicKey(EVP_PKEY_RSA, nullptr, p, length);
      });
  if (result != ParseResult::kNotRecognized) return result;
  BIO_reset(bio.get());
  return TryParsePublicPem(out, bio.get(), "CERTIFICATE",
                           [](const unsigned char** p, long length) -> EVP_PKEY* {
                             X509* cert = d2i_X509(nullptr, p, length);
                             if (cert == nullptr) return nullptr;
                             EVP_PKEY* pkey = X509_get_pubkey(cert);
                             X509_free(cert);
                             return pkey;
                           });
}

ParseResult ParsePublicKeyDer(EVP_PKEY** out, const Bytes& bytes, int type) {
  const unsigned char* p = bytes.data;
  long length = static_cast<long>(bytes.length);
  *out = type == kEncodingPkcs1 ? d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, length)
                                : d2i_PUBKEY(nullptr, &p, length);
  return *out != nullptr ? ParseResult::kOk : ParseResult::kFailed;
}

// A key for a public context: public key material, or a private key to take it from.
ParseResult ParsePublicOrPrivateKey(EVP_PKEY** out, bool* is_public, const Bytes& bytes, int format,
                                    int type, const Passphrase& passphrase) {
  *is_public = true;
  if (format == kFormatPem) {
    ParseResult result = ParsePublicKeyPem(out, bytes);
    if (result != ParseResult::kNotRecognized) return result;
    *is_public = false;
    return ParsePrivateKey(out, bytes, format, type, passphrase);
  }
  bool public_der = type == kEncodingSpki || (type == kEncodingPkcs1 && !IsRsaPrivateKey(bytes));
  if (public_der) return ParsePublicKeyDer(out, bytes, type);
  *is_public = false;
  return ParsePrivateKey(out, bytes, format, type, passphrase);
}

bool ReadPassphrase(v8::Local<v8::Value> value, Passphrase* passphrase) {
  if (value->IsUndefined() || value->IsNull()) return true;
  Bytes bytes = GetBytes(value);
  if (!bytes.ok) return false;
  passphrase->present = true;
  passphrase->bytes.assign(bytes.data, bytes.data + bytes.length);
  return true;
}

// The key of argument `index`, or null after throwing (JS passes handles, but methods can be
// called on foreign objects).
KeyPtr ArgKey(const v8::FunctionCallbackInfo<v8::Value>& args, int index, bool asymmetric = false) {
  KeyPtr key = KeyFromHandle(args.GetIsolate(), args[index]);
  if (key == nullptr || (asymmetric && key->pkey == nullptr)) {
    ThrowCodedError(args.GetIsolate(), "TypeError", "ERR_INVALID_THIS", "Illegal invocation");
    return nullptr;
  }
  return key;
}

// parseKey(data, format, type, passphrase, mode) -> handle: mode kParseAny keeps what the
// data holds, kParsePrivate needs a private key, kParsePublic returns the public half.
void ParseKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  Bytes bytes = GetBytes(args[0]);
  CHECK(bytes.ok);
  int format = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(kFormatPem);
  int type = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : kEncodingNone;
  Passphrase passphrase;
  CHECK(ReadPassphrase(args[3], &passphrase));
  int mode = args[4]->Int32Value(isolate->GetCurrentContext()).FromMaybe(kParseAny);
  EVP_PKEY* pkey = nullptr;
  bool is_public = false;
  ParseResult result =
      mode == kParsePrivate
          ? ParsePrivateKey(&pkey, bytes, format, type, passphrase)
          : ParsePublicOrPrivateKey(&pkey, &is_public, bytes, format, type, passphrase);
  if (result == ParseResult::kNeedPassphrase) {
    ERR_clear_error();
    return ThrowCodedError(isolate, "TypeError", "ERR_MISSING_PASSPHRASE",
                           "Passphrase required for encrypted key");
  }
  if (result != ParseResult::kOk) {
    return ThrowOpenSSLError(
        isolate, 0,
        mode == kParsePrivate ? "Failed to read private key" : "Failed to read asymmetric key");
  }
  ERR_clear_error();
  KeyType key_type = mode == kParsePublic || is_public ? KeyType::kPublic : KeyType::kPrivate;
  args.GetReturnValue().Set(NewKeyHandle(isolate, MakeAsymmetricKey(key_type, pkey)));
}

// createSecretKey(bytes) -> handle
void CreateSecretKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Bytes bytes = GetBytes(args[0]);
  CHECK(bytes.ok);
  args.GetReturnValue().Set(
      NewKeyHandle(args.GetIsolate(), MakeSecretKey(bytes.data, bytes.length)));
}

// toPublic(handle) -> the public half of a private key, sharing its EVP_PKEY.
void ToPublic(const v8::FunctionCallbackInfo<v8::Value>& args) {
  KeyPtr key = ArgKey(args, 0, true);
  if (!key) return;
  EVP_PKEY_up_ref(key->pkey);
  args.GetReturnValue().Set(
      NewKeyHandle(args.GetIsolate(), MakeAsymmetricKey(KeyType::kPublic, key->pkey)));
}

// keyInfo(handle) -> [type (0 secret, 1 public, 2 private), asymmetricKeyType | size]
void KeyInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  KeyPtr key = ArgKey(args, 0);
  if (!key) return;
  v8::Local<v8::Value> detail;
  if (key->type == KeyType::kSecret) {
    detail = v8::Number::New(isolate, static_cast<double>(key->secret.size()));
  } else {
    std::string name = AsymmetricKeyTypeName(key->pkey);
    detail = v8::Undefined(isolate);
    if (!name.empty()) detail = ToV8(isolate, name);
  }
  v8::Local<v8::Value> result[] = {v8::Integer::New(isolate, static_cast<int>(key->type)), detail};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 2));
}

BnPtr GetBn(const EVP_PKEY* pkey, const char* name) {
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return BnPtr(nullptr, BN_clear_free);
  return BnPtr(bn, BN_clear_free);
}

v8::Local<v8::Value> BnToBigInt(v8::Isolate* isolate, const BIGNUM* bn) {
  std::vector<uint8_t> bytes(BN_num_bytes(bn));
  BN_bn2lebinpad(bn, bytes.data(), static_cast<int>(bytes.size()));
  std::vector<uint64_t> words((bytes.size() + 7) / 8 + 1, 0);
  for (size_t i = 0; i < bytes.size(); i++) words[i / 8] |= uint64_t{bytes[i]} << (8 * (i % 8));
  return v8::BigInt::NewFromWords(isolate->GetCurrentContext(), 0, static_cast<int>(words.size()),
                                  words.data())
      .ToLocalChecked();
}

std::string DigestLongName(const std::string& name) {
  EVP_MD* md = EVP_MD_fetch(nullptr, name.c_str(), nullptr);
  if (md == nullptr) return name;
  const char* long_name = OBJ_nid2ln(EVP_MD_get_type(md));
  std::string result = long_name != nullptr ? long_name : name;
  EVP_MD_free(md);
  return result;
}

// keyDetails(handle) -> { modulusLength, publicExponent, divisorLength, namedCurve,
// hashAlgorithm, mgf1HashAlgorithm, saltLength } as far as the key type has them.
void KeyDetails(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  KeyPtr key = ArgKey(args, 0);
  if (!key) return;
  v8::Local<v8::Object> details = v8::Object::New(isolate);
  EVP_PKEY* pkey = key->pkey;
  if (pkey == nullptr) return args.GetReturnValue().Set(details);
  auto set = [&](const char* name, v8::Local<v8::Value> value) {
    details->Set(context, Symbolize(isolate, name), value).Check();
  };
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    set("modulusLength", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    BnPtr e = GetBn(pkey, OSSL_PKEY_PARAM_RSA_E);
    if (e) set("publicExponent", BnToBigInt(isolate, e.get()));
    if (id == EVP_PKEY_RSA_PSS) {
      char digest[80] = {0}, mgf1[80] = {0};
      int salt = -1;
      bool has_digest = EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_DIGEST, digest,
                                                       sizeof(digest), nullptr) == 1;
      bool has_mgf1 = EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, mgf1,
                                                     sizeof(mgf1), nullptr) == 1;
      bool has_salt = EVP_PKEY_get_int_param(pkey, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &salt) == 1;
      if (has_digest || has_mgf1 || has_salt) {
        set("hashAlgorithm", ToV8(isolate, has_digest ? DigestLongName(digest) : "sha1"));
        set("mgf1HashAlgorithm", ToV8(isolate, has_mgf1 ? DigestLongName(mgf1) : "sha1"));
        set("saltLength", v8::Integer::New(isolate, has_salt ? salt : 20));
      }
    }
  } else if (id == EVP_PKEY_DSA) {
    set("modulusLength", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    BnPtr q = GetBn(pkey, OSSL_PKEY_PARAM_FFC_Q);
    if (q) set("divisorLength", v8::Integer::New(isolate, BN_num_bits(q.get())));
  } else if (id == EVP_PKEY_EC) {
    char group[80] = {0};
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group),
                                       nullptr) == 1) {
      set("namedCurve", ToV8(isolate, group));
    }
  }
  ERR_clear_error();
  args.GetReturnValue().Set(details);
}

const EVP_CIPHER* CipherArg(v8::Isolate* isolate, v8::Local<v8::Value> value, bool* ok) {
  *ok = true;
  if (!value->IsString()) return nullptr;
  std::string name = ToUtf8(isolate, value);
  const EVP_CIPHER* cipher = name.size() < 128 ? EVP_get_cipherbyname(name.c_str()) : nullptr;
  if (cipher == nullptr) {
    *ok = false;
    ThrowCodedError(isolate, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  }
  return cipher;
}

v8::Local<v8::Value> BioResult(v8::Isolate* isolate, BIO* bio, bool pem) {
  BUF_MEM* memory = nullptr;
  BIO_get_mem_ptr(bio, &memory);
  if (pem) {
    return v8::String::NewFromUtf8(isolate, memory->data, v8::NewStringType::kNormal,
                                   static_cast<int>(memory->length))
        .ToLocalChecked();
  }
  return NewArrayBuffer(isolate, reinterpret_cast<const uint8_t*>(memory->data), memory->length);
}

bool WritePublicKey(BIO* bio, EVP_PKEY* pkey, int format, int type) {
  if (type == kEncodingPkcs1) {
    unsigned char* der = nullptr;
    int length = i2d_PublicKey(pkey, &der);
    if (length <= 0) return false;
    bool ok = format == kFormatPem ? PEM_write_bio(bio, "RSA PUBLIC KEY", "", der, length) > 0
                                   : BIO_write(bio, der, length) == length;
    OPENSSL_free(der);
    return ok;
  }
  return format == kFormatPem ? PEM_write_bio_PUBKEY(bio, pkey) == 1
                              : i2d_PUBKEY_bio(bio, pkey) == 1;
}

bool WritePrivateKey(BIO* bio, EVP_PKEY* pkey, int format, int type, const EVP_CIPHER* cipher,
                     Passphrase* passphrase) {
  auto* pass = reinterpret_cast<unsigned char*>(passphrase->bytes.data());
  int pass_length = static_cast<int>(passphrase->bytes.size());
  // OpenSSL asks for a passphrase through the callback when it gets none: give it an empty one.
  static unsigned char empty[1] = {0};
  if (cipher != nullptr && pass == nullptr) pass = empty;
  if (type == kEncodingPkcs8) {
    if (format == kFormatPem) {
      return PEM_write_bio_PKCS8PrivateKey(bio, pkey, cipher, reinterpret_cast<char*>(pass),
                                           pass_length, nullptr, nullptr) == 1;
    }
    return i2d_PKCS8PrivateKey_bio(bio, pkey, cipher, reinterpret_cast<char*>(pass), pass_length,
                                   nullptr, nullptr) == 1;
  }
  if (format == kFormatPem) {
    return PEM_write_bio_PrivateKey_traditional(bio, pkey, cipher, pass, pass_length, nullptr,
                                                nullptr) == 1;
  }
  return i2d_PrivateKey_bio(bio, pkey) == 1;
}

// exportKey(handle, format, type, cipher?, passphrase?) -> PEM string or DER ArrayBuffer;
// a secret key gives its bytes.
void ExportKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  KeyPtr key = ArgKey(args, 0);
  if (!key) return;
  if (key->type == KeyType::kSecret) {
    return args.GetReturnValue().Set(
        NewArrayBuffer(isolate, key->secret.data(), key->secret.size()));
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int format = args[1]->Int32Value(context).FromMaybe(kFormatPem);
  int type = args[2]->Int32Value(context).FromMaybe(kEncodingSpki);
  bool ok = true;
  const EVP_CIPHER* cipher = CipherArg(isolate, args[3], &ok);
  if (!ok) return;
  Passphrase passphrase;
  CHECK(ReadPassphrase(args[4], &passphrase));
  BioPtr bio(BIO_new(BIO_s_mem()), BIO_free_all);
  CHECK(bio);
  bool is_public = key->type == KeyType::kPublic;
  bool written = is_public
                     ? WritePublicKey(bio.get(), key->pkey, format, type)
                     : WritePrivateKey(bio.get(), key->pkey, format, type, cipher, &passphrase);
  if (!written) {
    return ThrowOpenSSLError(
        isolate, 0, is_public ? "Failed to encode public key" : "Failed to encode private key");
  }
  args.GetReturnValue().Set(BioResult(isolate, bio.get(), format == kFormatPem));
}

std::string Base64Url(const uint8_t* data, size_t length) {
  std::string text(Base64EncodedLength(length, true), '\0');
  Base64Encode(data, length, text.data(), true);
  return text;
}

std::string BnBase64Url(const BIGNUM* bn, size_t padded = 0) {
  size_t size = std::max(padded, static_cast<size_t>(BN_num_bytes(bn)));
  std::vector<uint8_t> bytes(size);
  BN_bn2binpad(bn, bytes.data(), static_cast<int>(size));
  std::string text = Base64Url(bytes.data(), bytes.size());
  OPENSSL_cleanse(bytes.data(), bytes.size());
  return text;
}

// exportJwk(handle, crv?) -> the JWK object, its members in Node's order; undefined for a key
// type JWK does not cover.
void ExportJwk(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  KeyPtr key = ArgKey(args, 0);
  if (!key) return;
  v8::Local<v8::Object> jwk = v8::Object::New(isolate);
  auto set = [&](const char* name, const std::string& value) {
    SetString(isolate, jwk, name, value);
  };
  if (key->type == KeyType::kSecret) {
    set("kty", "oct");
    set("k", Base64Url(key->secret.data(), key->secret.size()));
    return args.GetReturnValue().Set(jwk);
  }
  bool is_private = key->type == KeyType::kPrivate;
  EVP_PKEY* pkey = key->pkey;
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_RSA) {
    set("kty", "RSA");
    const char* names[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
    const char* params[] = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
                            OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
                            OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
                            OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    for (int i = 0; i < (is_private ? 8 : 2); i++) {
      BnPtr bn = GetBn(pkey, params[i]);
      if (bn) set(names[i], BnBase64Url(bn.get()));
    }
  } else if (id == EVP_PKEY_EC) {
    size_t size = static_cast<size_t>((EVP_PKEY_get_bits(pkey) + 7) / 8);
    BnPtr x = GetBn(pkey, OSSL_PKEY_PARAM_EC_PUB_X);
    BnPtr y = GetBn(pkey, OSSL_PKEY_PARAM_EC_PUB_Y);
    set("kty", "EC");
    if (x) set("x", BnBase64Url(x.get(), size));
    if (y) set("y", BnBase64Url(y.get(), size));
    if (args[1]->IsString()) set("crv", ToUtf8(isolate, args[1]));
    if (is_private) {
      BnPtr d = GetBn(pkey, OSSL_PKEY_PARAM_PRIV_KEY);
      if (d) set("d", BnBase64Url(d.get(), size));
    }
  } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
             id == EVP_PKEY_X448) {
    if (args[1]->IsString()) set("crv", ToUtf8(isolate, args[1]));
    uint8_t raw[64];
    size_t length = sizeof(raw);
    if (is_private && EVP_PKEY_get_raw_private_key(pkey, raw, &length) == 1) {
      set("d", Base64Url(raw, length));
      OPENSSL_cleanse(raw, sizeof(raw));
    }
    length = sizeof(raw);
    if (EVP_PKEY_get_raw_public_key(pkey, raw, &length) == 1) set("x", Base64Url(raw, length));
    set("kty", "OKP");
  } else {
    return;
  }
  ERR_clear_error();
  args.GetReturnValue().Set(jwk);
}

BIGNUM* BnFrom(v8::Local<v8::Value> value) {
  Bytes bytes = GetBytes(value);
  if (bytes.length > (1 << 16)) return nullptr;  // far beyond any real key component
  return BN_bin2bn(bytes.data, static_cast<int>(bytes.length), nullptr);
}

EVP_PKEY* FromData(const char* type, OSSL_PARAM_BLD* builder, bool is_private) {
  OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
  if (params == nullptr) return nullptr;
  EVP_PKEY* pkey = nullptr;
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr), EVP_PKEY_CTX_free);
  if (ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1) {
    EVP_PKEY_fromdata(ctx.get(), &pkey, is_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                      params);
  }
  OSSL_PARAM_free(params);
  return pkey;
}

// keyFromJwk(kty, isPrivate, crv, fields...) -> handle, or undefined when the data do not make
// a valid key. Fields are the decoded bytes: OKP [x or d], EC [x, y, d?], RSA [n, e, d, p, q,
// dp, dq, qi].
void KeyFromJwk(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  ERR_clear_error();
  std::string kty = StringArg(isolate, args[0]);
  bool is_private = args[1]->IsTrue();
  std::string crv = StringArg(isolate, args[2]);
  EVP_PKEY* pkey = nullptr;
  if (kty == "OKP") {
    int id = crv == "Ed25519"  ? EVP_PKEY_ED25519
             : crv == "Ed448"  ? EVP_PKEY_ED448
             : crv == "X25519" ? EVP_PKEY_X25519
                               : EVP_PKEY_X448;
    Bytes raw = GetBytes(args[3]);
    pkey = is_private ? EVP_PKEY_new_raw_private_key(id, nullptr, raw.data, raw.length)
                      : EVP_PKEY_new_raw_public_key(id, nullptr, raw.data, raw.length);
  } else if (kty == "EC") {
    int nid = EC_curve_nist2nid(crv.c_str());
    if (nid == NID_undef) nid = OBJ_sn2nid(crv.c_str());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    if (group != nullptr) {
      size_t size = static_cast<size_t>((EC_GROUP_get_degree(group) + 7) / 8);
      Bytes x = GetBytes(args[3]), y = GetBytes(args[4]);
      if (x.length <= size && y.length <= size) {
        std::vector<uint8_t> point(1 + 2 * size, 0);
        point[0] = 0x04;
        memcpy(point.data() + 1 + size - x.length, x.data, x.length);
        memcpy(point.data() + 1 + 2 * size - y.length, y.data, y.length);
        OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
        const char* group_name = OBJ_nid2sn(nid);
        BIGNUM* d = is_private ? BnFrom(args[5]) : nullptr;
        if (OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, group_name, 0) &&
            OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                             point.size()) &&
            (!is_private ||
             (d != nullptr && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_PRIV_KEY, d)))) {
          pkey = FromData("EC", builder, is_private);
        }
        OSSL_PARAM_BLD_free(builder);
        BN_clear_free(d);
      }
      EC_GROUP_free(group);
    }
    if (pkey != nullptr) {
      // The point must lie on the curve (and match d).
      PkeyCtxPtr check(EVP_PKEY_CTX_new(pkey, nullptr), EVP_PKEY_CTX_free);
      int valid = check ? (is_private ? EVP_PKEY_pairwise_check(check.get())
                                      : EVP_PKEY_public_check(check.get()))
                        : 0;
      if (valid != 1) {
        EVP_PKEY_free(pkey);
        pkey = nullptr;
      }
    }
  } else if (kty == "RSA") {
    const char* params[] = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
                            OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
                            OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
                            OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    std::vector<BIGNUM*> numbers;
    bool ok = true;
    for (int i = 0; i < (is_private ? 8 : 2) && ok; i++) {
      BIGNUM* bn = BnFrom(args[3 + i]);
      numbers.push_back(bn);
      ok = bn != nullptr && OSSL_PARAM_BLD_push_BN(builder, params[i], bn) == 1;
    }
    if (ok) pkey = FromData("RSA", builder, is_private);
    OSSL_PARAM_BLD_free(builder);
    for (BIGNUM* bn : numbers) BN_clear_free(bn);
  }
  ERR_clear_error();
  if (pkey == nullptr) return;
  args.GetReturnValue().Set(NewKeyHandle(
      isolate, MakeAsymmetricKey(is_private ? KeyType::kPrivate : KeyType::kPublic, pkey)));
}

// equals(a, b) -> whether two handles of the same type hold the same key.
void Equals(const v8::FunctionCallbackInfo<v8::Value>& args) {
  KeyPtr a = ArgKey(args, 0);
  if (!a) return;
  KeyPtr b = ArgKey(args, 1);
  if (!b) return;
  bool equal;
  if (a->type == KeyType::kSecret || b->type == KeyType::kSecret) {
    equal = a->type == b->type && a->secret.size() == b->secret.size() &&
            CRYPTO_memcmp(a->secret.data(), b->secret.data(), a->secret.size()) == 0;
  } else {
    equal = EVP_PKEY_eq(a->pkey, b->pkey) == 1;
  }
  ERR_clear_error();
  args.GetReturnValue().Set(equal);
}

// secretKeyBytes(handle) -> a copy of a secret key's bytes (for the symmetric half).
void SecretKeyBytes(const v8::FunctionCallbackInfo<v8::Value>& args) {
  KeyPtr key = ArgKey(args, 0);
  if (!key) return;
  args.GetReturnValue().Set(
      NewArrayBuffer(args.GetIsolate(), key->secret.data(), key->secret.size()));
}

// checkCipher(name): throws ERR_CRYPTO_UNKNOWN_CIPHER unless OpenSSL knows the cipher.
void CheckCipher(const v8::FunctionCallbackInfo<v8::Value>& args) {
  bool ok = true;
  CipherArg(args.GetIsolate(), args[0], &ok);
}

// isKeyHandle(value) -> whether value is a handle made here.
void IsKeyHandle(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(KeyFromHandle(args.GetIsolate(), args[0]) != nullptr);
}

constexpr BindingMethod kMethods[] = {
    {"parseKey", ParseKey},       {"createSecretKey", CreateSecretKey},
    {"toPublic", ToPublic},       {"keyInfo", KeyInfo},
    {"keyDetails", KeyDetails},   {"exportKey", ExportKey},
    {"exportJwk", ExportJwk},     {"keyFromJwk", KeyFromJwk},
    {"equals", Equals},           {"secretKeyBytes", SecretKeyBytes},
    {"isKeyHandle", IsKeyHandle}, {"checkCipher", CheckCipher},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto_keys

KILN_REGISTER_BINDING(crypto_keys, kiln::crypto_keys::Initialize, kiln::crypto_keys::kMethods)
