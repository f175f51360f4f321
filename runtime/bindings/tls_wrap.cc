// internalBinding('tls_wrap'): the TLS engine of one connection (an OpenSSL SSL between two
// memory BIOs) and SecureContext (crypto_context.cc). The engine does no I/O: JS feeds it the
// bytes read from the socket (receive) and the bytes the program writes (write), and takes out
// what to send (takeEncrypted) and what to deliver (takeClear). Every call answers with a set
// of flags saying what is ready, so one call per event is enough.
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <string>
#include <vector>

#include "crypto_context.h"
#include "crypto_wrap.h"

namespace kiln::crypto {

namespace {

// What a call into the engine made ready (kept in sync with internal/tls/wrap.js).
enum Flags : int {
  kHasClear = 1,        // cleartext for the program: takeClear()
  kHasEncrypted = 2,    // records for the peer: takeEncrypted()
  kHandshakeDone = 4,   // the handshake has just completed
  kPeerClosed = 8,      // the peer sent close_notify
  kError = 16,          // a fatal TLS error: takeError()
  kClientHello = 32,    // server: paused after the ClientHello, for SNICallback (resume())
  kSession = 64,        // client: new sessions to resume later: takeSession() until undefined
  kKeylog = 128,        // NSS key log lines: takeKeylog()
};

// Input a paused or slow engine may hold before the peer is considered hostile.
constexpr size_t kMaxBufferedInput = 1 << 20;

struct TLSConnection : Wrapped {
  static constexpr char kType = 0;
  TLSConnection() : Wrapped(&kType) {}
  ~TLSConnection() override { SSL_free(ssl); }  // frees both BIOs

  SSL* ssl = nullptr;
  BIO* in = nullptr;
  BIO* out = nullptr;
  bool is_server = false;
  bool handshake_done = false;
  bool peer_closed = false;
  bool failed = false;
  bool wait_for_hello = false;  // server: stop after the ClientHello (SNICallback)
  bool hello_seen = false;
  bool paused = false;
  bool keylog = false;
  std::string servername;      // server: from the ClientHello
  std::vector<uint8_t> alpn;   // server: the protocols it accepts, in wire format
  v8::Global<v8::Function> alpn_callback;  // server: picks from the client's list instead
  std::vector<uint8_t> clear;  // decrypted, not yet taken
  std::vector<std::vector<uint8_t>> sessions;  // client: new sessions, oldest first
  std::string keylog_lines;
  v8::Global<v8::Value> error;
};

int ExDataIndex() {
  static int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
  return index;
}

TLSConnection* FromSSL(const SSL* ssl) {
  return static_cast<TLSConnection*>(SSL_get_ex_data(ssl, ExDataIndex()));
}

// ---- callbacks every SSL_CTX carries; they act only for engines that asked ----

int OnClientHello(SSL* ssl, int*, void*) {
  TLSConnection* c = FromSSL(ssl);
  if (c == nullptr || !c->is_server || c->hello_seen) return SSL_CLIENT_HELLO_SUCCESS;
  c->hello_seen = true;
  const unsigned char* p = nullptr;
  size_t length = 0;
  // server_name: a 2-byte list length, then entries of type (1 byte), 2-byte length, name.
  if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &length) == 1 && length > 5) {
    size_t list = (static_cast<size_t>(p[0]) << 8) | p[1];
    if (list + 2 <= length && p[2] == TLSEXT_NAMETYPE_host_name) {
      size_t name = (static_cast<size_t>(p[3]) << 8) | p[4];
      if (name + 5 <= length && memchr(p + 5, 0, name) == nullptr) {
        c->servername.assign(reinterpret_cast<const char*>(p + 5), name);
      }
    }
  }
  return c->wait_for_hello ? SSL_CLIENT_HELLO_RETRY : SSL_CLIENT_HELLO_SUCCESS;
}

// ALPNCallback: JS is called synchronously (the handshake runs inside a JS call to receive or
// resume) with the client's protocols and answers with the index of the one it picked, or -1
// (a fatal no_application_protocol alert, as in Node).
int CallAlpnCallback(TLSConnection* c, const unsigned char** out, unsigned char* outlen,
                     const unsigned char* in, unsigned int inlen) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::vector<v8::Local<v8::Value>> names;
  std::vector<const unsigned char*> starts;
  for (unsigned int i = 0; i < inlen;) {
    unsigned int length = in[i];
    if (length == 0 || i + 1 + length > inlen) return SSL_TLSEXT_ERR_ALERT_FATAL;
    names.push_back(v8::String::NewFromOneByte(isolate, in + i + 1, v8::NewStringType::kNormal,
                                               static_cast<int>(length))
                        .ToLocalChecked());
    starts.push_back(in + i);
    i += 1 + length;
  }
  v8::Local<v8::Value> argv[] = {
      c->servername.empty() ? v8::Local<v8::Value>(v8::Undefined(isolate))
                            : v8::Local<v8::Value>(ToV8(isolate, c->servername)),
      v8::Array::New(isolate, names.data(), names.size())};
  v8::Local<v8::Value> result;
  if (!c->alpn_callback.Get(isolate)->Call(context, v8::Undefined(isolate), 2, argv)
           .ToLocal(&result) ||
      !result->IsInt32()) {
    return SSL_TLSEXT_ERR_ALERT_FATAL;
  }
  int index = result.As<v8::Int32>()->Value();
  if (index < 0 || static_cast<size_t>(index) >= starts.size()) return SSL_TLSEXT_ERR_ALERT_FATAL;
  *out = starts[index] + 1;
  *outlen = starts[index][0];
  return SSL_TLSEXT_ERR_OK;
}

