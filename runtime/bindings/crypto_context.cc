// SecureContext (crypto_context.h): an SSL_CTX configured from tls.createSecureContext's
// options, and the shared root store (OpenSSL's default CA file and directory, which on Debian
// are the ca-certificates bundle, plus NODE_EXTRA_CA_CERTS).
#include "crypto_context.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace kiln::crypto {

namespace {

BIO* NewBioFromText(const std::string& text) {
  BIO* bio = BIO_new(BIO_s_mem());
  if (bio != nullptr && !text.empty()) BIO_write(bio, text.data(), static_cast<int>(text.size()));
  return bio;
}

// The bytes of a PEM or DER input: a string (as UTF-8) or any buffer, in a read-only BIO.
BIO* NewInputBio(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsString()) {
    std::string text = ToUtf8(isolate, value);
    return NewBioFromText(text);
  }
  Bytes bytes = GetBytes(value);
  if (!bytes.ok) return nullptr;
  BIO* bio = BIO_new(BIO_s_mem());
  if (bio != nullptr && bytes.length > 0) BIO_write(bio, bytes.data, static_cast<int>(bytes.length));
  return bio;
}


struct RootStore {
  X509_STORE* store = nullptr;
  std::vector<std::string> pems;  // the certificates of the CA file, for tls.rootCertificates
};

void AddPemCerts(X509_STORE* store, BIO* bio, std::vector<std::string>* pems, int* added) {
  while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
    X509_STORE_add_cert(store, cert);
    if (pems != nullptr) {
      BIO* out = BIO_new(BIO_s_mem());
      PEM_write_bio_X509(out, cert);
      char* data = nullptr;
      long length = BIO_get_mem_data(out, &data);
      pems->emplace_back(data, static_cast<size_t>(length));
      BIO_free(out);
    }
    X509_free(cert);
    ++*added;
  }
  ERR_clear_error();  // the end of the input reads as "no start line"
}

RootStore& GetRootStore() {
  static RootStore root;
  static std::once_flag once;
  std::call_once(once, [] {
    root.store = X509_STORE_new();
    const char* file = getenv(X509_get_default_cert_file_env());
    if (file == nullptr) file = X509_get_default_cert_file();
    int added = 0;
    if (BIO* bio = BIO_new_file(file, "r")) {
      AddPemCerts(root.store, bio, &root.pems, &added);
      BIO_free(bio);
    }
    const char* dir = getenv(X509_get_default_cert_dir_env());
    if (dir == nullptr) dir = X509_get_default_cert_dir();
    X509_STORE_load_path(root.store, dir);
    if (const char* extra = getenv("NODE_EXTRA_CA_CERTS"); extra != nullptr && *extra != '\0') {
      BIO* bio = BIO_new_file(extra, "r");
      int extra_added = 0;
      if (bio != nullptr) {
        AddPemCerts(root.store, bio, nullptr, &extra_added);
        BIO_free(bio);
      }
      if (extra_added == 0) {
        unsigned long err = ERR_get_error();
        char reason[256] = "no certificates found";
        if (err != 0) ERR_error_string_n(err, reason, sizeof(reason));
        fprintf(stderr, "Warning: Ignoring extra certs from `%s`, load failed: %s\n", extra,
                reason);
      }
    }
    ERR_clear_error();
  });
  return root;
}

int PasswordCallback(char* buf, int size, int, void* u) {
  const auto* pass = static_cast<const std::string*>(u);
  if (pass == nullptr) return 0;
  size_t length = pass->size() < static_cast<size_t>(size) ? pass->size() : size;
  memcpy(buf, pass->data(), length);
  return static_cast<int>(length);
}

// Node's verify callback: accept every certificate during the handshake; the result is read
// afterwards (SSL_get_verify_result) and JS decides what an unauthorized peer means.
int AcceptAnyCertificate(int, X509_STORE_CTX*) { return 1; }

// Gives the context a store of its own (empty) in place of the shared root store before the context's trust is
// changed, since the root store is shared by every context.
X509_STORE* OwnStore(SecureContext* sc) {
  X509_STORE* store = SSL_CTX_get_cert_store(sc->ctx);
  if (store == GetRootStore().store) {
    store = X509_STORE_new();
    SSL_CTX_set_cert_store(sc->ctx, store);
  }
  return store;
}

// Session ticket keys (48 bytes: name, HMAC key, AES key), in the SSL_CTX's ex-data so that
// they live exactly as long as the SSL_CTX, which connections keep alive after the JS
// SecureContext is collected.
struct TicketKeys {
  unsigned char bytes[48];
};

