// HttpMessageParser (http_message_parser.h): llhttp's callbacks gathered into whole messages.
#include "http_message_parser.h"

#include <cstring>

namespace kiln {

const llhttp_settings_t HttpMessageParser::kSettings = HttpMessageParser::MakeSettings();

llhttp_settings_t HttpMessageParser::MakeSettings() {
  llhttp_settings_t settings;
  llhttp_settings_init(&settings);
  settings.on_message_begin = OnMessageBeginCb;
  settings.on_url = OnUrlCb;
  settings.on_status = OnStatusCb;
  settings.on_header_field = OnHeaderFieldCb;
  settings.on_header_value = OnHeaderValueCb;
  settings.on_headers_complete = OnHeadersCompleteCb;
  settings.on_body = OnBodyCb;
  settings.on_message_complete = OnMessageCompleteCb;
  return settings;
}

HttpMessageParser::HttpMessageParser(Delegate* delegate) : delegate_(delegate) {
  Init(HTTP_REQUEST, kDefaultMaxHeaderSize, kLenientNone);
}

void HttpMessageParser::Init(llhttp_type_t type, size_t max_header_size, int lenient) {
  llhttp_init(&parser_, type, &kSettings);
  parser_.data = this;
  if (lenient & kLenientHeaders) llhttp_set_lenient_headers(&parser_, 1);
  if (lenient & kLenientChunkedLength) llhttp_set_lenient_chunked_length(&parser_, 1);
  if (lenient & kLenientKeepAlive) llhttp_set_lenient_keep_alive(&parser_, 1);
  if (lenient & kLenientTransferEncoding) llhttp_set_lenient_transfer_encoding(&parser_, 1);
  max_header_size_ = max_header_size > 0 ? max_header_size : kDefaultMaxHeaderSize;
  ResetMessage();
}

HttpMessageParser::Result HttpMessageParser::Execute(const char* data, size_t length) {
  current_data_ = data;
  error_pos_ = nullptr;
  own_error_code_ = nullptr;
  llhttp_errno_t err =
      data == nullptr ? llhttp_finish(&parser_) : llhttp_execute(&parser_, data, length);
  current_data_ = nullptr;
  Result result;
  result.nread = data == nullptr ? 0 : length;
  if (err == HPE_PAUSED_UPGRADE || err == HPE_PAUSED) {
    const char* pos = llhttp_get_error_pos(&parser_);
    result.nread = data != nullptr && pos >= data ? static_cast<size_t>(pos - data) : 0;
    if (err == HPE_PAUSED_UPGRADE) llhttp_resume_after_upgrade(&parser_);
    err = HPE_OK;
  }
  if (err == HPE_OK) return result;

  result.ok = false;
  if (own_error_code_ != nullptr) {
    // One of our own checks failed (with whatever code llhttp reports for the callback).
    result.code = own_error_code_;
    result.reason = own_error_reason_;
    own_error_code_ = nullptr;
  } else {
    const char* reason = llhttp_get_error_reason(&parser_);
    result.code = llhttp_errno_name(err);
    result.reason = reason != nullptr ? reason : "";
  }
  result.nread = 0;
  if (data != nullptr) {
    const char* pos = error_pos_ != nullptr ? error_pos_ : llhttp_get_error_pos(&parser_);
    if (pos != nullptr && pos >= data && pos <= data + length) {
      result.nread = static_cast<size_t>(pos - data);
    }
  }
  return result;
}

void HttpMessageParser::ResetMessage() {
  head_ = HttpMessageHead();
  header_nread_ = 0;
}

int HttpMessageParser::Fail(const char* code, const char* reason, const char* pos) {
  own_error_code_ = code;
  own_error_reason_ = reason;
  error_pos_ = pos;
  return HPE_USER;
}

// Counts start-line and header bytes against the limit, as Node does.
int HttpMessageParser::CountHeaderBytes(size_t length) {
  header_nread_ += length;
  if (header_nread_ >= max_header_size_) return Fail("HPE_HEADER_OVERFLOW", "Header overflow");
  return 0;
}

namespace {

// RFC 9110 tchar. llhttp 8.1 lets some non-token bytes (a space) through in field names;
// Node's newer llhttp rejects them, and so do we.
bool IsTokenChar(unsigned char c) {
  if (c >= '0' && c <= '9') return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

void TrimTrailingWhitespace(std::vector<std::string>* values) {
  for (std::string& value : *values) {
    size_t length = value.size();
    while (length > 0 && (value[length - 1] == ' ' || value[length - 1] == '\t')) length--;
    value.resize(length);
  }
}

bool HasEmptyField(const std::vector<std::string>& fields) {
  for (const std::string& field : fields) {
    if (field.empty()) return true;
  }
  return false;
}

}  // namespace

int HttpMessageParser::OnMessageBeginCb(llhttp_t* p) {
  From(p)->ResetMessage();
  return 0;
}

int HttpMessageParser::OnUrlCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = From(p);
  if (int err = self->CountHeaderBytes(length)) return err;
  self->head_.url.append(at, length);
  return 0;
}

int HttpMessageParser::OnStatusCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = From(p);
  if (int err = self->CountHeaderBytes(length)) return err;
  self->head_.status_message.append(at, length);
  return 0;
}

