// SecureContext: an OpenSSL SSL_CTX behind a JS handle (tls.createSecureContext), and the
// process-wide store of trusted root certificates.
#pragma once

#include <openssl/ssl.h>

#include "binding.h"
#include "crypto_wrap.h"

namespace kiln::crypto {

struct SecureContext : Wrapped {
  static constexpr char kType = 0;
  SecureContext() : Wrapped(&kType) {}
  ~SecureContext() override { SSL_CTX_free(ctx); }
  SSL_CTX* ctx = nullptr;
};

// Installs the per-connection callbacks (client hello, ALPN, sessions, keylog) on a new SSL_CTX;
// defined in tls_wrap.cc.
void InstallConnectionCallbacks(SSL_CTX* ctx);

// The SecureContext constructor and methods, listed in internalBinding('tls_wrap')'s table.
// Each method takes the handle first: ctxSetCert(handle, pem) and so on.
void SecureContextConstruct(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetCert(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetKey(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxAddCACert(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxAddRootCerts(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxAddCRL(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetCiphers(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetCipherSuites(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetECDHCurve(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetSigalgs(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetOptions(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetProtoVersions(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetSessionIdContext(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetSessionTimeout(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxLoadPKCS12(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxGetTicketKeys(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxSetTicketKeys(const v8::FunctionCallbackInfo<v8::Value>& args);
void CtxGetCertificate(const v8::FunctionCallbackInfo<v8::Value>& args);
void GetRootCertificates(const v8::FunctionCallbackInfo<v8::Value>& args);

}  // namespace kiln::crypto