void FreeTicketKeys(void*, void* keys, CRYPTO_EX_DATA*, int, long, void*) {
  if (keys == nullptr) return;  // called for every SSL_CTX, also those that never had keys
  OPENSSL_cleanse(keys, sizeof(TicketKeys));
  delete static_cast<TicketKeys*>(keys);
}

int TicketKeysIndex() {
  static int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, FreeTicketKeys);
  return index;
}

TicketKeys* GetTicketKeys(SSL_CTX* ctx) {
  auto* keys = static_cast<TicketKeys*>(SSL_CTX_get_ex_data(ctx, TicketKeysIndex()));
  if (keys == nullptr) {
    keys = new TicketKeys;
    RAND_bytes(keys->bytes, sizeof(keys->bytes));
    SSL_CTX_set_ex_data(ctx, TicketKeysIndex(), keys);
  }
  return keys;
}

// Tickets are AES-128-CBC with an HMAC-SHA256, keyed by the context's ticket keys (what
// OpenSSL does with its own random keys, but with keys a program can read and share).
int OnTicketKey(SSL* ssl, unsigned char name[16], unsigned char iv[EVP_MAX_IV_LENGTH],
                EVP_CIPHER_CTX* cipher, EVP_MAC_CTX* mac, int encrypt) {
  const TicketKeys* keys = GetTicketKeys(SSL_get_SSL_CTX(ssl));
  if (encrypt) {
    memcpy(name, keys->bytes, 16);
    if (RAND_bytes(iv, 16) != 1) return -1;
  } else if (CRYPTO_memcmp(name, keys->bytes, 16) != 0) {
    return 0;  // not ours: a full handshake
  }
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY,
                                        const_cast<unsigned char*>(keys->bytes + 16), 16),
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
  if (EVP_MAC_CTX_set_params(mac, params) != 1) return -1;
  int ok = encrypt ? EVP_EncryptInit_ex(cipher, EVP_aes_128_cbc(), nullptr, keys->bytes + 32, iv)
                   : EVP_DecryptInit_ex(cipher, EVP_aes_128_cbc(), nullptr, keys->bytes + 32, iv);
  return ok == 1 ? 1 : -1;
}

}  // namespace

void SecureContextConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!Wrapped::BeginConstruct(args)) return;
  auto state = std::make_unique<SecureContext>();
  state->ctx = SSL_CTX_new(TLS_method());
  if (state->ctx == nullptr) return ThrowOpenSSLError(args.GetIsolate());
  // Renegotiation is refused in both directions: its attacks outweigh its uses.
  SSL_CTX_set_options(state->ctx, SSL_OP_NO_RENEGOTIATION);
  SSL_CTX_set_session_cache_mode(state->ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER);
  SSL_CTX_set_verify(state->ctx, SSL_VERIFY_NONE, AcceptAnyCertificate);
  SSL_CTX_set_min_proto_version(state->ctx, TLS1_2_VERSION);
  SSL_CTX_set_max_proto_version(state->ctx, TLS1_3_VERSION);
  SSL_CTX_set_tlsext_ticket_key_evp_cb(state->ctx, OnTicketKey);
  InstallConnectionCallbacks(state->ctx);
  Wrapped::Attach(args.GetIsolate(), args.This(), std::move(state));
}

#define UNWRAP_CONTEXT(sc)                                  \
  auto* sc = Wrapped::Unwrap<SecureContext>(args, 0);       \
  if (sc == nullptr) return;                                \
  v8::Isolate* isolate = args.GetIsolate();                 \
  (void)isolate

// ctxSetCert(handle, pem): the first certificate is the context's own, the others its chain.
void CtxSetCert(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  BIO* bio = NewInputBio(isolate, args[1]);
  if (bio == nullptr) return ThrowOpenSSLError(isolate);
  ERR_clear_error();
  X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, PasswordCallback, nullptr);
  if (cert == nullptr) {
    BIO_free(bio);
    return ThrowOpenSSLError(isolate, 0, "PEM_read_bio_X509");
  }
  int ok = SSL_CTX_use_certificate(sc->ctx, cert);
  X509_free(cert);
  if (ok != 1) {
    BIO_free(bio);
    return ThrowOpenSSLError(isolate, 0, "SSL_CTX_use_certificate");
  }
  SSL_CTX_clear_chain_certs(sc->ctx);
  while (X509* extra = PEM_read_bio_X509(bio, nullptr, PasswordCallback, nullptr)) {
    SSL_CTX_add0_chain_cert(sc->ctx, extra);
  }
  ERR_clear_error();
  BIO_free(bio);
}

