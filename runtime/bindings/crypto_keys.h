// What the asymmetric crypto bindings share (crypto_keys.cc, crypto_sign.cc): key handles
// (JS objects that own an EVP_PKEY or secret bytes), byte arguments, and Node's OpenSSL errors.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"

namespace kiln::crypto_keys {

enum class KeyType { kSecret = 0, kPublic = 1, kPrivate = 2 };

// Immutable once made: a public KeyObject derived from a private one shares its EVP_PKEY.
struct KeyData {
  KeyType type;
  EVP_PKEY* pkey = nullptr;  // owned (one reference)
  std::vector<uint8_t> secret;
  ~KeyData();
};

using KeyPtr = std::shared_ptr<const KeyData>;

KeyPtr MakeAsymmetricKey(KeyType type, EVP_PKEY* pkey);  // takes the reference
KeyPtr MakeSecretKey(const uint8_t* data, size_t length);

// A new JS handle object for `key`; the key lives as long as the handle does.
v8::Local<v8::Object> NewKeyHandle(v8::Isolate* isolate, KeyPtr key);
// The key of a handle made by NewKeyHandle, or null for any other value.
KeyPtr KeyFromHandle(v8::Isolate* isolate, v8::Local<v8::Value> value);

// The bytes of an ArrayBufferView or ArrayBuffer (empty for other values).
struct Bytes {
  const uint8_t* data = nullptr;
  size_t length = 0;
  bool ok = false;
};
Bytes BytesOf(v8::Local<v8::Value> value);
std::vector<uint8_t> CopyBytes(v8::Local<v8::Value> value);

v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const uint8_t* data, size_t length);

// Node's error for the OpenSSL error `err` (or the first queued one when 0): the message is
// OpenSSL's error string (or `fallback` when there is no error and a fallback is given), with
// library, reason and an ERR_OSSL_* code; the rest of the queue becomes opensslErrorStack.
// Clears the queue.
v8::Local<v8::Value> CryptoError(v8::Isolate* isolate, unsigned long err = 0,
                                 const char* fallback = nullptr);
void ThrowCryptoError(v8::Isolate* isolate, unsigned long err = 0, const char* fallback = nullptr);
// An error of class `type` ("Error", "TypeError", "RangeError") with a `code` property.
v8::Local<v8::Value> CodedError(v8::Isolate* isolate, const char* type, const char* code,
                                const std::string& message);
void ThrowCodedError(v8::Isolate* isolate, const char* type, const char* code,
                     const std::string& message);

std::string StringArg(v8::Isolate* isolate, v8::Local<v8::Value> value);

// 'rsa', 'rsa-pss', 'ec', 'ed25519', … as Node names key types (empty if unknown).
std::string AsymmetricKeyTypeName(const EVP_PKEY* pkey);

// The EVP_MD for a digest name as Node accepts it (OpenSSL names, case-insensitive), or null.
const EVP_MD* DigestByName(const std::string& name);

// Finishes a key-pair job (a struct with `work`, `env` and `callback`): without a callback it runs
// now and returns [public, private] or throws; with one it runs on the thread pool and calls
// back (error or null, public, private) through MakeCallback. `results` fills
// [error or undefined, public, private].
template <typename Job, void (*run)(Job*), void (*results)(Job*, v8::Local<v8::Value>*)>
void FinishKeyPairJob(const v8::FunctionCallbackInfo<v8::Value>& args, std::unique_ptr<Job> job,
                      v8::Local<v8::Value> callback) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!callback->IsFunction()) {
    run(job.get());
    v8::Local<v8::Value> values[3];
    results(job.get(), values);
    if (!values[0]->IsUndefined()) {
      isolate->ThrowException(values[0]);
      return;
    }
    args.GetReturnValue().Set(v8::Array::New(isolate, values + 1, 2));
    return;
  }
  job->callback.Reset(isolate, callback.As<v8::Function>());
  job->work.data = job.get();
  int err = uv_queue_work(
      job->env->loop(), &job->work, [](uv_work_t* work) { run(static_cast<Job*>(work->data)); },
      [](uv_work_t* work, int) {
        std::unique_ptr<Job> done(static_cast<Job*>(work->data));
        Environment* env = done->env;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        v8::Local<v8::Value> values[3];
        results(done.get(), values);
        if (values[0]->IsUndefined()) values[0] = v8::Null(isolate);
        (void)MakeCallback(env, v8::Undefined(isolate), done->callback.Get(isolate), 3, values);
      });
  if (err < 0) return ThrowUVException(isolate, err, "uv_queue_work");
  job.release();
}

}  // namespace kiln::crypto_keys
