// internalBinding('curl'): one HTTP(S) request/response exchange per Transfer object, on the
// loop's curl multi handle (runtime/src/curl_multi.h). Policy (redirects, headers, bodies,
// errors) lives in JS (internal/fetch/*); this only moves bytes. Curl is kept from doing
// anything on its own: no redirects, no proxies from the environment, no .netrc, http(s) only.
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "binding.h"
#include "callback_scope.h"
#include "curl_library.h"
#include "curl_multi.h"
#include "http_header_lines.h"
#include "large_alloc.h"

namespace kiln {
namespace {

enum StartFlags { kStreamBody = 1, kInsecure = 2 };

// Codes oncomplete reports beside curl's CURLcode values.
constexpr int kInvalidResponse = -1;

// NODE_EXTRA_CA_CERTS is read once, as Node reads it at start-up.
std::vector<X509*>* ExtraCaCerts() {
  static std::vector<X509*>* certs = [] {
    auto* list = new std::vector<X509*>();
    const char* path = std::getenv("NODE_EXTRA_CA_CERTS");
    if (path == nullptr || *path == '\0') return list;
    BIO* bio = BIO_new_file(path, "r");
    if (bio == nullptr) return list;
    while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) list->push_back(cert);
    ERR_clear_error();
    BIO_free(bio);
    return list;
  }();
  return certs;
}

CURLcode OnSslContext(CURL*, void* ssl_ctx, void*) {
  X509_STORE* store = SSL_CTX_get_cert_store(static_cast<SSL_CTX*>(ssl_ctx));
  for (X509* cert : *ExtraCaCerts()) X509_STORE_add_cert(store, cert);
  ERR_clear_error();
  return CURLE_OK;
}

// A growable malloc'd block, handed to an ArrayBuffer without a copy.
struct ByteBlock {
  char* data = nullptr;
  size_t size = 0;
  size_t capacity = 0;

  ~ByteBlock() { std::free(data); }
  // Room for `total` bytes at once (a Content-Length), so that a large body is not moved by
  // repeated growth.
  void Reserve(size_t total) {
    if (data != nullptr || total <= capacity) return;
    data = static_cast<char*>(LargeAlloc(total));
    if (data != nullptr) capacity = total;
  }
  bool Append(const char* bytes, size_t length) {
    if (size + length > capacity) {
      size_t wanted = std::max(size + length, capacity < 16384 ? 16384 : capacity * 2);
      void* grown = std::realloc(data, wanted);
      if (grown == nullptr) return false;
      data = static_cast<char*>(grown);
      capacity = wanted;
    }
    std::memcpy(data + size, bytes, length);
    size += length;
    return true;
  }
  v8::Local<v8::Uint8Array> Release(v8::Isolate* isolate) {
    size_t length = size;
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        data, length, [](void* memory, size_t, void*) { std::free(memory); }, nullptr);
    data = nullptr;
    size = capacity = 0;
    v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, std::move(store));
    return v8::Uint8Array::New(buffer, 0, length);
  }
};

class FetchTransfer : public curl::Transfer {
 public:
  FetchTransfer(Environment* env, v8::Local<v8::Object> object)
      : env_(env), object_(env->isolate(), object) {
    object->SetAlignedPointerInInternalField(0, this);
  }
  ~FetchTransfer() override { curl_slist_free_all(headers_); }

  bool Configure(const std::string& method, const std::string& url,
                 v8::Local<v8::Array> header_lines, v8::Local<v8::Value> body, int flags,
                 std::string* error);
  void Pause(bool pause);
  // The rest of the body is wanted at once: keep it until the end instead of sending chunks.
  void Collect() { collect_ = true; }
  size_t Write(const char* data, size_t length);
  void EndBody();
  void Abort();
  void Deliver() override;