int OnSelectAlpn(SSL* ssl, const unsigned char** out, unsigned char* outlen,
                 const unsigned char* in, unsigned int inlen, void*) {
  TLSConnection* c = FromSSL(ssl);
  if (c != nullptr && !c->alpn_callback.IsEmpty()) return CallAlpnCallback(c, out, outlen, in, inlen);
  if (c == nullptr || c->alpn.empty()) return SSL_TLSEXT_ERR_NOACK;
  int status = SSL_select_next_proto(const_cast<unsigned char**>(out), outlen, c->alpn.data(),
                                     static_cast<unsigned int>(c->alpn.size()), in, inlen);
  // RFC 7301 3.2: no common protocol is a fatal no_application_protocol alert, as in Node.
  return status == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
}

int OnNewSession(SSL* ssl, SSL_SESSION* session) {
  TLSConnection* c = FromSSL(ssl);
  if (c == nullptr || c->is_server) return 0;
  int length = i2d_SSL_SESSION(session, nullptr);
  if (length <= 0) return 0;
  // A server may send several tickets; a peer sending thousands gets only the latest kept.
  if (c->sessions.size() >= 8) c->sessions.erase(c->sessions.begin());
  std::vector<uint8_t>& der = c->sessions.emplace_back(length);
  unsigned char* p = der.data();
  i2d_SSL_SESSION(session, &p);
  return 0;  // we did not keep a reference
}

void OnKeylog(const SSL* ssl, const char* line) {
  TLSConnection* c = FromSSL(ssl);
  if (c == nullptr || !c->keylog) return;
  c->keylog_lines.append(line);
  c->keylog_lines.push_back('\n');
}

// ---- the engine ----

void Fail(v8::Isolate* isolate, TLSConnection* c, const char* fallback) {
  c->failed = true;
  c->error.Reset(isolate, OpenSSLError(isolate, 0, fallback));
}

int ReadClear(v8::Isolate* isolate, TLSConnection* c) {
  int flags = 0;
  for (;;) {
    size_t old = c->clear.size();
    c->clear.resize(old + 16384);
    size_t n = 0;
    ERR_clear_error();
    int r = SSL_read_ex(c->ssl, c->clear.data() + old, 16384, &n);
    c->clear.resize(old + (r == 1 ? n : 0));
    if (r == 1) continue;
    int e = SSL_get_error(c->ssl, r);
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) break;
    if (e == SSL_ERROR_ZERO_RETURN) {
      if (!c->peer_closed) flags |= kPeerClosed;
      c->peer_closed = true;
      break;
    }
    Fail(isolate, c, "TLS read failed");
    break;
  }
  return flags;
}

// Advances the handshake and reads what can be read; returns the flags.
int Cycle(v8::Isolate* isolate, TLSConnection* c) {
  int flags = 0;
  if (!c->failed && !c->handshake_done && !c->paused) {
    ERR_clear_error();
    int r = SSL_do_handshake(c->ssl);
    if (r == 1) {
      c->handshake_done = true;
      flags |= kHandshakeDone;
    } else {
      int e = SSL_get_error(c->ssl, r);
      if (e == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        c->paused = true;
        flags |= kClientHello;
      } else if (e == SSL_ERROR_ZERO_RETURN) {
        if (!c->peer_closed) flags |= kPeerClosed;
        c->peer_closed = true;
      } else if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
        Fail(isolate, c, "TLS handshake failed");
      }
    }
  }
  if (!c->failed && c->handshake_done && !c->peer_closed) flags |= ReadClear(isolate, c);
  if (c->paused && BIO_ctrl_pending(c->in) > kMaxBufferedInput) {
    c->failed = true;
    c->error.Reset(isolate, CodedError(isolate, "Error", "ERR_TLS_HANDSHAKE_TIMEOUT",
                                       "Too much data before the handshake resumed"));
  }
  if (c->failed) flags |= kError;
  if (BIO_ctrl_pending(c->out) > 0) flags |= kHasEncrypted;
  if (!c->clear.empty()) flags |= kHasClear;
  if (!c->sessions.empty()) flags |= kSession;
  if (!c->keylog_lines.empty()) flags |= kKeylog;
  return flags;
}

v8::Local<v8::ArrayBuffer> TakeBytes(v8::Isolate* isolate, std::vector<uint8_t>* bytes) {
  v8::Local<v8::ArrayBuffer> buffer = NewArrayBuffer(isolate, bytes->data(), bytes->size());
  bytes->clear();
  return buffer;
}

#define UNWRAP_CONNECTION(c)                                 \
  auto* c = Wrapped::Unwrap<TLSConnection>(args, 0);         \
  if (c == nullptr) return;                                  \
  v8::Isolate* isolate = args.GetIsolate();                  \
  (void)isolate

// new TLSWrap(secureContext, isServer)
void TLSWrapConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!Wrapped::BeginConstruct(args)) return;
  v8::Isolate* isolate = args.GetIsolate();
  auto* sc = Wrapped::Get<SecureContext>(args[0]);
  if (sc == nullptr) {
    return ThrowCodedError(isolate, "TypeError", "ERR_INVALID_ARG_TYPE",
                           "The \"context\" argument must be a SecureContext");
  }
  auto c = std::make_unique<TLSConnection>();
  c->is_server = args[1]->IsTrue();
  c->ssl = SSL_new(sc->ctx);
  c->in = BIO_new(BIO_s_mem());
  c->out = BIO_new(BIO_s_mem());
  if (c->ssl == nullptr || c->in == nullptr || c->out == nullptr) {
    BIO_free(c->in);
    BIO_free(c->out);
    return ThrowOpenSSLError(isolate);
  }
  // An empty input BIO means "wait for more", not end of file.
  BIO_set_mem_eof_return(c->in, -1);
  BIO_set_mem_eof_return(c->out, -1);
  SSL_set_bio(c->ssl, c->in, c->out);
  SSL_set_ex_data(c->ssl, ExDataIndex(), c.get());
  SSL_set_mode(c->ssl, SSL_MODE_RELEASE_BUFFERS);
  if (c->is_server) {
    SSL_set_accept_state(c->ssl);
  } else {
    SSL_set_connect_state(c->ssl);
  }
  Wrapped::Attach(isolate, args.This(), std::move(c));
}

