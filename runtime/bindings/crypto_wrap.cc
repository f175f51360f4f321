// Shared support of the symmetric crypto bindings (crypto_wrap.h).
#include "crypto_wrap.h"

#include <openssl/err.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "callback_scope.h"

namespace kiln::crypto {

namespace {

// Field 0 of every handle holds the address of this tag, so that a foreign object with
// internal fields is recognized without reading through its fields.
alignas(8) const char kHandleTag = 0;
constexpr int kTagField = 0;
constexpr int kStateField = 1;

}  // namespace

v8::Local<v8::Function> Wrapped::NewClass(Environment* env, const char* name,
                                          v8::FunctionCallback construct) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, construct);
  tmpl->SetClassName(Symbolize(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(2);
  return tmpl->GetFunction(env->context()).ToLocalChecked();
}

bool Wrapped::BeginConstruct(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args.IsConstructCall()) {
    ThrowIllegalInvocation(args.GetIsolate());
    return false;
  }
  args.This()->SetAlignedPointerInInternalField(kTagField, nullptr);
  args.This()->SetAlignedPointerInInternalField(kStateField, nullptr);
  return true;
}

void Wrapped::Attach(v8::Isolate* isolate, v8::Local<v8::Object> object,
                     std::unique_ptr<Wrapped> state) {
  Wrapped* raw = state.release();
  object->SetAlignedPointerInInternalField(kTagField, const_cast<char*>(&kHandleTag));
  object->SetAlignedPointerInInternalField(kStateField, raw);
  raw->handle_.Reset(isolate, object);
  raw->handle_.SetWeak(
      raw, [](const v8::WeakCallbackInfo<Wrapped>& info) { delete info.GetParameter(); },
      v8::WeakCallbackType::kParameter);
}

Wrapped* Wrapped::GetAny(v8::Local<v8::Value> handle) {
  if (!handle->IsObject()) return nullptr;
  v8::Local<v8::Object> object = handle.As<v8::Object>();
  if (object->InternalFieldCount() != 2 ||
      object->GetAlignedPointerFromInternalField(kTagField) != &kHandleTag) {
    return nullptr;
  }
  return static_cast<Wrapped*>(object->GetAlignedPointerFromInternalField(kStateField));
}

void Wrapped::ThrowIllegalInvocation(v8::Isolate* isolate) {
  isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Illegal invocation")));
}

Bytes GetBytes(v8::Local<v8::Value> value) {
  Bytes bytes;
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    bytes.ok = true;
    bytes.length = view->ByteLength();
    if (bytes.length > 0) {
      bytes.data = static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    }
  } else if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    bytes.ok = true;
    bytes.length = buffer->ByteLength();
    bytes.data = static_cast<const uint8_t*>(buffer->Data());
  } else if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer = value.As<v8::SharedArrayBuffer>();
    bytes.ok = true;
    bytes.length = buffer->ByteLength();
    bytes.data = static_cast<const uint8_t*>(buffer->Data());
  }
  // OpenSSL treats a null pointer as "no input" in places; empty input is a valid pointer.
  static const uint8_t kEmpty = 0;
  if (bytes.data == nullptr) bytes.data = &kEmpty;
  return bytes;
}

std::vector<uint8_t> CopyBytes(v8::Local<v8::Value> value) {
  Bytes bytes = GetBytes(value);
  return std::vector<uint8_t>(bytes.data, bytes.data + bytes.length);
}

uint8_t* GetWritableBytes(v8::Local<v8::Value> value, size_t* length) {
  Bytes bytes = GetBytes(value);
  *length = bytes.length;
  return const_cast<uint8_t*>(bytes.data);
}

v8::Local<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const uint8_t* data,
                                          size_t length) {
  v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, length);
  if (length > 0) memcpy(buffer->Data(), data, length);
  return buffer;
}

OutputBuffer::OutputBuffer(size_t length) : size_(length) {
  if (length > 0) data_ = static_cast<uint8_t*>(malloc(length));
}

v8::Local<v8::ArrayBuffer> OutputBuffer::Release(v8::Isolate* isolate) {
  if (size_ < 4096) {
    v8::Local<v8::ArrayBuffer> buffer = NewArrayBuffer(isolate, data_, size_);
    free(data_);
    data_ = nullptr;
    size_ = 0;
    return buffer;
  }
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      data_, size_, [](void* data, size_t, void*) { free(data); }, nullptr);
  data_ = nullptr;
  size_ = 0;
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

