// What the asymmetric crypto bindings share (crypto_keys.cc, crypto_sign.cc, crypto_keygen.cc,
// crypto_dh.cc): key handles (JS objects that own an EVP_PKEY or secret bytes) and key-pair
// jobs; bytes, errors and digests come from crypto_wrap.h.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"
#include "crypto_wrap.h"

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

using crypto::Bytes;
using crypto::CodedError;
using crypto::CopyBytes;
using crypto::FindDigest;
using crypto::GetBytes;
using crypto::NewArrayBuffer;
using crypto::OpenSSLError;
using crypto::ThrowCodedError;
using crypto::ThrowOpenSSLError;

std::string StringArg(v8::Isolate* isolate, v8::Local<v8::Value> value);

// 'rsa', 'rsa-pss', 'ec', 'ed25519', … as Node names key types (empty if unknown).
std::string AsymmetricKeyTypeName(const EVP_PKEY* pkey);

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