void TlsStart(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  args.GetReturnValue().Set(Cycle(isolate, c));
}

// receive(handle, buffer) -> flags: bytes read from the peer.
void TlsReceive(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  Bytes bytes = GetBytes(args[1]);
  if (bytes.ok && bytes.length > 0 && !c->failed) {
    BIO_write(c->in, bytes.data, static_cast<int>(bytes.length));
  }
  args.GetReturnValue().Set(Cycle(isolate, c));
}

bool WriteOne(v8::Isolate* isolate, TLSConnection* c, v8::Local<v8::Value> value) {
  Bytes bytes = GetBytes(value);
  if (!bytes.ok || bytes.length == 0) return true;
  size_t written = 0;
  ERR_clear_error();
  if (SSL_write_ex(c->ssl, bytes.data, bytes.length, &written) != 1) {
    Fail(isolate, c, "TLS write failed");
    return false;
  }
  return true;
}

// write(handle, bufferOrArrayOfBuffers) -> flags; JS writes only after the handshake.
void TlsWrite(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (!c->failed && c->handshake_done) {
    if (args[1]->IsArray()) {
      v8::Local<v8::Array> list = args[1].As<v8::Array>();
      v8::Local<v8::Context> context = isolate->GetCurrentContext();
      for (uint32_t i = 0; i < list->Length(); i++) {
        v8::Local<v8::Value> item;
        if (!list->Get(context, i).ToLocal(&item) || !WriteOne(isolate, c, item)) break;
      }
    } else {
      WriteOne(isolate, c, args[1]);
    }
  }
  int flags = c->failed ? kError : 0;
  if (BIO_ctrl_pending(c->out) > 0) flags |= kHasEncrypted;
  args.GetReturnValue().Set(flags);
}

// shutdown(handle) -> flags: queue close_notify.
void TlsShutdown(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (!c->failed && c->handshake_done) {
    ERR_clear_error();
    SSL_shutdown(c->ssl);
    ERR_clear_error();
  }
  args.GetReturnValue().Set(BIO_ctrl_pending(c->out) > 0 ? kHasEncrypted : 0);
}

void TlsTakeEncrypted(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  size_t pending = BIO_ctrl_pending(c->out);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, pending);
  if (pending > 0) BIO_read(c->out, store->Data(), static_cast<int>(pending));
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void TlsTakeClear(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  args.GetReturnValue().Set(TakeBytes(isolate, &c->clear));
  if (c->clear.capacity() > (1 << 16)) c->clear.shrink_to_fit();
}

void TlsTakeError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (!c->error.IsEmpty()) args.GetReturnValue().Set(c->error.Get(isolate));
}

void TlsTakeSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (c->sessions.empty()) return;
  args.GetReturnValue().Set(TakeBytes(isolate, &c->sessions.front()));
  c->sessions.erase(c->sessions.begin());
}

void TlsTakeKeylog(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  std::vector<uint8_t> lines(c->keylog_lines.begin(), c->keylog_lines.end());
  c->keylog_lines.clear();
  args.GetReturnValue().Set(TakeBytes(isolate, &lines));
}

void TlsEnableKeylog(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  c->keylog = true;
}

// setServername(handle, name): SNI of a client.
void TlsSetServername(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  std::string name = ToUtf8(isolate, args[1]);
  SSL_set_tlsext_host_name(c->ssl, name.c_str());
}

void TlsGetServername(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  const char* name = c->is_server ? (c->servername.empty() ? nullptr : c->servername.c_str())
                                  : SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  if (name == nullptr) return args.GetReturnValue().Set(false);
  args.GetReturnValue().Set(ToV8(isolate, name));
}

// waitForClientHello(handle): a server stops after the ClientHello (kClientHello) until
// resume(), so that JS can pick the context for the servername.
void TlsWaitForClientHello(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  c->wait_for_hello = true;
}

// resume(handle, secureContext?) -> flags
void TlsResume(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (auto* sc = Wrapped::Get<SecureContext>(args[1])) {
    SSL_set_SSL_CTX(c->ssl, sc->ctx);
    // SSL_set_SSL_CTX keeps the verify settings of the first context; take the new one's store.
    SSL_set1_verify_cert_store(c->ssl, SSL_CTX_get_cert_store(sc->ctx));
    if (STACK_OF(X509_NAME)* names = SSL_CTX_get_client_CA_list(sc->ctx)) {
      SSL_set_client_CA_list(c->ssl, SSL_dup_CA_list(names));
    }
  }
  c->paused = false;
  args.GetReturnValue().Set(Cycle(isolate, c));
}

// setALPNProtocols(handle, wire): a client offers them; a server picks from them.
void TlsSetALPNProtocols(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  Bytes bytes = GetBytes(args[1]);
  if (!bytes.ok) return;
  if (c->is_server) {
    c->alpn.assign(bytes.data, bytes.data + bytes.length);
  } else {
    SSL_set_alpn_protos(c->ssl, bytes.data, static_cast<unsigned int>(bytes.length));
  }
}