 private:
  static size_t OnHeader(char* data, size_t size, size_t count, void* self);
  static size_t OnWrite(char* data, size_t size, size_t count, void* self);
  static size_t OnRead(char* data, size_t size, size_t count, void* self);
  void ApplyPause();
  void Detach();
  void Call(const char* name, int argc, v8::Local<v8::Value>* argv);

  Environment* env_;
  v8::Global<v8::Object> object_;
  curl_slist* headers_ = nullptr;
  char error_[CURL_ERROR_SIZE] = {};
  std::shared_ptr<v8::BackingStore> body_store_;
  http::ResponseHead head_;
  bool head_sent_ = false;
  bool invalid_head_ = false;
  ByteBlock data_;
  bool out_of_memory_ = false;
  bool collect_ = false;
  bool recv_paused_ = false;
  bool send_paused_ = false;
  // The request body of a streaming upload: bytes written by JS and not yet sent.
  std::string upload_;
  size_t upload_offset_ = 0;
  bool upload_ended_ = false;
  bool drain_ = false;
};

bool FetchTransfer::Configure(const std::string& method, const std::string& url,
                              v8::Local<v8::Array> header_lines, v8::Local<v8::Value> body,
                              int flags, std::string* error) {
  CURL* easy = this->easy();
  curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_PROXY, "");
  curl_easy_setopt(easy, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_IGNORED));
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  // Decode gzip/deflate/br bodies as undici does; the JS side sends its own Accept-Encoding,
  // which replaces curl's.
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "gzip, deflate, br");
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
  curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, 128L * 1024);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, error_);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnWrite);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(easy, CURLOPT_SSL_CTX_FUNCTION, OnSslContext);
  curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
  if (flags & kInsecure) {
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
  }

  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Context> context = env_->context();
  bool has_content_type = false;
  bool has_accept = false;
  for (uint32_t i = 0; i < header_lines->Length(); i++) {
    v8::Local<v8::Value> line;
    if (!header_lines->Get(context, i).ToLocal(&line) || !line->IsString()) {
      *error = "invalid header";
      return false;
    }
    // Latin-1 bytes, as undici writes header values.
    v8::Local<v8::String> text = line.As<v8::String>();
    std::string bytes(text->Length(), '\0');
    text->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(bytes.data()), 0, -1,
                       v8::String::NO_NULL_TERMINATION);
    if (bytes.find_first_of(std::string_view("\r\n\0", 3)) != std::string::npos) {
      *error = "invalid header";
      return false;
    }
    if (strncasecmp(bytes.c_str(), "content-type:", 13) == 0) has_content_type = true;
    if (strncasecmp(bytes.c_str(), "accept:", 7) == 0) has_accept = true;
    headers_ = curl_slist_append(headers_, bytes.c_str());
  }
  // Headers curl would add by itself are removed ("Name:" with nothing after it).
  if (!has_content_type) headers_ = curl_slist_append(headers_, "Content-Type:");
  if (!has_accept) headers_ = curl_slist_append(headers_, "Accept:");
  headers_ = curl_slist_append(headers_, "Expect:");
  curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers_);

  if (method == "HEAD") {
    curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
  } else if (flags & kStreamBody) {
    curl_easy_setopt(easy, CURLOPT_POST, 1L);
    curl_easy_setopt(easy, CURLOPT_READFUNCTION, OnRead);
    curl_easy_setopt(easy, CURLOPT_READDATA, this);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(-1));
  } else if (body->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = body.As<v8::ArrayBufferView>();
    body_store_ = view->Buffer()->GetBackingStore();
    const char* data = static_cast<const char*>(body_store_->Data()) + view->ByteOffset();
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(view->ByteLength()));
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, view->ByteLength() == 0 ? "" : data);
  } else {
    curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
  }
  if (method != "GET" && method != "HEAD") {
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.c_str());
  } else if (method == "GET" && (body->IsArrayBufferView() || (flags & kStreamBody))) {
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, "GET");
  }
  return true;
}

