// internalBinding('crypto_random'): cryptographically strong random bytes from OpenSSL's
// RAND_bytes, written into a caller's buffer synchronously or on the thread pool.
#include <openssl/err.h>
#include <openssl/rand.h>

#include <algorithm>
#include <memory>

#include "crypto_wrap.h"

namespace kiln::crypto {
namespace {

class RandomFillJob : public ThreadPoolJob {
 public:
  RandomFillJob(uint8_t* data, size_t length, std::shared_ptr<v8::BackingStore> store)
      : data_(data), length_(length), store_(std::move(store)) {}
  void Run() override {
    // RAND_bytes takes an int length; fill in pieces so any size works.
    size_t done = 0;
    while (done < length_ && error_ == 0) {
      size_t piece = std::min<size_t>(length_ - done, 1 << 30);
      if (RAND_bytes(data_ + done, static_cast<int>(piece)) != 1) {
        error_ = ERR_get_error();
        if (error_ == 0) error_ = 1;
        ERR_clear_error();
      }
      done += piece;
    }
  }
  void Finish(Environment* env, v8::Local<v8::Value>* error, v8::Local<v8::Value>*) override {
    if (error_ != 0) *error = OpenSSLError(env->isolate(), error_, "Random bytes failed");
  }

 private:
  uint8_t* data_;
  size_t length_;
  // Keeps the memory alive even if JS detaches (transfers) the buffer during the job.
  std::shared_ptr<v8::BackingStore> store_;
  unsigned long error_ = 0;
};

// randomFill(buffer, offset, size, callback?): fills buffer[offset, offset + size). JS has
// checked the range.
void RandomFill(const v8::FunctionCallbackInfo<v8::Value>& args) {
  size_t length = 0;
  uint8_t* data = GetWritableBytes(args[0], &length);
  double offset = args[1].As<v8::Number>()->Value();
  double size = args[2].As<v8::Number>()->Value();
  CHECK(offset >= 0 && size >= 0 && offset + size <= static_cast<double>(length));
  std::shared_ptr<v8::BackingStore> store;
  if (args[3]->IsFunction()) {
    if (args[0]->IsArrayBufferView()) {
      store = args[0].As<v8::ArrayBufferView>()->Buffer()->GetBackingStore();
    } else if (args[0]->IsArrayBuffer()) {
      store = args[0].As<v8::ArrayBuffer>()->GetBackingStore();
    } else if (args[0]->IsSharedArrayBuffer()) {
      store = args[0].As<v8::SharedArrayBuffer>()->GetBackingStore();
    }
  }
  auto job = std::make_unique<RandomFillJob>(data + static_cast<size_t>(offset),
                                             static_cast<size_t>(size), std::move(store));
  RunJob(args, 3, std::move(job), args[0]);
}

constexpr BindingMethod kMethods[] = {
    {"randomFill", RandomFill},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln::crypto

KILN_REGISTER_BINDING(crypto_random, kiln::crypto::Initialize, kiln::crypto::kMethods)