// setALPNCallback(handle, fn): fn(servername, protocols) -> index or -1.
void TlsSetALPNCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  if (args[1]->IsFunction()) c->alpn_callback.Reset(isolate, args[1].As<v8::Function>());
}

void TlsGetALPNProtocol(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  const unsigned char* data = nullptr;
  unsigned int length = 0;
  SSL_get0_alpn_selected(c->ssl, &data, &length);
  if (data == nullptr || length == 0) return args.GetReturnValue().Set(false);
  args.GetReturnValue().Set(ToV8(isolate, std::string_view(reinterpret_cast<const char*>(data),
                                                           length)));
}

// setVerifyMode(handle, requestCert, rejectUnauthorized): Node's rules. A client always
// verifies after the handshake; a server asks for a certificate only with requestCert.
void TlsSetVerifyMode(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  int mode = SSL_VERIFY_NONE;
  if (c->is_server && args[1]->IsTrue()) {
    mode = SSL_VERIFY_PEER;
    if (args[2]->IsTrue()) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  }
  SSL_set_verify(c->ssl, mode, [](int, X509_STORE_CTX*) { return 1; });
}

void TlsGetProtocol(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  args.GetReturnValue().Set(ToV8(isolate, SSL_get_version(c->ssl)));
}

void SetField(v8::Isolate* isolate, v8::Local<v8::Object> object, const char* key,
              v8::Local<v8::Value> value) {
  object->Set(isolate->GetCurrentContext(), Symbolize(isolate, key), value).Check();
}

void TlsGetCipher(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  const SSL_CIPHER* cipher = SSL_get_current_cipher(c->ssl);
  if (cipher == nullptr) return;
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  SetField(isolate, info, "name", ToV8(isolate, SSL_CIPHER_get_name(cipher)));
  SetField(isolate, info, "standardName", ToV8(isolate, SSL_CIPHER_standard_name(cipher)));
  SetField(isolate, info, "version", ToV8(isolate, SSL_CIPHER_get_version(cipher)));
  args.GetReturnValue().Set(info);
}

void TlsGetEphemeralKeyInfo(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  v8::Local<v8::Object> info = v8::Object::New(isolate);
  EVP_PKEY* key = nullptr;
  if (c->is_server || SSL_get_peer_tmp_key(c->ssl, &key) != 1 || key == nullptr) {
    return args.GetReturnValue().Set(info);
  }
  int id = EVP_PKEY_get_id(key);
  if (id == EVP_PKEY_DH) {
    SetField(isolate, info, "type", ToV8(isolate, "DH"));
  } else {
    SetField(isolate, info, "type", ToV8(isolate, "ECDH"));
    const char* name = nullptr;
    if (id == EVP_PKEY_EC) {
      char group[64] = "";
      size_t length = 0;
      if (EVP_PKEY_get_group_name(key, group, sizeof(group), &length) == 1) {
        SetField(isolate, info, "name", ToV8(isolate, group));
      }
    } else {
      name = OBJ_nid2sn(id);
      if (name != nullptr) SetField(isolate, info, "name", ToV8(isolate, name));
    }
  }
  SetField(isolate, info, "size", v8::Integer::New(isolate, EVP_PKEY_get_bits(key)));
  EVP_PKEY_free(key);
  args.GetReturnValue().Set(info);
}

void TlsGetSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  SSL_SESSION* session = SSL_get_session(c->ssl);
  if (session == nullptr) return;
  int length = i2d_SSL_SESSION(session, nullptr);
  if (length <= 0) return;
  std::vector<uint8_t> der(length);
  unsigned char* p = der.data();
  i2d_SSL_SESSION(session, &p);
  args.GetReturnValue().Set(TakeBytes(isolate, &der));
}

// setSession(handle, der) -> false when the bytes are not a session.
void TlsSetSession(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  Bytes bytes = GetBytes(args[1]);
  const unsigned char* p = bytes.data;
  SSL_SESSION* session = bytes.ok ? d2i_SSL_SESSION(nullptr, &p, static_cast<long>(bytes.length))
                                  : nullptr;
  ERR_clear_error();
  if (session == nullptr) return args.GetReturnValue().Set(false);
  int ok = SSL_set_session(c->ssl, session);
  SSL_SESSION_free(session);
  args.GetReturnValue().Set(ok == 1);
}

void TlsIsSessionReused(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  args.GetReturnValue().Set(SSL_session_reused(c->ssl) == 1);
}

void TlsGetFinished(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  uint8_t buffer[EVP_MAX_MD_SIZE];
  size_t length = args[1]->IsTrue() ? SSL_get_peer_finished(c->ssl, buffer, sizeof(buffer))
                                    : SSL_get_finished(c->ssl, buffer, sizeof(buffer));
  if (length == 0) return;
  args.GetReturnValue().Set(NewArrayBuffer(isolate, buffer, length));
}