int HttpMessageParser::OnHeaderFieldCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = From(p);
  if (int err = self->CountHeaderBytes(length)) return err;
  for (size_t i = 0; i < length; i++) {
    if (!IsTokenChar(static_cast<unsigned char>(at[i]))) {
      return self->Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", at + i);
    }
  }
  HttpMessageHead& head = self->head_;
  if (head.fields.size() == head.values.size()) head.fields.emplace_back();
  head.fields.back().append(at, length);
  return 0;
}

int HttpMessageParser::OnHeaderValueCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = From(p);
  if (int err = self->CountHeaderBytes(length)) return err;
  HttpMessageHead& head = self->head_;
  // llhttp 8.1 lets a line start with ':' (an empty name) through; newer llhttp does not.
  if (head.fields.empty() || head.fields.back().empty()) {
    return self->Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", at);
  }
  if (head.values.size() < head.fields.size()) head.values.emplace_back();
  head.values.back().append(at, length);
  return 0;
}

int HttpMessageParser::OnHeadersCompleteCb(llhttp_t* p) {
  HttpMessageParser* self = From(p);
  HttpMessageHead& head = self->head_;
  self->header_nread_ = 0;
  if (HasEmptyField(head.fields)) {
    self->Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", nullptr);
    return -1;
  }
  // A field with an empty value has no value callback.
  head.values.resize(head.fields.size());
  TrimTrailingWhitespace(&head.values);
  head.http_major = p->http_major;
  head.http_minor = p->http_minor;
  head.upgrade = p->upgrade != 0;
  head.keep_alive = llhttp_should_keep_alive(p) != 0;
  if (p->type == HTTP_REQUEST) {
    head.method = p->method;
  } else {
    head.status_code = p->status_code;
  }
  int result = self->delegate_->OnHeadersComplete(head);
  // What follows (trailers) starts from an empty list.
  head.fields.clear();
  head.values.clear();
  head.url.clear();
  head.status_message.clear();
  return result;
}

int HttpMessageParser::OnBodyCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = From(p);
  if (length == 0 || self->current_data_ == nullptr) return 0;
  return self->delegate_->OnBody(static_cast<size_t>(at - self->current_data_), length);
}

int HttpMessageParser::OnMessageCompleteCb(llhttp_t* p) {
  HttpMessageParser* self = From(p);
  HttpMessageHead& head = self->head_;
  self->header_nread_ = 0;
  if (!head.fields.empty()) {
    if (HasEmptyField(head.fields)) {
      self->Fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", nullptr);
      return -1;
    }
    head.values.resize(head.fields.size());
    TrimTrailingWhitespace(&head.values);
    int err = self->delegate_->OnTrailers(head.fields, head.values);
    head.fields.clear();
    head.values.clear();
    if (err < 0) return err;
  }
  return self->delegate_->OnMessageComplete();
}

}  // namespace kiln
