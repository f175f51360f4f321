// ConnectionWrap (connection_wrap.h): accepting connections and completing connects.
#include "connection_wrap.h"

#include "callback_scope.h"

namespace kiln {

ConnectionWrap::ConnectionWrap(Environment* env, v8::Local<v8::Object> object, uv_stream_t* stream,
                               v8::Local<v8::Value> class_data)
    : StreamWrap(env, object, stream), class_data_(env->isolate(), class_data) {}

v8::Local<v8::Object> ConnectionWrap::NewClassData(v8::Isolate* isolate) {
  return v8::Object::New(isolate);
}

void ConnectionWrap::SetClassConstructor(Environment* env, v8::Local<v8::Object> data,
                                         v8::Local<v8::Function> constructor) {
  data->Set(env->context(), Symbolize(env->isolate(), "ctor"), constructor).FromMaybe(false);
}

int ConnectionWrap::Listen(int backlog) { return uv_listen(stream(), backlog, OnConnection); }

void ConnectionWrap::OnConnection(uv_stream_t* server, int status) {
  auto* wrap = static_cast<ConnectionWrap*>(server->data);
  Environment* env = wrap->env();
  v8::Isolate* isolate = env->isolate();
  if (env->stopping()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), v8::Undefined(isolate)};
  if (status == 0) {
    v8::Local<v8::Value> data = wrap->class_data_.Get(isolate);
    v8::Local<v8::Value> ctor;
    v8::Local<v8::Object> client;
    v8::Local<v8::Value> ctor_argv[] = {v8::Integer::New(isolate, 0)};
    if (!data->IsObject() ||
        !data.As<v8::Object>()->Get(context, Symbolize(isolate, "ctor")).ToLocal(&ctor) ||
        !ctor->IsFunction() ||
        !ctor.As<v8::Function>()->NewInstance(context, 1, ctor_argv).ToLocal(&client)) {
      return;
    }
    auto* client_wrap = static_cast<ConnectionWrap*>(HandleWrap::Unwrap(client));
    if (client_wrap == nullptr) return;
    int err = uv_accept(server, client_wrap->stream());
    if (err != 0) {
      client_wrap->Close(v8::Undefined(isolate));
      argv[0] = v8::Integer::New(isolate, err);
    } else {
      argv[1] = client;
    }
  }
  wrap->CallMethod("onconnection", 2, argv);
}

ConnectionWrap::ConnectRequest* ConnectionWrap::NewConnectRequest(v8::Local<v8::Object> req) {
  auto* request = new ConnectRequest{{}, this, v8::Global<v8::Object>(env()->isolate(), req)};
  request->req.data = request;
  return request;
}

void ConnectionWrap::AfterConnect(uv_connect_t* req, int status) {
  auto* request = static_cast<ConnectRequest*>(req->data);
  ConnectionWrap* wrap = request->wrap;
  Environment* env = wrap->env();
  v8::Isolate* isolate = env->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Object> object = request->object.Get(isolate);
  delete request;
  if (env->stopping()) return;
  // A handle closed while connecting reports UV_ECANCELED; its JS side is gone already.
  if (wrap->closing()) return;
  v8::Local<v8::Value> function;
  if (!object->Get(env->context(), Symbolize(isolate, "oncomplete")).ToLocal(&function) ||
      !function->IsFunction()) {
    return;
  }
  v8::Local<v8::Value> argv[] = {v8::Integer::New(isolate, status), wrap->object(), object,
                                 v8::True(isolate), v8::True(isolate)};
  (void)MakeCallback(env, object, function.As<v8::Function>(), 5, argv);
}

}  // namespace kiln