// getSharedSigalgs(handle) -> ['RSA-PSS+SHA256', ...]: the signature algorithms both sides
// support, named as Node names them.
void TlsGetSharedSigalgs(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  std::vector<v8::Local<v8::Value>> names;
  int count = SSL_get_shared_sigalgs(c->ssl, 0, nullptr, nullptr, nullptr, nullptr, nullptr);
  for (int i = 0; i < count; i++) {
    int sign_nid = NID_undef;
    int hash_nid = NID_undef;
    SSL_get_shared_sigalgs(c->ssl, i, &sign_nid, &hash_nid, nullptr, nullptr, nullptr);
    std::string name;
    switch (sign_nid) {
      case EVP_PKEY_RSA: name = "RSA"; break;
      case EVP_PKEY_RSA_PSS: name = "RSA-PSS"; break;
      case EVP_PKEY_DSA: name = "DSA"; break;
      case EVP_PKEY_EC: name = "ECDSA"; break;
      case NID_ED25519: name = "Ed25519"; break;
      case NID_ED448: name = "Ed448"; break;
      default: {
        const char* sn = OBJ_nid2sn(sign_nid);
        name = sn != nullptr ? sn : "UNDEF";
      }
    }
    const char* hash = OBJ_nid2sn(hash_nid);
    name += '+';
    name += hash != nullptr ? hash : "UNDEF";
    names.push_back(ToV8(isolate, name));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

// setMaxSendFragment(handle, size) -> whether OpenSSL took it (512..16384).
void TlsSetMaxSendFragment(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  int size = args[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(size >= 512 && size <= 16384 &&
                            SSL_set_max_send_fragment(c->ssl, size) == 1);
}

// exportKeyingMaterial(handle, length, label, context?) (RFC 5705)
void TlsExportKeyingMaterial(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  uint32_t length = args[1].As<v8::Uint32>()->Value();
  std::string label = ToUtf8(isolate, args[2]);
  Bytes context = GetBytes(args[3]);
  OutputBuffer out(length);
  if (!out.allocated()) return ThrowAllocationFailed(isolate);
  ERR_clear_error();
  if (SSL_export_keying_material(c->ssl, out.data(), length, label.data(), label.size(),
                                 context.ok ? context.data : nullptr,
                                 context.ok ? context.length : 0, context.ok ? 1 : 0) != 1) {
    return ThrowOpenSSLError(isolate, 0, "Key export failed");
  }
  args.GetReturnValue().Set(out.Release(isolate));
}

// ---- certificates as Node's plain objects ----

const char* VerifyErrorCode(long error) {
  switch (error) {
#define V(name)               \
  case X509_V_ERR_##name: \
    return #name;
    V(UNABLE_TO_GET_ISSUER_CERT)
    V(UNABLE_TO_GET_CRL)
    V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    V(UNABLE_TO_DECRYPT_CRL_SIGNATURE)
    V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    V(CERT_SIGNATURE_FAILURE)
    V(CRL_SIGNATURE_FAILURE)
    V(CERT_NOT_YET_VALID)
    V(CERT_HAS_EXPIRED)
    V(CRL_NOT_YET_VALID)
    V(CRL_HAS_EXPIRED)
    V(ERROR_IN_CERT_NOT_BEFORE_FIELD)
    V(ERROR_IN_CERT_NOT_AFTER_FIELD)
    V(ERROR_IN_CRL_LAST_UPDATE_FIELD)
    V(ERROR_IN_CRL_NEXT_UPDATE_FIELD)
    V(OUT_OF_MEM)
    V(DEPTH_ZERO_SELF_SIGNED_CERT)
    V(SELF_SIGNED_CERT_IN_CHAIN)
    V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    V(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    V(CERT_CHAIN_TOO_LONG)
    V(CERT_REVOKED)
    V(INVALID_CA)
    V(PATH_LENGTH_EXCEEDED)
    V(INVALID_PURPOSE)
    V(CERT_UNTRUSTED)
    V(CERT_REJECTED)
    V(HOSTNAME_MISMATCH)
#undef V
    default:
      return "UNSPECIFIED";
  }
}

// verifyError(handle) -> null, or [code, message] of the peer's certificate check.
void TlsVerifyError(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  X509* peer = SSL_get0_peer_certificate(c->ssl);
  long error = peer != nullptr ? SSL_get_verify_result(c->ssl)
                               : X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  if (error == X509_V_OK) return args.GetReturnValue().SetNull();
  v8::Local<v8::Value> pair[] = {ToV8(isolate, VerifyErrorCode(error)),
                                 ToV8(isolate, X509_verify_cert_error_string(error))};
  args.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
}

std::string BioText(BIO* bio) {
  char* data = nullptr;
  long length = BIO_get_mem_data(bio, &data);
  std::string text(data, length > 0 ? static_cast<size_t>(length) : 0);
  BIO_free(bio);
  return text;
}

std::string Hex(const uint8_t* data, size_t length, bool colons) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < length; i++) {
    if (colons && i > 0) out.push_back(':');
    out.push_back(kDigits[data[i] >> 4]);
    out.push_back(kDigits[data[i] & 15]);
  }
  return out;
}

v8::Local<v8::Object> NameToObject(v8::Isolate* isolate, const X509_NAME* name) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    ASN1_OBJECT* oid = X509_NAME_ENTRY_get_object(entry);
    int nid = OBJ_obj2nid(oid);
    char key_buffer[80];
    const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
    if (key == nullptr) {
      OBJ_obj2txt(key_buffer, sizeof(key_buffer), oid, 1);
      key = key_buffer;
    }
    unsigned char* utf8 = nullptr;
    int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (length < 0) continue;
    v8::Local<v8::String> value =
        NewStringFromUtf8(isolate, reinterpret_cast<const char*>(utf8), length)
            .FromMaybe(v8::String::Empty(isolate));
    OPENSSL_free(utf8);
    v8::Local<v8::String> k = ToV8(isolate, key);
    v8::Local<v8::Value> existing;
    if (object->HasOwnProperty(context, k).FromMaybe(false) &&
        object->Get(context, k).ToLocal(&existing)) {
      if (existing->IsArray()) {
        v8::Local<v8::Array> list = existing.As<v8::Array>();
        list->Set(context, list->Length(), value).Check();
      } else {
        v8::Local<v8::Value> both[] = {existing, value};
        object->Set(context, k, v8::Array::New(isolate, both, 2)).Check();
      }
    } else {
      object->Set(context, k, value).Check();
    }
  }
  return object;
}

