// What every crypto binding shares: native state owned by a JS handle and freed when the
// handle is collected, argument bytes without copies, OpenSSL errors shaped as Node's, a cache
// of fetched digests, and jobs on the libuv thread pool that call back into JS.
#pragma once

#include <openssl/evp.h>
#include <uv.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "binding.h"

namespace kiln::crypto {

// Native state behind a JS handle: an instance of a small native class (Hash, Hmac,
// CipherBase, as Node names them) with two internal fields, a tag and the state. The handle
// holds the state weakly: when the handle is collected, the state is deleted. The construct
// callbacks are not in the bindings' method tables, so these classes cannot be part of a
// startup snapshot (crypto loads on first use).
class Wrapped {
 public:
  virtual ~Wrapped() = default;

  // A constructor `name` whose instances can hold state; `construct` runs for `new`.
  static v8::Local<v8::Function> NewClass(Environment* env, const char* name,
                                          v8::FunctionCallback construct);
  // Call first in a construct callback: false (with an exception) when called without `new`.
  static bool BeginConstruct(const v8::FunctionCallbackInfo<v8::Value>& args);
  // Gives `state` to the handle `object` (args.This() of a construct callback).
  static void Attach(v8::Isolate* isolate, v8::Local<v8::Object> object,
                     std::unique_ptr<Wrapped> state);

  // The state of type T behind `handle`, or nullptr when it is not such a handle.
  template <typename T>
  static T* Get(v8::Local<v8::Value> handle) {
    Wrapped* state = GetAny(handle);
    return state != nullptr && state->type_ == &T::kType ? static_cast<T*>(state) : nullptr;
  }

  // The state of type T behind args[index], or nullptr after throwing "Illegal invocation"
  // (a method called on the wrong object). T declares `static constexpr char kType = 0;`; its
  // address identifies the type.
  template <typename T>
  static T* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& args, int index) {
    T* state = Get<T>(args[index]);
    if (state == nullptr) ThrowIllegalInvocation(args.GetIsolate());
    return state;
  }

 protected:
  explicit Wrapped(const char* type) : type_(type) {}

 private:
  static Wrapped* GetAny(v8::Local<v8::Value> handle);
  static void ThrowIllegalInvocation(v8::Isolate* isolate);
  const char* type_;
  v8::Global<v8::Object> handle_;
};

// The bytes of an ArrayBufferView, ArrayBuffer or SharedArrayBuffer, in place.
// `ok` is false (and the bytes empty) for any other value.
struct Bytes {
  const uint8_t* data = nullptr;
  size_t length = 0;
  bool ok = false;
};
Bytes GetBytes(v8::Local<v8::Value> value);
std::vector<uint8_t> CopyBytes(v8::Local<v8::Value> value);
uint8_t* GetWritableBytes(v8::Local<v8::Value> value, size_t* length);

// A new ArrayBuffer holding a copy of `data` (JS wraps it in a Buffer).
v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const uint8_t* data, size_t length);

// Output memory that may be large (a derived key, a cipher's output): allocated with malloc so
// that a failure is an error for JS, not an abort, and handed to an ArrayBuffer without a copy.
class OutputBuffer {
 public:
  OutputBuffer() = default;
  explicit OutputBuffer(size_t length);
  ~OutputBuffer() { free(data_); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  bool allocated() const { return size_ == 0 || data_ != nullptr; }
  uint8_t* data() { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void Shrink(size_t length) { size_ = length < size_ ? length : size_; }
  // The bytes as an ArrayBuffer; the buffer is empty afterwards.
  v8::Local<v8::ArrayBuffer> Release(v8::Isolate* isolate);

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

// V8's RangeError for an allocation that failed.
void ThrowAllocationFailed(v8::Isolate* isolate);

// Node's error for the OpenSSL error `err` (or the first queued one when 0): the message is
// OpenSSL's "error:XXXXXXXX:lib::reason" (or `fallback` when there is no error and a fallback is
// given), with library, reason and an ERR_OSSL_* code; the rest of the queue becomes
// opensslErrorStack. Clears the queue.
v8::Local<v8::Value> OpenSSLError(v8::Isolate* isolate, unsigned long err = 0,
                                  const char* fallback = nullptr);
void ThrowOpenSSLError(v8::Isolate* isolate, unsigned long err = 0, const char* fallback = nullptr);

// An error like the ones Node throws from C++: `Type(message)` ("Error", "TypeError",
// "RangeError") with a `code` property (none when code is null).
v8::Local<v8::Value> CodedError(v8::Isolate* isolate, const char* type, const char* code,
                                std::string_view message);
void ThrowCodedError(v8::Isolate* isolate, const char* type, const char* code,
                     std::string_view message);

// The digest named `name` (any OpenSSL name or alias, case-insensitive), fetched once and
// cached for the process; nullptr when OpenSSL does not know it. Thread-safe.
const EVP_MD* FindDigest(std::string_view name);

// Work for the thread pool. Run() executes off the main thread; Finish() runs on the loop
// thread and returns the (error, value) pair passed to the JS callback.
class ThreadPoolJob {
 public:
  virtual ~ThreadPoolJob() = default;
  virtual void Run() = 0;
  virtual void Finish(Environment* env, v8::Local<v8::Value>* error,
                      v8::Local<v8::Value>* value) = 0;

  // Queues `job`; `callback(error, value)` is called through MakeCallback when it is done.
  // `keep_alive` (optional) stays referenced until then: memory the job reads or writes.
  static void Start(Environment* env, std::unique_ptr<ThreadPoolJob> job,
                    v8::Local<v8::Function> callback,
                    v8::Local<v8::Value> keep_alive = v8::Local<v8::Value>());

 private:
  uv_work_t work_;
  Environment* env_ = nullptr;
  v8::Global<v8::Function> callback_;
  v8::Global<v8::Value> keep_alive_;
};

// Runs `job` now, on this thread, and returns its value or throws its error.
void RunSync(const v8::FunctionCallbackInfo<v8::Value>& args, ThreadPoolJob* job);

// Runs `job` synchronously, or on the thread pool when args[callback_index] is a function.
void RunJob(const v8::FunctionCallbackInfo<v8::Value>& args, int callback_index,
            std::unique_ptr<ThreadPoolJob> job,
            v8::Local<v8::Value> keep_alive = v8::Local<v8::Value>());

}  // namespace kiln::crypto