size_t FetchTransfer::OnHeader(char* data, size_t size, size_t count, void* opaque) {
  auto* self = static_cast<FetchTransfer*>(opaque);
  size_t length = size * count;
  using State = http::ResponseHead::State;
  if (self->head_.state() == State::kComplete) return length;  // trailers
  State state = self->head_.Feed(std::string_view(data, length));
  if (state == State::kInvalid) {
    self->invalid_head_ = true;
    return 0;  // makes curl fail the transfer
  }
  if (state == State::kComplete) {
    const std::vector<std::string>& pairs = self->head_.headers();
    for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
      if (strcasecmp(pairs[i].c_str(), "content-length") != 0) continue;
      char* end = nullptr;
      unsigned long long total = std::strtoull(pairs[i + 1].c_str(), &end, 10);
      if (end != pairs[i + 1].c_str() && *end == '\0' && total <= (64ull << 20)) {
        self->data_.Reserve(static_cast<size_t>(total));
      }
      break;
    }
    self->MarkDirty();
  }
  return length;
}

size_t FetchTransfer::OnWrite(char* data, size_t size, size_t count, void* opaque) {
  auto* self = static_cast<FetchTransfer*>(opaque);
  size_t length = size * count;
  if (self->recv_paused_) return CURL_WRITEFUNC_PAUSE;
  if (!self->data_.Append(data, length)) {
    self->out_of_memory_ = true;
    return 0;
  }
  if (!self->collect_) self->MarkDirty();
  return length;
}

size_t FetchTransfer::OnRead(char* data, size_t size, size_t count, void* opaque) {
  auto* self = static_cast<FetchTransfer*>(opaque);
  size_t room = size * count;
  size_t available = self->upload_.size() - self->upload_offset_;
  if (available == 0) {
    if (self->upload_ended_) return 0;
    self->send_paused_ = true;
    return CURL_READFUNC_PAUSE;
  }
  size_t n = std::min(room, available);
  std::memcpy(data, self->upload_.data() + self->upload_offset_, n);
  self->upload_offset_ += n;
  if (self->upload_offset_ == self->upload_.size()) {
    self->upload_.clear();
    self->upload_offset_ = 0;
    self->drain_ = true;
    self->MarkDirty();
  }
  return n;
}

void FetchTransfer::ApplyPause() {
  int mask = (recv_paused_ ? CURLPAUSE_RECV : 0) | (send_paused_ ? CURLPAUSE_SEND : 0);
  curl_easy_pause(easy(), mask);
  if (multi() != nullptr) multi()->Kick();
}

void FetchTransfer::Pause(bool pause) {
  if (recv_paused_ == pause) return;
  recv_paused_ = pause;
  if (multi() != nullptr) multi()->SetHoldsLoop(this, !pause);
  ApplyPause();
}

size_t FetchTransfer::Write(const char* data, size_t length) {
  upload_.append(data, length);
  if (send_paused_) {
    send_paused_ = false;
    ApplyPause();
  }
  return upload_.size() - upload_offset_;
}

void FetchTransfer::EndBody() {
  upload_ended_ = true;
  if (send_paused_) {
    send_paused_ = false;
    ApplyPause();
  }
}

void FetchTransfer::Detach() {
  if (object_.IsEmpty()) return;
  v8::HandleScope scope(env_->isolate());
  object_.Get(env_->isolate())->SetAlignedPointerInInternalField(0, nullptr);
  object_.Reset();
}

void FetchTransfer::Abort() {
  Detach();
  if (multi() != nullptr) multi()->Remove(this);
}