// ctxSetKey(handle, pem, passphrase?)
void CtxSetKey(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  BIO* bio = NewInputBio(isolate, args[1]);
  if (bio == nullptr) return ThrowOpenSSLError(isolate);
  std::string pass;
  bool has_pass = args[2]->IsString();
  if (has_pass) pass = ToUtf8(isolate, args[2]);
  ERR_clear_error();
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, PasswordCallback,
                                          has_pass ? &pass : nullptr);
  BIO_free(bio);
  if (key == nullptr) return ThrowOpenSSLError(isolate, 0, "PEM_read_bio_PrivateKey");
  int ok = SSL_CTX_use_PrivateKey(sc->ctx, key);
  EVP_PKEY_free(key);
  if (ok != 1) return ThrowOpenSSLError(isolate, 0, "SSL_CTX_use_PrivateKey");
}

// ctxAddCACert(handle, pem): trust every certificate in `pem` (and name them to clients as
// acceptable issuers of client certificates).
void CtxAddCACert(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  BIO* bio = NewInputBio(isolate, args[1]);
  if (bio == nullptr) return ThrowOpenSSLError(isolate);
  X509_STORE* store = OwnStore(sc);
  while (X509* cert = PEM_read_bio_X509_AUX(bio, nullptr, PasswordCallback, nullptr)) {
    X509_STORE_add_cert(store, cert);
    SSL_CTX_add_client_CA(sc->ctx, cert);
    X509_free(cert);
  }
  ERR_clear_error();
  BIO_free(bio);
}

void CtxAddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  SSL_CTX_set1_cert_store(sc->ctx, GetRootStore().store);
}

// ctxAddCRL(handle, pem)
void CtxAddCRL(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  BIO* bio = NewInputBio(isolate, args[1]);
  if (bio == nullptr) return ThrowOpenSSLError(isolate);
  X509_CRL* crl = PEM_read_bio_X509_CRL(bio, nullptr, PasswordCallback, nullptr);
  BIO_free(bio);
  if (crl == nullptr) return ThrowOpenSSLError(isolate, 0, "Failed to parse CRL");
  X509_STORE* store = OwnStore(sc);
  X509_STORE_add_crl(store, crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  X509_CRL_free(crl);
}

// ctxSetCiphers(handle, list): the TLS 1.2 cipher list. An empty list is allowed (TLS 1.3
// suites only), as in Node.
void CtxSetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  std::string list = ToUtf8(isolate, args[1]);
  ERR_clear_error();
  if (SSL_CTX_set_cipher_list(sc->ctx, list.c_str()) != 1) {
    unsigned long err = ERR_get_error();
    if (list.empty() && ERR_GET_REASON(err) == SSL_R_NO_CIPHER_MATCH) return;
    ThrowOpenSSLError(isolate, err, "Failed to set ciphers");
  }
}

void CtxSetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  std::string list = ToUtf8(isolate, args[1]);
  ERR_clear_error();
  if (SSL_CTX_set_ciphersuites(sc->ctx, list.c_str()) != 1) {
    ThrowOpenSSLError(isolate, 0, "Failed to set ciphers");
  }
}

void CtxSetECDHCurve(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  std::string curves = ToUtf8(isolate, args[1]);
  if (curves == "auto") return;
  ERR_clear_error();
  if (SSL_CTX_set1_curves_list(sc->ctx, curves.c_str()) != 1) {
    ERR_clear_error();
    ThrowCodedError(isolate, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ECDH curve");
  }
}

void CtxSetSigalgs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  std::string sigalgs = ToUtf8(isolate, args[1]);
  ERR_clear_error();
  if (SSL_CTX_set1_sigalgs_list(sc->ctx, sigalgs.c_str()) != 1) ThrowOpenSSLError(isolate);
}

// ctxSetOptions(handle, options): SSL_OP_* bits (secureOptions, honorCipherOrder).
void CtxSetOptions(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  int64_t options = args[1]->IntegerValue(isolate->GetCurrentContext()).FromMaybe(0);
  SSL_CTX_set_options(sc->ctx, static_cast<uint64_t>(options));
}