// Node's escaping of alternative names: names with characters that could confuse a reader of
// the comma-separated list are printed as JSON-like quoted strings.
void AppendAltName(std::string* out, const char* data, size_t length, bool utf8) {
  bool safe = true;
  for (size_t i = 0; i < length && safe; i++) {
    unsigned char ch = static_cast<unsigned char>(data[i]);
    if (ch == '"' || ch == '\\' || ch == ',' || ch == '\'') safe = false;
    else if (utf8 ? (ch < ' ' || ch == 0x7f) : (ch < ' ' || ch > '~')) safe = false;
  }
  if (safe) {
    out->append(data, length);
    return;
  }
  out->push_back('"');
  for (size_t i = 0; i < length; i++) {
    unsigned char ch = static_cast<unsigned char>(data[i]);
    if (ch == '"' || ch == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(ch));
    } else if (ch >= ' ' && ch != 0x7f && (utf8 || ch <= '~')) {
      out->push_back(static_cast<char>(ch));
    } else {
      char escaped[8];
      snprintf(escaped, sizeof(escaped), "\\u%04X", ch);
      out->append(escaped);
    }
  }
  out->push_back('"');
}

std::string SubjectAltName(X509* cert) {
  auto* names = static_cast<GENERAL_NAMES*>(
      X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
  if (names == nullptr) return {};
  std::string out;
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
    if (i > 0) out.append(", ");
    if (name->type == GEN_DNS || name->type == GEN_EMAIL || name->type == GEN_URI) {
      const ASN1_IA5STRING* text = name->d.ia5;
      out.append(name->type == GEN_DNS ? "DNS:" : name->type == GEN_EMAIL ? "email:" : "URI:");
      AppendAltName(&out, reinterpret_cast<const char*>(text->data), text->length, false);
    } else if (name->type == GEN_IPADD) {
      out.append("IP Address:");
      const unsigned char* b = name->d.ip->data;
      char text[64];
      if (name->d.ip->length == 4) {
        snprintf(text, sizeof(text), "%d.%d.%d.%d", b[0], b[1], b[2], b[3]);
        out.append(text);
      } else if (name->d.ip->length == 16) {
        for (int j = 0; j < 8; j++) {
          snprintf(text, sizeof(text), j == 0 ? "%X" : ":%X", (b[2 * j] << 8) | b[2 * j + 1]);
          out.append(text);
        }
      } else {
        out.append("<invalid>");
      }
    } else if (name->type == GEN_DIRNAME) {
      BIO* bio = BIO_new(BIO_s_mem());
      X509_NAME_print_ex(bio, name->d.directoryName, 0, XN_FLAG_RFC2253);
      out.append("DirName:");
      std::string text = BioText(bio);
      AppendAltName(&out, text.data(), text.size(), true);
    } else if (name->type == GEN_RID) {
      char text[128];
      OBJ_obj2txt(text, sizeof(text), name->d.registeredID, 1);
      out.append("Registered ID:").append(text);
    } else {
      out.append("othername:<unsupported>");
    }
  }
  GENERAL_NAMES_free(names);
  return out;
}

v8::Local<v8::Value> InfoAccess(v8::Isolate* isolate, X509* cert) {
  auto* info = static_cast<AUTHORITY_INFO_ACCESS*>(
      X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
  if (info == nullptr) return v8::Local<v8::Value>();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); i++) {
    const ACCESS_DESCRIPTION* desc = sk_ACCESS_DESCRIPTION_value(info, i);
    if (desc->location->type != GEN_URI) continue;
    char method[128];
    OBJ_obj2txt(method, sizeof(method), desc->method, 0);
    std::string key = std::string(method) + " - URI";
    const ASN1_IA5STRING* uri = desc->location->d.uniformResourceIdentifier;
    std::string value;
    AppendAltName(&value, reinterpret_cast<const char*>(uri->data), uri->length, false);
    v8::Local<v8::String> k = ToV8(isolate, key);
    v8::Local<v8::Value> list;
    if (!object->Get(context, k).ToLocal(&list) || !list->IsArray()) {
      list = v8::Array::New(isolate);
      object->Set(context, k, list).Check();
    }
    list.As<v8::Array>()->Set(context, list.As<v8::Array>()->Length(), ToV8(isolate, value)).Check();
  }
  AUTHORITY_INFO_ACCESS_free(info);
  return object;
}

v8::Local<v8::Value> Der(v8::Isolate* isolate, int length, unsigned char* data) {
  v8::Local<v8::ArrayBuffer> buffer = NewArrayBuffer(isolate, data, length > 0 ? length : 0);
  OPENSSL_free(data);
  return buffer;
}

std::string Fingerprint(X509* cert, const EVP_MD* md) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (X509_digest(cert, md, digest, &length) != 1) return {};
  return Hex(digest, length, true);
}

std::string BignumHex(const BIGNUM* bn) {
  char* hex = BN_bn2hex(bn);
  std::string out = hex != nullptr ? hex : "";
  OPENSSL_free(hex);
  return out;
}