void FetchTransfer::Call(const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = env_->isolate();
  v8::Local<v8::Object> object = object_.Get(isolate);
  v8::Local<v8::Value> function;
  if (!object->Get(env_->context(), Symbolize(isolate, name)).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  (void)MakeCallback(env_, object, function.As<v8::Function>(), argc, argv);
}

void FetchTransfer::Deliver() {
  if (object_.IsEmpty() || env_->stopping()) return;
  // Keeps this alive if JS aborts it during one of the calls below.
  std::shared_ptr<curl::Transfer> keep = shared_from_this();
  v8::Isolate* isolate = env_->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env_->context();
  if (!head_sent_ && head_.state() == http::ResponseHead::State::kComplete) {
    head_sent_ = true;
    const std::vector<std::string>& pairs = head_.headers();
    v8::Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(pairs.size()));
    for (size_t i = 0; i < pairs.size(); i++) {
      const std::string& text = pairs[i];
      v8::Local<v8::String> value =
          v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(text.data()),
                                     v8::NewStringType::kNormal, static_cast<int>(text.size()))
              .ToLocalChecked();
      list->Set(context, static_cast<uint32_t>(i), value).Check();
    }
    const std::string& reason = head_.reason();
    v8::Local<v8::Value> argv[] = {
        v8::Integer::New(isolate, head_.status()),
        v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(reason.data()),
                                   v8::NewStringType::kNormal, static_cast<int>(reason.size()))
            .ToLocalChecked(),
        list};
    Call("onheaders", 3, argv);
    if (object_.IsEmpty()) return;
  }
  if (head_sent_ && data_.size > 0 && (!collect_ || done())) {
    v8::Local<v8::Value> chunk = data_.Release(isolate);
    Call("ondata", 1, &chunk);
    if (object_.IsEmpty()) return;
  }
  if (drain_) {
    drain_ = false;
    Call("ondrain", 0, nullptr);
    if (object_.IsEmpty()) return;
  }
  if (done()) {
    int code = invalid_head_ ? kInvalidResponse : static_cast<int>(result());
    if (out_of_memory_) code = CURLE_OUT_OF_MEMORY;
    long os_errno = 0;
    curl_easy_getinfo(easy(), CURLINFO_OS_ERRNO, &os_errno);
    char* ip = nullptr;
    curl_easy_getinfo(easy(), CURLINFO_PRIMARY_IP, &ip);
    long port = 0;
    curl_easy_getinfo(easy(), CURLINFO_PRIMARY_PORT, &port);
    v8::Local<v8::Value> argv[] = {
        v8::Integer::New(isolate, code),
        v8::Integer::New(isolate, -static_cast<int>(os_errno)),
        ToV8(isolate, error_[0] != '\0' ? error_ : curl_easy_strerror(result())),
        ToV8(isolate, ip != nullptr ? ip : ""),
        v8::Integer::New(isolate, static_cast<int>(port)),
    };
    v8::Global<v8::Object> object = std::move(object_);
    object.Get(isolate)->SetAlignedPointerInInternalField(0, nullptr);
    v8::Local<v8::Object> local = object.Get(isolate);
    object.Reset();
    v8::Local<v8::Value> function;
    if (local->Get(context, Symbolize(isolate, "oncomplete")).ToLocal(&function) &&
        function->IsFunction()) {
      (void)MakeCallback(env_, local, function.As<v8::Function>(), 5, argv);
    }
  }
}

// One template per isolate; each thread runs at most one isolate at a time.
struct TemplateCache {
  v8::Isolate* isolate = nullptr;
  v8::Eternal<v8::FunctionTemplate> tmpl;
};
thread_local TemplateCache template_cache;

void NewTransfer(const v8::FunctionCallbackInfo<v8::Value>& args);

v8::Local<v8::FunctionTemplate> TransferTemplate(v8::Isolate* isolate) {
  if (template_cache.isolate != isolate) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, NewTransfer);
    tmpl->SetClassName(Symbolize(isolate, "Transfer"));
    tmpl->InstanceTemplate()->SetInternalFieldCount(1);
    template_cache.tmpl.Set(isolate, tmpl);
    template_cache.isolate = isolate;
  }
  return template_cache.tmpl.Get(isolate);
}