void ThrowAllocationFailed(v8::Isolate* isolate) {
  isolate->ThrowException(
      v8::Exception::RangeError(ToV8(isolate, "Array buffer allocation failed")));
}

namespace {

// The library part of Node's ERR_OSSL_* codes, for the libraries Node names.
const char* LibraryPrefix(int lib) {
  switch (lib) {
    case ERR_LIB_SYS:
      return "SYS_";
    case ERR_LIB_BN:
      return "BN_";
    case ERR_LIB_RSA:
      return "RSA_";
    case ERR_LIB_DH:
      return "DH_";
    case ERR_LIB_EVP:
      return "EVP_";
    case ERR_LIB_BUF:
      return "BUF_";
    case ERR_LIB_OBJ:
      return "OBJ_";
    case ERR_LIB_PEM:
      return "PEM_";
    case ERR_LIB_DSA:
      return "DSA_";
    case ERR_LIB_X509:
      return "X509_";
    case ERR_LIB_ASN1:
      return "ASN1_";
    case ERR_LIB_CONF:
      return "CONF_";
    case ERR_LIB_CRYPTO:
      return "CRYPTO_";
    case ERR_LIB_EC:
      return "EC_";
    case ERR_LIB_SSL:
      return "SSL_";
    case ERR_LIB_BIO:
      return "BIO_";
    case ERR_LIB_PKCS7:
      return "PKCS7_";
    case ERR_LIB_X509V3:
      return "X509V3_";
    case ERR_LIB_PKCS12:
      return "PKCS12_";
    case ERR_LIB_RAND:
      return "RAND_";
    case ERR_LIB_DSO:
      return "DSO_";
    case ERR_LIB_ENGINE:
      return "ENGINE_";
    case ERR_LIB_OCSP:
      return "OCSP_";
    case ERR_LIB_UI:
      return "UI_";
    case ERR_LIB_COMP:
      return "COMP_";
    case ERR_LIB_ECDSA:
      return "ECDSA_";
    case ERR_LIB_ECDH:
      return "ECDH_";
    case ERR_LIB_OSSL_STORE:
      return "OSSL_STORE_";
    case ERR_LIB_FIPS:
      return "FIPS_";
    case ERR_LIB_CMS:
      return "CMS_";
    case ERR_LIB_TS:
      return "TS_";
    case ERR_LIB_HMAC:
      return "HMAC_";
    case ERR_LIB_CT:
      return "CT_";
    case ERR_LIB_ASYNC:
      return "ASYNC_";
    case ERR_LIB_KDF:
      return "KDF_";
    case ERR_LIB_SM2:
      return "SM2_";
    case ERR_LIB_USER:
      return "USER_";
    default:
      return "";
  }
}

void SetString(v8::Isolate* isolate, v8::Local<v8::Object> object, const char* key,
               const std::string& value) {
  object->Set(isolate->GetCurrentContext(), Symbolize(isolate, key), ToV8(isolate, value)).Check();
}

}  // namespace

v8::Local<v8::Value> OpenSSLError(v8::Isolate* isolate, unsigned long err, const char* fallback) {
  if (err == 0) err = ERR_get_error();
  char buffer[256];
  std::string message;
  if (err != 0 || fallback == nullptr) {
    ERR_error_string_n(err, buffer, sizeof(buffer));
    message = buffer;
  } else {
    message = fallback;
  }
  std::vector<v8::Local<v8::Value>> stack;
  while (unsigned long next = ERR_get_error()) {
    ERR_error_string_n(next, buffer, sizeof(buffer));
    stack.push_back(ToV8(isolate, buffer));
  }
  std::reverse(stack.begin(), stack.end());
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error =
      v8::Exception::Error(ToV8(isolate, message))->ToObject(context).ToLocalChecked();
  if (!stack.empty()) {
    error
        ->Set(context, Symbolize(isolate, "opensslErrorStack"),
              v8::Array::New(isolate, stack.data(), stack.size()))
        .Check();
  }
  if (err == 0) return error;
  if (const char* library = ERR_lib_error_string(err))
    SetString(isolate, error, "library", library);
  if (const char* reason = ERR_reason_error_string(err)) {
    SetString(isolate, error, "reason", reason);
    const char* lib = LibraryPrefix(ERR_GET_LIB(err));
    // Node names TLS errors ERR_SSL_*, every other library's ERR_OSSL_<LIB>_*.
    std::string code = strcmp(lib, "SSL_") == 0 ? "ERR_" : "ERR_OSSL_";
    code += lib;
    for (const char* p = reason; *p != '\0'; p++) {
      code += *p == ' ' ? '_' : static_cast<char>(toupper(static_cast<unsigned char>(*p)));
    }
    SetString(isolate, error, "code", code);
  }
  return error;
}

