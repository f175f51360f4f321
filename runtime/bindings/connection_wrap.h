// Listening and connecting, shared by the TCP and Pipe handle classes (tcp_wrap, pipe_wrap).
//
// JS protocol (the shape of Node's):
//   server.listen(backlog) -> errno; later server.onconnection(status, clientHandle)
//   client.connect*(req, ...) -> errno; later req.oncomplete(status, handle, req, true, true)
#pragma once

#include "stream_wrap.h"

namespace kiln {

class ConnectionWrap : public StreamWrap {
 public:
  // `class_data` is the constructor's data object: its "ctor" property is the class
  // constructor, used to make the handles of accepted connections.
  ConnectionWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream,
                 v8::Local<v8::Value> class_data);

  int Listen(int backlog);

  // A uv_connect_t for `req`; on completion calls req.oncomplete. Delete it when the uv call
  // that would have used it fails.
  struct ConnectRequest {
    uv_connect_t req;
    ConnectionWrap* wrap;
    v8::Global<v8::Object> object;
  };
  ConnectRequest* NewConnectRequest(v8::Local<v8::Object> req);
  static void AfterConnect(uv_connect_t* req, int status);

  // Makes the class template's data object (call before GetFunction) and, once the function
  // exists, records it there.
  static v8::Local<v8::Object> NewClassData(v8::Isolate* isolate);
  static void SetClassConstructor(Environment* env, v8::Local<v8::Object> data,
                                  v8::Local<v8::Function> constructor);

 private:
  static void OnConnection(uv_stream_t* server, int status);

  v8::Global<v8::Value> class_data_;
};

}  // namespace kiln