FetchTransfer* Unwrap(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  if (!TransferTemplate(isolate)->HasInstance(value)) return nullptr;
  return static_cast<FetchTransfer*>(value.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
}

void NewTransfer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args.IsConstructCall()) return;
  args.This()->SetAlignedPointerInInternalField(0, nullptr);
}

// start(transfer, method, url, ["name: value"…], body: ArrayBufferView|undefined, flags)
//   -> undefined, or an error message
void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  if (!args[0]->IsObject() || !TransferTemplate(isolate)->HasInstance(args[0]) ||
      Unwrap(isolate, args[0]) != nullptr || !args[1]->IsString() || !args[2]->IsString() ||
      !args[3]->IsArray()) {
    isolate->ThrowException(v8::Exception::TypeError(ToV8(isolate, "Invalid arguments")));
    return;
  }
  std::string error;
  if (!curl::LoadCurlLibrary(&error)) {
    args.GetReturnValue().Set(ToV8(isolate, error));
    return;
  }
  static thread_local bool hooked = false;
  if (!hooked && !env->is_main_thread()) {
    hooked = true;
    uv_loop_t* loop = env->loop();
    env->AddCleanupHook([loop] {
      curl::CloseMultiForLoop(loop);
      hooked = false;
    });
  }
  auto transfer = std::make_shared<FetchTransfer>(env, args[0].As<v8::Object>());
  int flags = args[5]->Int32Value(env->context()).FromMaybe(0);
  if (!transfer->Configure(ToUtf8(isolate, args[1]), ToUtf8(isolate, args[2]),
                           args[3].As<v8::Array>(), args[4], flags, &error)) {
    args[0].As<v8::Object>()->SetAlignedPointerInInternalField(0, nullptr);
    args.GetReturnValue().Set(ToV8(isolate, error));
    return;
  }
  CURLMcode code = curl::MultiForLoop(env->loop())->Add(transfer);
  if (code != CURLM_OK) {
    args[0].As<v8::Object>()->SetAlignedPointerInInternalField(0, nullptr);
    args.GetReturnValue().Set(ToV8(isolate, curl_multi_strerror(code)));
  }
}

// pause(transfer, paused): stops or resumes reading the response body.
void Pause(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (FetchTransfer* transfer = Unwrap(args.GetIsolate(), args[0])) {
    transfer->Pause(args[1]->BooleanValue(args.GetIsolate()));
  }
}

void Abort(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (FetchTransfer* transfer = Unwrap(args.GetIsolate(), args[0])) transfer->Abort();
}

// write(transfer, chunk) -> bytes queued and not yet sent; later transfer.ondrain()
void Write(const v8::FunctionCallbackInfo<v8::Value>& args) {
  FetchTransfer* transfer = Unwrap(args.GetIsolate(), args[0]);
  if (transfer == nullptr || !args[1]->IsArrayBufferView()) return;
  v8::Local<v8::ArrayBufferView> view = args[1].As<v8::ArrayBufferView>();
  std::string bytes(view->ByteLength(), '\0');
  view->CopyContents(bytes.data(), bytes.size());
  args.GetReturnValue().Set(static_cast<double>(transfer->Write(bytes.data(), bytes.size())));
}

void Collect(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (FetchTransfer* transfer = Unwrap(args.GetIsolate(), args[0])) transfer->Collect();
}

void End(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (FetchTransfer* transfer = Unwrap(args.GetIsolate(), args[0])) transfer->EndBody();
}

constexpr BindingMethod kMethods[] = {
    {"Transfer", NewTransfer}, {"start", Start}, {"pause", Pause},     {"abort", Abort},
    {"write", Write},          {"end", End},     {"collect", Collect},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  v8::Isolate* isolate = env->isolate();
  SetMethods(env, target, std::span<const BindingMethod>(kMethods).subspan(1));
  v8::Local<v8::FunctionTemplate> tmpl = TransferTemplate(isolate);
  SetValue(env, target, "Transfer", tmpl->GetFunction(env->context()).ToLocalChecked());
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(curl, kiln::Initialize, kiln::kMethods)