void ThrowOpenSSLError(v8::Isolate* isolate, unsigned long err, const char* fallback) {
  isolate->ThrowException(OpenSSLError(isolate, err, fallback));
}

v8::Local<v8::Value> CodedError(v8::Isolate* isolate, const char* type, const char* code,
                                std::string_view message) {
  v8::Local<v8::String> text = ToV8(isolate, message);
  v8::Local<v8::Value> error = strcmp(type, "TypeError") == 0    ? v8::Exception::TypeError(text)
                               : strcmp(type, "RangeError") == 0 ? v8::Exception::RangeError(text)
                                                                 : v8::Exception::Error(text);
  if (code != nullptr) SetString(isolate, error.As<v8::Object>(), "code", code);
  return error;
}

void ThrowCodedError(v8::Isolate* isolate, const char* type, const char* code,
                     std::string_view message) {
  isolate->ThrowException(CodedError(isolate, type, code, message));
}

const EVP_MD* FindDigest(std::string_view name) {
  if (name.empty() || name.size() > 128) return nullptr;
  static std::mutex mutex;
  static std::unordered_map<std::string, const EVP_MD*> cache;
  std::string key(name);
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  const EVP_MD* legacy = EVP_get_digestbyname(key.c_str());
  // An explicitly fetched digest avoids OpenSSL's implicit fetch on every init.
  EVP_MD* fetched =
      EVP_MD_fetch(nullptr, legacy != nullptr ? EVP_MD_get0_name(legacy) : key.c_str(), nullptr);
  ERR_clear_error();
  const EVP_MD* md = fetched != nullptr ? fetched : legacy;
  // Unknown names are not cached, so that hostile input cannot grow the cache.
  if (md != nullptr && cache.size() < 1024) cache.emplace(std::move(key), md);
  return md;
}

void ThreadPoolJob::Start(Environment* env, std::unique_ptr<ThreadPoolJob> job,
                          v8::Local<v8::Function> callback, v8::Local<v8::Value> keep_alive) {
  v8::Isolate* isolate = env->isolate();
  job->env_ = env;
  job->callback_.Reset(isolate, callback);
  if (!keep_alive.IsEmpty()) job->keep_alive_.Reset(isolate, keep_alive);
  job->work_.data = job.get();
  int err = uv_queue_work(
      env->loop(), &job->work_,
      [](uv_work_t* work) { static_cast<ThreadPoolJob*>(work->data)->Run(); },
      [](uv_work_t* work, int) {
        std::unique_ptr<ThreadPoolJob> job(static_cast<ThreadPoolJob*>(work->data));
        Environment* env = job->env_;
        v8::Isolate* isolate = env->isolate();
        v8::HandleScope scope(isolate);
        v8::Context::Scope context_scope(env->context());
        v8::Local<v8::Value> args[2] = {v8::Null(isolate), v8::Undefined(isolate)};
        v8::Local<v8::Value> error, value;
        job->Finish(env, &error, &value);
        if (!error.IsEmpty()) args[0] = error;
        if (!value.IsEmpty()) args[1] = value;
        v8::Local<v8::Function> callback = job->callback_.Get(isolate);
        (void)MakeCallback(env, v8::Undefined(isolate), callback, 2, args);
      });
  CHECK(err == 0);
  job.release();
}

void RunSync(const v8::FunctionCallbackInfo<v8::Value>& args, ThreadPoolJob* job) {
  job->Run();
  v8::Local<v8::Value> error, value;
  job->Finish(Environment::From(args.GetIsolate()), &error, &value);
  if (!error.IsEmpty()) {
    args.GetIsolate()->ThrowException(error);
    return;
  }
  if (!value.IsEmpty()) args.GetReturnValue().Set(value);
}

void RunJob(const v8::FunctionCallbackInfo<v8::Value>& args, int callback_index,
            std::unique_ptr<ThreadPoolJob> job, v8::Local<v8::Value> keep_alive) {
  if (args[callback_index]->IsFunction()) {
    ThreadPoolJob::Start(Environment::From(args.GetIsolate()), std::move(job),
                         args[callback_index].As<v8::Function>(), keep_alive);
    return;
  }
  RunSync(args, job.get());
}

}  // namespace kiln::crypto
