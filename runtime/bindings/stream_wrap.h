// The libuv handle and stream layer shared by the handle bindings (pipe_wrap, process_wrap,
// later tcp_wrap and tty streams): a JS object from a FunctionTemplate with one internal field
// that points at the C++ wrap, which owns the uv handle.
//
// JS protocol (the shape of Node's):
//   handle.close([callback])  handle.ref()  handle.unref()  handle.hasRef()
//   stream.readStart() / readStop() -> errno
//   stream.onread(nread, arrayBuffer)   nread < 0 is an error or UV_EOF
//   stream.writeBuffer(req, view) / writeUtf8String(req, string) / writev(req, views)
//       -> errno; sets req.async (false when written at once) and req.bytes; an async write
//       later calls req.oncomplete(status)
//   stream.shutdown(req) -> errno; later req.oncomplete(status)
//   stream.fd, stream.writeQueueSize (updated after writes)
#pragma once

#include <uv.h>

#include "binding.h"

namespace kiln {

class HandleWrap {
 public:
  HandleWrap(Environment* env, v8::Local<v8::Object> object, uv_handle_t* handle);
  virtual ~HandleWrap();
  HandleWrap(const HandleWrap&) = delete;
  HandleWrap& operator=(const HandleWrap&) = delete;

  Environment* env() const { return env_; }
  v8::Local<v8::Object> object() const { return object_.Get(env_->isolate()); }
  uv_handle_t* handle() const { return handle_; }
  bool closing() const { return closing_; }
  bool initialized() const { return initialized_; }

  // The wrap behind `value`, or null when it is not a live wrap object.
  static HandleWrap* Unwrap(v8::Local<v8::Value> value);

  // Adds close/ref/unref/hasRef to a class template whose instances have 1 internal field.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

  // Closes the handle; the C++ object is deleted once libuv has let go of it.
  void Close(v8::Local<v8::Value> callback);

  // Calls object[name](argv...) through MakeCallback (nextTick and microtasks drain after).
  void CallMethod(const char* name, int argc, v8::Local<v8::Value>* argv);

 protected:
  // False until libuv has initialized the handle (uv_spawn does it for a process).
  bool initialized_ = true;

 private:
  static void OnClose(uv_handle_t* handle);

  Environment* env_;
  v8::Global<v8::Object> object_;
  uv_handle_t* handle_;
  bool closing_ = false;
};

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream);

  uv_stream_t* stream() const { return stream_; }

  // Adds the stream methods (and the HandleWrap ones) to a class template.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

  int ReadStart();
  int ReadStop();

 private:
  static void OnAlloc(uv_handle_t* handle, size_t suggested, uv_buf_t* buf);
  static void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf);
  void AcceptPendingHandles();
  void UpdateWriteQueueSize();

  static void ReadStartMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void ReadStopMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WriteBufferMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WriteUtf8StringMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void WritevMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void ShutdownMethod(const v8::FunctionCallbackInfo<v8::Value>& args);
  static void FdGetter(v8::Local<v8::Name>, const v8::PropertyCallbackInfo<v8::Value>& info);

  uv_stream_t* stream_;
};

}  // namespace kiln