v8::Local<v8::Object> CertificateToObject(v8::Isolate* isolate, X509* cert) {
  v8::Local<v8::Object> object = v8::Object::New(isolate);
  SetField(isolate, object, "subject", NameToObject(isolate, X509_get_subject_name(cert)));
  SetField(isolate, object, "issuer", NameToObject(isolate, X509_get_issuer_name(cert)));
  std::string alt = SubjectAltName(cert);
  if (!alt.empty()) SetField(isolate, object, "subjectaltname", ToV8(isolate, alt));
  v8::Local<v8::Value> info = InfoAccess(isolate, cert);
  if (!info.IsEmpty()) SetField(isolate, object, "infoAccess", info);
  SetField(isolate, object, "ca", v8::Boolean::New(isolate, X509_check_ca(cert) == 1));

  EVP_PKEY* key = X509_get0_pubkey(cert);
  int id = key != nullptr ? EVP_PKEY_get_base_id(key) : EVP_PKEY_NONE;
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    EVP_PKEY_get_bn_param(key, "n", &n);
    EVP_PKEY_get_bn_param(key, "e", &e);
    if (n != nullptr) SetField(isolate, object, "modulus", ToV8(isolate, BignumHex(n)));
    SetField(isolate, object, "bits", v8::Integer::New(isolate, EVP_PKEY_get_bits(key)));
    if (e != nullptr) {
      std::string hex = BignumHex(e);
      for (char& ch : hex) ch = static_cast<char>(tolower(ch));
      size_t start = hex.find_first_not_of('0');
      hex = start == std::string::npos ? "0" : hex.substr(start);
      SetField(isolate, object, "exponent", ToV8(isolate, "0x" + hex));
    }
    BN_free(n);
    BN_free(e);
    unsigned char* der = nullptr;
    int length = i2d_PUBKEY(key, &der);
    SetField(isolate, object, "pubkey", Der(isolate, length, der));
  } else if (id == EVP_PKEY_EC) {
    SetField(isolate, object, "bits", v8::Integer::New(isolate, EVP_PKEY_get_bits(key)));
    unsigned char point[256];
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, "encoded-pub-key", point, sizeof(point),
                                        &length) == 1) {
      SetField(isolate, object, "pubkey", NewArrayBuffer(isolate, point, length));
    }
    char group[64] = "";
    size_t group_length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof(group), &group_length) == 1) {
      int nid = OBJ_sn2nid(group);
      SetField(isolate, object, "asn1Curve", ToV8(isolate, group));
      if (const char* nist = EC_curve_nid2nist(nid)) {
        SetField(isolate, object, "nistCurve", ToV8(isolate, nist));
      }
    }
  }

  BIO* bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, X509_get0_notBefore(cert));
  SetField(isolate, object, "valid_from", ToV8(isolate, BioText(bio)));
  bio = BIO_new(BIO_s_mem());
  ASN1_TIME_print(bio, X509_get0_notAfter(cert));
  SetField(isolate, object, "valid_to", ToV8(isolate, BioText(bio)));

  SetField(isolate, object, "fingerprint", ToV8(isolate, Fingerprint(cert, EVP_sha1())));
  SetField(isolate, object, "fingerprint256", ToV8(isolate, Fingerprint(cert, EVP_sha256())));
  SetField(isolate, object, "fingerprint512", ToV8(isolate, Fingerprint(cert, EVP_sha512())));

  if (auto* usage = static_cast<STACK_OF(ASN1_OBJECT)*>(
          X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr))) {
    std::vector<v8::Local<v8::Value>> oids;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usage); i++) {
      char text[128];
      OBJ_obj2txt(text, sizeof(text), sk_ASN1_OBJECT_value(usage, i), 1);
      oids.push_back(ToV8(isolate, text));
    }
    sk_ASN1_OBJECT_pop_free(usage, ASN1_OBJECT_free);
    SetField(isolate, object, "ext_key_usage", v8::Array::New(isolate, oids.data(), oids.size()));
  }

  if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
    SetField(isolate, object, "serialNumber", ToV8(isolate, BignumHex(serial)));
    BN_free(serial);
  }
  unsigned char* der = nullptr;
  int length = i2d_X509(cert, &der);
  SetField(isolate, object, "raw", Der(isolate, length, der));
  return object;
}

// getPeerCertificate(handle, detailed) -> the certificate object or null. With `detailed`,
// each object's issuerCertificate is the next one up the chain; a self-issued root points to
// itself, as in Node.
void TlsGetPeerCertificate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  X509* peer = SSL_get0_peer_certificate(c->ssl);
  if (peer == nullptr) return args.GetReturnValue().SetNull();
  v8::Local<v8::Object> first = CertificateToObject(isolate, peer);
  args.GetReturnValue().Set(first);
  if (!args[1]->IsTrue()) return;
  // Candidates: what the peer sent, then what verification found (which includes roots).
  std::vector<X509*> pool;
  if (STACK_OF(X509)* sent = SSL_get_peer_cert_chain(c->ssl)) {
    for (int i = 0; i < sk_X509_num(sent); i++) pool.push_back(sk_X509_value(sent, i));
  }
  if (STACK_OF(X509)* verified = SSL_get0_verified_chain(c->ssl)) {
    for (int i = 0; i < sk_X509_num(verified); i++) pool.push_back(sk_X509_value(verified, i));
  }
  X509* current = peer;
  v8::Local<v8::Object> current_object = first;
  for (int depth = 0; depth < 32; depth++) {
    if (X509_check_issued(current, current) == X509_V_OK) {
      SetField(isolate, current_object, "issuerCertificate", current_object);
      return;
    }
    X509* issuer = nullptr;
    for (X509* candidate : pool) {
      if (candidate != current && X509_cmp(candidate, current) != 0 &&
          X509_check_issued(candidate, current) == X509_V_OK) {
        issuer = candidate;
        break;
      }
    }
    if (issuer == nullptr) return;
    v8::Local<v8::Object> issuer_object = CertificateToObject(isolate, issuer);
    SetField(isolate, current_object, "issuerCertificate", issuer_object);
    current = issuer;
    current_object = issuer_object;
  }
}