// ctxSetProtoVersions(handle, min, max): TLS1_2_VERSION-style numbers; 0 leaves one unchanged.
void CtxSetProtoVersions(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  int min = args[1]->Int32Value(context).FromMaybe(0);
  int max = args[2]->Int32Value(context).FromMaybe(0);
  if (min != 0) SSL_CTX_set_min_proto_version(sc->ctx, min);
  if (max != 0) SSL_CTX_set_max_proto_version(sc->ctx, max);
}

void CtxSetSessionIdContext(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  std::string id = ToUtf8(isolate, args[1]);
  if (id.size() > SSL_MAX_SID_CTX_LENGTH) id.resize(SSL_MAX_SID_CTX_LENGTH);
  SSL_CTX_set_session_id_context(sc->ctx, reinterpret_cast<const unsigned char*>(id.data()),
                                 static_cast<unsigned int>(id.size()));
}

void CtxSetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  int seconds = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(300);
  SSL_CTX_set_timeout(sc->ctx, seconds);
}

// ctxLoadPKCS12(handle, der, passphrase?): key, certificate and CA certificates from a PFX.
void CtxLoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  Bytes bytes = GetBytes(args[1]);
  if (!bytes.ok) return;
  std::string pass = args[2]->IsString() ? ToUtf8(isolate, args[2]) : std::string();
  const unsigned char* p = bytes.data;
  ERR_clear_error();
  PKCS12* p12 = d2i_PKCS12(nullptr, &p, static_cast<long>(bytes.length));
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* extra = nullptr;
  bool ok = p12 != nullptr && PKCS12_parse(p12, pass.c_str(), &key, &cert, &extra) == 1 &&
            cert != nullptr && key != nullptr && SSL_CTX_use_certificate(sc->ctx, cert) == 1 &&
            SSL_CTX_use_PrivateKey(sc->ctx, key) == 1;
  if (ok && extra != nullptr) {
    X509_STORE* store = OwnStore(sc);
    for (int i = 0; i < sk_X509_num(extra); i++) {
      X509* ca = sk_X509_value(extra, i);
      X509_STORE_add_cert(store, ca);
      SSL_CTX_add_client_CA(sc->ctx, ca);
      SSL_CTX_add1_chain_cert(sc->ctx, ca);
    }
  }
  if (!ok) {
    // Node's message is the bare OpenSSL reason ("mac verify failure"), with no code.
    const char* reason = ERR_reason_error_string(ERR_get_error());
    ERR_clear_error();
    isolate->ThrowException(v8::Exception::Error(ToV8(isolate, reason != nullptr ? reason : "Unknown error")));
  }
  sk_X509_pop_free(extra, X509_free);
  X509_free(cert);
  EVP_PKEY_free(key);
  PKCS12_free(p12);
}

// ctxGetCertificate(handle) -> DER of the context's own certificate, or null.
void CtxGetCertificate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  X509* cert = SSL_CTX_get0_certificate(sc->ctx);
  if (cert == nullptr) return args.GetReturnValue().SetNull();
  int length = i2d_X509(cert, nullptr);
  if (length <= 0) return args.GetReturnValue().SetNull();
  std::vector<uint8_t> der(length);
  unsigned char* out = der.data();
  i2d_X509(cert, &out);
  args.GetReturnValue().Set(NewArrayBuffer(isolate, der.data(), der.size()));
}

// ctxGetTicketKeys(handle) -> the 48 bytes; ctxSetTicketKeys(handle, bytes) (JS checked 48).
void CtxGetTicketKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  const TicketKeys* keys = GetTicketKeys(sc->ctx);
  args.GetReturnValue().Set(NewArrayBuffer(isolate, keys->bytes, sizeof(keys->bytes)));
}

void CtxSetTicketKeys(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONTEXT(sc);
  Bytes bytes = GetBytes(args[1]);
  if (!bytes.ok || bytes.length != sizeof(TicketKeys::bytes)) return;
  memcpy(GetTicketKeys(sc->ctx)->bytes, bytes.data, bytes.length);
}

// getRootCertificates() -> the PEM texts of the default CA file.
void GetRootCertificates(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  const RootStore& root = GetRootStore();
  std::vector<v8::Local<v8::Value>> pems;
  pems.reserve(root.pems.size());
  for (const std::string& pem : root.pems) pems.push_back(ToV8(isolate, pem));
  args.GetReturnValue().Set(v8::Array::New(isolate, pems.data(), pems.size()));
}

}  // namespace kiln::crypto
