// HTTP/1.1 message parsing on llhttp without V8: start line and headers collected per message,
// Node's limits and checks (header bytes, header-name tokens), errors as code + reason. The
// http_parser binding puts the JS callbacks on top; tests/fuzz drives it directly.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

// llhttp_names.h renames llhttp's API to our kiln_-prefixed build; it must come first.
// clang-format off
#include "llhttp_names.h"
#include <llhttp.h>
// clang-format on

namespace kiln {

struct HttpMessageHead {
  int http_major = 0;
  int http_minor = 0;
  int method = -1;      // requests: llhttp's method number
  int status_code = 0;  // responses
  std::string url;
  std::string status_message;
  // Header names and values as raw bytes (latin1); values without trailing spaces and tabs.
  std::vector<std::string> fields;
  std::vector<std::string> values;
  bool upgrade = false;
  bool keep_alive = false;
};

class HttpMessageParser {
 public:
  // Lenient flags, as Node's parser takes them.
  enum : int {
    kLenientNone = 0,
    kLenientHeaders = 1 << 0,
    kLenientChunkedLength = 1 << 1,
    kLenientKeepAlive = 1 << 2,
    kLenientTransferEncoding = 1 << 3,
    kLenientAll = 0xf,
  };
  static constexpr size_t kDefaultMaxHeaderSize = 16 * 1024;

  // What the owner does with each event. A negative return stops parsing with an error.
  class Delegate {
   public:
    virtual ~Delegate() = default;
    // 0: go on; 1: the message has no body (a response to HEAD); 2: upgrade, stop here.
    virtual int OnHeadersComplete(HttpMessageHead& head) = 0;
    // `offset` is from the start of the buffer passed to Execute.
    virtual int OnBody(size_t offset, size_t length) = 0;
    // Trailers of a chunked message (only called when there are some), then completion.
    virtual int OnTrailers(std::vector<std::string>& fields, std::vector<std::string>& values) = 0;
    virtual int OnMessageComplete() = 0;
  };

  struct Result {
    bool ok = true;
    size_t nread = 0;    // bytes consumed; on error, where parsing stopped
    std::string code;    // on error: Node's code (HPE_*)
    std::string reason;  // on error: llhttp's reason text
  };

  explicit HttpMessageParser(Delegate* delegate);
  HttpMessageParser(const HttpMessageParser&) = delete;
  HttpMessageParser& operator=(const HttpMessageParser&) = delete;

  void Init(llhttp_type_t type, size_t max_header_size, int lenient);
  // Parses `length` bytes at `data`; `data == nullptr` signals the end of input.
  Result Execute(const char* data, size_t length);
  void Pause() { llhttp_pause(&parser_); }
  void Resume() { llhttp_resume(&parser_); }

 private:
  static HttpMessageParser* From(llhttp_t* p) { return static_cast<HttpMessageParser*>(p->data); }
  static int OnMessageBeginCb(llhttp_t* p);
  static int OnUrlCb(llhttp_t* p, const char* at, size_t length);
  static int OnStatusCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeaderFieldCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeaderValueCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeadersCompleteCb(llhttp_t* p);
  static int OnBodyCb(llhttp_t* p, const char* at, size_t length);
  static int OnMessageCompleteCb(llhttp_t* p);
  static const llhttp_settings_t kSettings;
  static llhttp_settings_t MakeSettings();

  void ResetMessage();
  int CountHeaderBytes(size_t length);
  // Records an error found by our own checks; returns the value that stops llhttp.
  int Fail(const char* code, const char* reason, const char* pos = nullptr);

  llhttp_t parser_;
  Delegate* delegate_;
  HttpMessageHead head_;
  size_t header_nread_ = 0;
  size_t max_header_size_ = kDefaultMaxHeaderSize;
  const char* current_data_ = nullptr;
  const char* error_pos_ = nullptr;  // where our own checks failed, when they did
  const char* own_error_code_ = nullptr;
  const char* own_error_reason_ = nullptr;
};

}  // namespace kiln