// getCertificate(handle) -> this side's certificate object, or null.
void TlsGetCertificate(const v8::FunctionCallbackInfo<v8::Value>& args) {
  UNWRAP_CONNECTION(c);
  X509* cert = SSL_get_certificate(c->ssl);
  if (cert == nullptr) return args.GetReturnValue().SetNull();
  args.GetReturnValue().Set(CertificateToObject(isolate, cert));
}

// getSSLCiphers() -> the names of the ciphers OpenSSL enables by default, then the TLS 1.3
// suites (all five, as Node lists them).
void GetSSLCiphers(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<v8::Local<v8::Value>> names;
  SSL_CTX* ctx = SSL_CTX_new(TLS_method());
  SSL* ssl = ctx != nullptr ? SSL_new(ctx) : nullptr;
  if (ssl != nullptr) {
    STACK_OF(SSL_CIPHER)* ciphers = SSL_get_ciphers(ssl);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); i++) {
      names.push_back(ToV8(isolate, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
    }
  }
  SSL_free(ssl);
  SSL_CTX_free(ctx);
  for (const char* name : {"TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                           "TLS_AES_128_GCM_SHA256", "TLS_AES_128_CCM_8_SHA256",
                           "TLS_AES_128_CCM_SHA256"}) {
    names.push_back(ToV8(isolate, name));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, names.data(), names.size()));
}

constexpr BindingMethod kMethods[] = {
    {"getSSLCiphers", GetSSLCiphers},
    {"ctxSetCert", CtxSetCert},
    {"ctxSetKey", CtxSetKey},
    {"ctxAddCACert", CtxAddCACert},
    {"ctxAddRootCerts", CtxAddRootCerts},
    {"ctxAddCRL", CtxAddCRL},
    {"ctxSetCiphers", CtxSetCiphers},
    {"ctxSetCipherSuites", CtxSetCipherSuites},
    {"ctxSetECDHCurve", CtxSetECDHCurve},
    {"ctxSetSigalgs", CtxSetSigalgs},
    {"ctxSetOptions", CtxSetOptions},
    {"ctxSetProtoVersions", CtxSetProtoVersions},
    {"ctxSetSessionIdContext", CtxSetSessionIdContext},
    {"ctxSetSessionTimeout", CtxSetSessionTimeout},
    {"ctxLoadPKCS12", CtxLoadPKCS12},
    {"ctxGetCertificate", CtxGetCertificate},
    {"ctxGetTicketKeys", CtxGetTicketKeys},
    {"ctxSetTicketKeys", CtxSetTicketKeys},
    {"getRootCertificates", GetRootCertificates},
    {"start", TlsStart},
    {"receive", TlsReceive},
    {"write", TlsWrite},
    {"shutdown", TlsShutdown},
    {"takeEncrypted", TlsTakeEncrypted},
    {"takeClear", TlsTakeClear},
    {"takeError", TlsTakeError},
    {"takeSession", TlsTakeSession},
    {"takeKeylog", TlsTakeKeylog},
    {"enableKeylog", TlsEnableKeylog},
    {"setServername", TlsSetServername},
    {"getServername", TlsGetServername},
    {"waitForClientHello", TlsWaitForClientHello},
    {"resume", TlsResume},
    {"setALPNProtocols", TlsSetALPNProtocols},
    {"setALPNCallback", TlsSetALPNCallback},
    {"getALPNProtocol", TlsGetALPNProtocol},
    {"setVerifyMode", TlsSetVerifyMode},
    {"getProtocol", TlsGetProtocol},
    {"getCipher", TlsGetCipher},
    {"getEphemeralKeyInfo", TlsGetEphemeralKeyInfo},
    {"getSession", TlsGetSession},
    {"setSession", TlsSetSession},
    {"isSessionReused", TlsIsSessionReused},
    {"getFinished", TlsGetFinished},
    {"exportKeyingMaterial", TlsExportKeyingMaterial},
    {"getSharedSigalgs", TlsGetSharedSigalgs},
    {"setMaxSendFragment", TlsSetMaxSendFragment},
    {"verifyError", TlsVerifyError},
    {"getPeerCertificate", TlsGetPeerCertificate},
    {"getCertificate", TlsGetCertificate},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
  SetValue(env, target, "SecureContext",
           Wrapped::NewClass(env, "SecureContext", SecureContextConstruct));
  SetValue(env, target, "TLSWrap", Wrapped::NewClass(env, "TLSWrap", TLSWrapConstruct));
  SetInteger(env, target, "TLS1_VERSION", TLS1_VERSION);
  SetInteger(env, target, "TLS1_1_VERSION", TLS1_1_VERSION);
  SetInteger(env, target, "TLS1_2_VERSION", TLS1_2_VERSION);
  SetInteger(env, target, "TLS1_3_VERSION", TLS1_3_VERSION);
  SetInteger(env, target, "SSL_OP_CIPHER_SERVER_PREFERENCE",
             static_cast<int64_t>(SSL_OP_CIPHER_SERVER_PREFERENCE));
}

}  // namespace

void InstallConnectionCallbacks(SSL_CTX* ctx) {
  SSL_CTX_set_client_hello_cb(ctx, OnClientHello, nullptr);
  SSL_CTX_set_alpn_select_cb(ctx, OnSelectAlpn, nullptr);
  SSL_CTX_sess_set_new_cb(ctx, OnNewSession);
  SSL_CTX_set_keylog_callback(ctx, OnKeylog);
}

}  // namespace kiln::crypto

KILN_REGISTER_BINDING(tls_wrap, kiln::crypto::Initialize, kiln::crypto::kMethods)
