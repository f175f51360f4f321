// internalBinding('messaging'): MessagePort, MessageChannel and BroadcastChannel across threads.
// A port's data (its queue of incoming messages and its peer) is shared by the threads; the
// thread that owns the port's JS object is told of new messages through one eventfd per thread
// (a uv_poll_t on its loop; libuv 1.44's uv_async_t makes the receiver spin while the sender is
// still in uv_async_send, which cost more than the messages themselves), and delivers each
// message as its own macrotask (ticks and microtasks drain between).
#include "messaging.h"

#include <sys/eventfd.h>
#include <unistd.h>
#include <uv.h>

#include <atomic>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "binding.h"
#include "callback_scope.h"

namespace kiln {

class MessagePortWrap;

// Everything below is guarded by PortsMutex(): queues, peers, owners, broadcast groups. One
// recursive mutex keeps entangle/close/transfer races simple; it is held only to move messages.
std::recursive_mutex& PortsMutex() {
  static std::recursive_mutex mutex;
  return mutex;
}

class PortData {
 public:
  std::deque<Message> queue;
  std::shared_ptr<PortData> peer;
  MessagePortWrap* owner = nullptr;
  bool peer_closed = false;  // the other side closed: 'close' follows the queued messages
  std::string broadcast_name;
  bool in_broadcast_group = false;

  void Notify();
  // Breaks the link with the peer and tells it; the caller holds the mutex.
  void Disentangle() {
    if (peer != nullptr) {
      std::shared_ptr<PortData> other = std::move(peer);
      peer = nullptr;
      other->peer = nullptr;
      other->peer_closed = true;
      other->Notify();
    }
  }
};

namespace {

std::map<std::string, std::vector<PortData*>>& BroadcastGroups() {
  static std::map<std::string, std::vector<PortData*>> groups;
  return groups;
}

constexpr int kTagField = 0;
constexpr int kWrapField = 1;
int kPortTag;  // its address marks port objects

}  // namespace

Message::~Message() {
  if (ports.empty()) return;
  std::lock_guard<std::recursive_mutex> lock(PortsMutex());
  for (const std::shared_ptr<PortData>& port : ports) {
    if (port != nullptr && port->owner == nullptr) port->Disentangle();
  }
}

std::pair<std::shared_ptr<PortData>, std::shared_ptr<PortData>> CreatePortPair() {
  auto a = std::make_shared<PortData>();
  auto b = std::make_shared<PortData>();
  a->peer = b;
  b->peer = a;
  return {a, b};
}

namespace {

struct MessagingState {
  v8::Global<v8::ObjectTemplate> port_template;
  v8::Global<v8::Function> init_port;  // (port) -> makes it a MessagePort
  v8::Global<v8::Function> emit;       // (port, kind, value): 0 message, 1 messageerror, 2 close
  std::set<MessagePortWrap*> ports;

  // The thread's wake-up: any thread adds a port to `ready` (under PortsMutex) and writes the
  // eventfd unless a wake-up is already pending.
  Environment* env = nullptr;
  int event_fd = -1;
  uv_poll_t poll;
  std::atomic<bool> notified{false};
  std::vector<MessagePortWrap*> ready;   // guarded by PortsMutex
  std::vector<MessagePortWrap*> closed;  // owner thread: 'close' to emit, then delete
  int refs = 0;                          // ports that keep the loop alive

  void Wake() {
    if (!notified.exchange(true)) {
      uint64_t one = 1;
      ssize_t written = write(event_fd, &one, sizeof(one));
      (void)written;  // EAGAIN: the counter is already non-zero, a wake-up is pending
    }
  }
  void AddRef() {
    if (refs++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&poll));
  }
  void RemoveRef() {
    if (--refs == 0) uv_unref(reinterpret_cast<uv_handle_t*>(&poll));
  }
};

void OnWake(uv_poll_t* handle, int status, int events);

MessagingState* GetState(Environment* env) {
  if (env->messaging_state == nullptr) {
    auto state = std::make_shared<MessagingState>();
    state->env = env;
    state->event_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    CHECK(state->event_fd >= 0);
    uv_poll_init(env->loop(), &state->poll, state->event_fd);
    state->poll.data = state.get();
    uv_poll_start(&state->poll, UV_READABLE, OnWake);
    uv_unref(reinterpret_cast<uv_handle_t*>(&state->poll));
    env->messaging_state = state;
  }
  return static_cast<MessagingState*>(env->messaging_state.get());
}

}  // namespace

class MessagePortWrap {
 public:
  MessagePortWrap(Environment* env, v8::Local<v8::Object> object, std::shared_ptr<PortData> data)
      : env_(env), state_(GetState(env)), object_(env->isolate(), object), data_(std::move(data)) {
    object->SetAlignedPointerInInternalField(kWrapField, this);
    state_->ports.insert(this);
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    data_->owner = this;
    if (!data_->queue.empty() || data_->peer_closed) data_->Notify();
  }

  static MessagePortWrap* Unwrap(v8::Local<v8::Value> value) {
    if (!IsPortObject(value)) return nullptr;
    return static_cast<MessagePortWrap*>(
        value.As<v8::Object>()->GetAlignedPointerFromInternalField(kWrapField));
  }

  static bool IsPortObject(v8::Local<v8::Value> value) {
    if (!value->IsObject()) return false;
    v8::Local<v8::Object> object = value.As<v8::Object>();
    return object->InternalFieldCount() == 2 &&
           object->GetAlignedPointerFromInternalField(kTagField) == &kPortTag;
  }

  // Any thread, with PortsMutex held.
  void Notify() {
    if (!queued_) {
      queued_ = true;
      state_->ready.push_back(this);
    }
    state_->Wake();
  }
  void NotifyLocked() {
    if (closing_) return;  // a closed port is never queued again: it is deleted soon
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    Notify();
  }

  void Start() {
    receiving_ = true;
    NotifyLocked();
  }
  void Stop() { receiving_ = false; }
  void Ref() {
    if (!referenced_ && !closing_) {
      referenced_ = true;
      state_->AddRef();
    }
  }
  void Unref() {
    if (referenced_) {
      referenced_ = false;
      state_->RemoveRef();
    }
  }
  bool HasRef() const { return referenced_; }
  PortData* data() const { return data_.get(); }

  // Sends to the peer (or the broadcast group); false when there is nobody to receive.
  void Post(Message message) {
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    if (data_ == nullptr) return;
    if (data_->in_broadcast_group) {
      for (PortData* other : BroadcastGroups()[data_->broadcast_name]) {
        if (other == data_.get()) continue;
        Message copy;
        copy.payload = message.payload;
        copy.shared_buffers = message.shared_buffers;
        other->queue.push_back(std::move(copy));
        other->Notify();
      }
      return;
    }
    if (data_->peer == nullptr) return;
    data_->peer->queue.push_back(std::move(message));
    data_->peer->Notify();
  }

  bool TakeMessage(Message* message) {
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    if (data_ == nullptr || data_->queue.empty()) return false;
    *message = std::move(data_->queue.front());
    data_->queue.pop_front();
    return true;
  }

  // Delivers queued messages to JS; `all` also ignores `receiving_` (a worker's exit drains
  // its ports before 'exit').
  void Deliver(bool all) {
    if (!receiving_ && !all) return;
    size_t count;
    {
      std::lock_guard<std::recursive_mutex> lock(PortsMutex());
      if (data_ == nullptr) return;
      count = all ? SIZE_MAX : std::max<size_t>(data_->queue.size(), 1);
    }
    v8::Isolate* isolate = env_->isolate();
    for (size_t i = 0; i < count; i++) {
      if (env_->stopping() || closing_ || (!receiving_ && !all)) return;
      Message message;
      if (!TakeMessage(&message)) break;
      v8::HandleScope scope(isolate);
      v8::Local<v8::Context> context = env_->context();
      v8::Context::Scope context_scope(context);
      v8::Local<v8::Value> value;
      int kind = 0;
      {
        v8::TryCatch try_catch(isolate);
        if (!DeserializeMessage(env_, &message).ToLocal(&value)) {
          if (try_catch.HasTerminated()) return;
          kind = 1;
          value = try_catch.HasCaught() ? try_catch.Exception()
                                        : v8::Local<v8::Value>(v8::Undefined(isolate));
        }
      }
      Emit(kind, value);
    }
    bool more, peer_closed;
    {
      std::lock_guard<std::recursive_mutex> lock(PortsMutex());
      if (data_ == nullptr) return;
      more = !data_->queue.empty();
      peer_closed = data_->peer_closed;
    }
    if (more && receiving_) {
      NotifyLocked();
    } else if (!more && peer_closed && !closing_) {
      // One more loop turn first, so that the side that called close() emits 'close' first.
      if (close_scheduled_) {
        Close();
      } else {
        close_scheduled_ = true;
        NotifyLocked();
      }
    }
  }

  void Emit(int kind, v8::Local<v8::Value> value) {
    v8::Isolate* isolate = env_->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Function> emit = GetState(env_)->emit.Get(isolate);
    if (emit.IsEmpty()) return;
    v8::Local<v8::Value> argv[] = {object_.Get(isolate), v8::Integer::New(isolate, kind), value};
    (void)MakeCallback(env_, object_.Get(isolate), emit, 3, argv);
  }

  // close(): ends the channel for both sides; 'close' is emitted once the handle is closed.
  void Close(bool emit_close = true) {
    if (closing_) return;
    closing_ = true;
    emit_close_ = emit_close;
    {
      std::lock_guard<std::recursive_mutex> lock(PortsMutex());
      if (data_ != nullptr) {
        data_->owner = nullptr;
        data_->Disentangle();
        LeaveBroadcastGroup();
        data_->queue.clear();
      }
    }
    Release();
  }

  // Hands the data over to a message (the port is being transferred): no 'close', no peer
  // notification.
  std::shared_ptr<PortData> Detach() {
    closing_ = true;
    emit_close_ = false;
    std::shared_ptr<PortData> data;
    {
      std::lock_guard<std::recursive_mutex> lock(PortsMutex());
      data = std::move(data_);
      data_ = nullptr;
      if (data != nullptr) data->owner = nullptr;
    }
    Release();
    return data;
  }

  void JoinBroadcastGroup(const std::string& name) {
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    data_->broadcast_name = name;
    data_->in_broadcast_group = true;
    BroadcastGroups()[name].push_back(data_.get());
  }

 private:
  void LeaveBroadcastGroup() {
    if (!data_->in_broadcast_group) return;
    data_->in_broadcast_group = false;
    auto& groups = BroadcastGroups();
    auto group = groups.find(data_->broadcast_name);
    if (group == groups.end()) return;
    std::erase(group->second, data_.get());
    if (group->second.empty()) groups.erase(group);
  }

  // 'close' (if any) is emitted on a later loop turn, then the wrap is deleted.
  void Release() {
    state_->AddRef();  // until 'close' is emitted, as a closing uv handle would
    Unref();
    {
      v8::HandleScope scope(env_->isolate());
      object_.Get(env_->isolate())->SetAlignedPointerInInternalField(kWrapField, nullptr);
    }
    state_->ports.erase(this);
    state_->closed.push_back(this);
    std::lock_guard<std::recursive_mutex> lock(PortsMutex());
    if (queued_) std::erase(state_->ready, this);
    queued_ = false;
    state_->Wake();
  }

 public:
  // The owner thread's wake-up: deliver to the ready ports, then emit the closes.
  static void OnWake(MessagingState* state) {
    uint64_t count;
    ssize_t got = read(state->event_fd, &count, sizeof(count));
    (void)got;
    state->notified.store(false);
    // Ports closed before this turn; those closed by listeners now emit 'close' next turn.
    std::vector<MessagePortWrap*> closed;
    closed.swap(state->closed);
    std::vector<MessagePortWrap*> ready;
    {
      std::lock_guard<std::recursive_mutex> lock(PortsMutex());
      ready.swap(state->ready);
      for (MessagePortWrap* wrap : ready) wrap->queued_ = false;
    }
    Environment* env = state->env;
    for (size_t i = 0; i < ready.size(); i++) {
      if (env->stopping()) break;
      MessagePortWrap* wrap = ready[i];
      // A port closed by an earlier one's listener is in `closed` now, still allocated.
      if (!wrap->closing_) wrap->Deliver(false);
    }
    for (MessagePortWrap* wrap : closed) {
      if (wrap->emit_close_ && !env->stopping()) {
        v8::HandleScope scope(env->isolate());
        v8::Context::Scope context_scope(env->context());
        wrap->Emit(2, v8::Undefined(env->isolate()));
      }
      state->RemoveRef();
      delete wrap;
    }
  }

 private:
  Environment* env_;
  MessagingState* state_;
  v8::Global<v8::Object> object_;
  std::shared_ptr<PortData> data_;
  bool queued_ = false;      // in state_->ready (PortsMutex)
  bool referenced_ = false;
  bool receiving_ = false;
  bool closing_ = false;
  bool emit_close_ = true;
  bool close_scheduled_ = false;
};

void PortData::Notify() {
  if (owner != nullptr) owner->Notify();
}

namespace {
void OnWake(uv_poll_t* handle, int, int) {
  MessagePortWrap::OnWake(static_cast<MessagingState*>(handle->data));
}
}  // namespace

bool InitPortObject(Environment* env, v8::Local<v8::Object> object);

namespace {

// ---- serialization ----

v8::Local<v8::Value> DataCloneError(v8::Isolate* isolate, v8::Local<v8::String> message) {
  v8::Local<v8::Object> error = v8::Exception::Error(message).As<v8::Object>();
  bool named = error->Set(isolate->GetCurrentContext(), Symbolize(isolate, "name"),
                          Symbolize(isolate, "DataCloneError")).FromMaybe(false);
  (void)named;
  return error;
}

class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(v8::Isolate* isolate, const std::vector<v8::Local<v8::Object>>& ports)
      : isolate_(isolate), ports_(ports) {}
  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  // JS turns this into a DOMException named DataCloneError.
  void ThrowDataCloneError(v8::Local<v8::String> message) override {
    isolate_->ThrowException(DataCloneError(isolate_, message));
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate*, v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (uint32_t i = 0; i < shared_.size(); i++) {
      if (shared_[i] == buffer) return v8::Just(i);
    }
    // V8 hands the buffer over in a handle scope of its own, gone once WriteValue returns:
    // keep a Global for identity and take the backing store now.
    shared_.emplace_back(isolate_, buffer);
    shared_stores_.push_back(buffer->GetBackingStore());
    return v8::Just(static_cast<uint32_t>(shared_.size() - 1));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate, v8::Local<v8::Object> object) override {
    if (MessagePortWrap::IsPortObject(object)) {
      for (uint32_t i = 0; i < ports_.size(); i++) {
        if (ports_[i] == object) {
          serializer_->WriteUint32(i);
          return v8::Just(true);
        }
      }
      v8::Local<v8::Object> error =
          v8::Exception::TypeError(ToV8(isolate, "Object that needs transfer was found in "
                                                 "message but not listed in transferList"))
              .As<v8::Object>();
      bool coded = error->Set(isolate->GetCurrentContext(), Symbolize(isolate, "code"),
                              Symbolize(isolate, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST"))
                       .FromMaybe(false);
      (void)coded;
      isolate->ThrowException(error);
      return v8::Nothing<bool>();
    }
    ThrowDataCloneError(ToV8(isolate, "Cannot clone object of unsupported type."));
    return v8::Nothing<bool>();
  }

  std::vector<v8::Global<v8::SharedArrayBuffer>> shared_;
  std::vector<std::shared_ptr<v8::BackingStore>> shared_stores_;

 private:
  v8::Isolate* isolate_;
  const std::vector<v8::Local<v8::Object>>& ports_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerDelegate(Environment* env, Message* message) : env_(env), message_(message) {}
  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(v8::Isolate* isolate,
                                                                   uint32_t id) override {
    if (id >= message_->shared_buffers.size()) return {};
    return v8::SharedArrayBuffer::New(isolate, message_->shared_buffers[id]);
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index;
    if (!deserializer_->ReadUint32(&index) || index >= message_->ports.size() ||
        message_->ports[index] == nullptr) {
      isolate->ThrowException(DataCloneError(isolate, ToV8(isolate, "Unable to deserialize port")));
      return {};
    }
    std::shared_ptr<PortData> data = std::move(message_->ports[index]);
    message_->ports[index] = nullptr;
    // V8 runs no JS while it deserializes: the ports become MessagePorts afterwards.
    v8::Local<v8::Object> port;
    if (!CreatePortObject(env_, std::move(data), false).ToLocal(&port)) return {};
    created_.emplace_back(isolate, port);
    return port;
  }

  // Globals: V8 reads host objects inside handle scopes of its own.
  std::vector<v8::Global<v8::Object>> created_;

 private:
  Environment* env_;
  Message* message_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

bool IsUntransferable(v8::Isolate* isolate, v8::Local<v8::ArrayBuffer> buffer) {
  return buffer
      ->HasPrivate(isolate->GetCurrentContext(),
                   v8::Private::ForApi(isolate, Symbolize(isolate, "kiln:untransferable")))
      .FromMaybe(false);
}

}  // namespace

bool SerializeMessage(Environment* env, v8::Local<v8::Value> value,
                      v8::Local<v8::Value> transfer_list, Message* message) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Context> context = env->context();
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<v8::Local<v8::Object>> ports;
  if (transfer_list->IsArray()) {
    v8::Local<v8::Array> list = transfer_list.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return false;
      if (item->IsArrayBuffer()) {
        v8::Local<v8::ArrayBuffer> buffer = item.As<v8::ArrayBuffer>();
        if (IsUntransferable(isolate, buffer)) continue;
        if (std::find(buffers.begin(), buffers.end(), buffer) != buffers.end()) {
          isolate->ThrowException(DataCloneError(
              isolate, ToV8(isolate, "Transfer list contains duplicate ArrayBuffer")));
          return false;
        }
        if (!buffer->IsDetachable()) continue;
        buffers.push_back(buffer);
      } else if (MessagePortWrap::IsPortObject(item)) {
        if (std::find(ports.begin(), ports.end(), item.As<v8::Object>()) != ports.end()) {
          isolate->ThrowException(DataCloneError(
              isolate, ToV8(isolate, "Transfer list contains duplicate MessagePort")));
          return false;
        }
        if (MessagePortWrap::Unwrap(item) == nullptr) {
          isolate->ThrowException(DataCloneError(
              isolate, ToV8(isolate, "MessagePort in transfer list is already detached")));
          return false;
        }
        ports.push_back(item.As<v8::Object>());
      }
    }
  }
  SerializerDelegate delegate(isolate, ports);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  for (uint32_t i = 0; i < buffers.size(); i++) serializer.TransferArrayBuffer(i, buffers[i]);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return false;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  message->payload = std::make_shared<const std::vector<uint8_t>>(data.first, data.first + data.second);
  free(data.first);
  for (v8::Local<v8::ArrayBuffer> buffer : buffers) {
    message->array_buffers.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  message->shared_buffers = std::move(delegate.shared_stores_);
  for (v8::Local<v8::Object> port : ports) {
    message->ports.push_back(MessagePortWrap::Unwrap(port)->Detach());
  }
  return true;
}

v8::MaybeLocal<v8::Value> DeserializeMessage(Environment* env, Message* message) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> context = env->context();
  if (message->payload == nullptr) return scope.Escape(v8::Undefined(isolate));
  DeserializerDelegate delegate(env, message);
  v8::ValueDeserializer deserializer(isolate, message->payload->data(), message->payload->size(),
                                     &delegate);
  delegate.set_deserializer(&deserializer);
  for (uint32_t i = 0; i < message->array_buffers.size(); i++) {
    deserializer.TransferArrayBuffer(i, v8::ArrayBuffer::New(isolate, message->array_buffers[i]));
  }
  v8::Local<v8::Value> value;
  if (!deserializer.ReadHeader(context).FromMaybe(false) ||
      !deserializer.ReadValue(context).ToLocal(&value)) {
    return {};
  }
  for (const v8::Global<v8::Object>& port : delegate.created_) {
    if (!InitPortObject(env, port.Get(isolate))) return {};
  }
  return scope.Escape(value);
}

bool InitPortObject(Environment* env, v8::Local<v8::Object> object) {
  v8::Isolate* isolate = env->isolate();
  v8::Local<v8::Function> init = GetState(env)->init_port.Get(isolate);
  if (init.IsEmpty()) return true;
  v8::Local<v8::Value> arg = object;
  return !init->Call(env->context(), v8::Undefined(isolate), 1, &arg).IsEmpty();
}

v8::MaybeLocal<v8::Object> CreatePortObject(Environment* env, std::shared_ptr<PortData> data,
                                            bool init) {
  v8::Isolate* isolate = env->isolate();
  v8::EscapableHandleScope scope(isolate);
  MessagingState* state = GetState(env);
  if (state->port_template.IsEmpty()) {
    v8::Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
    tmpl->SetInternalFieldCount(2);
    state->port_template.Reset(isolate, tmpl);
  }
  v8::Local<v8::Object> object;
  if (!state->port_template.Get(isolate)->NewInstance(env->context()).ToLocal(&object)) return {};
  object->SetAlignedPointerInInternalField(kTagField, &kPortTag);
  object->SetAlignedPointerInInternalField(kWrapField, nullptr);
  if (init && !InitPortObject(env, object)) return {};
  new MessagePortWrap(env, object, std::move(data));
  return scope.Escape(object);
}

namespace {

// ---- the binding ----

// setup(initPort, emit)
void Setup(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  CHECK(args[0]->IsFunction() && args[1]->IsFunction());
  MessagingState* state = GetState(env);
  state->init_port.Reset(env->isolate(), args[0].As<v8::Function>());
  state->emit.Reset(env->isolate(), args[1].As<v8::Function>());
  // A worker's ports close with it, so that the other threads see 'close'.
  env->AddCleanupHook([env] {
    MessagingState* state = GetState(env);
    std::vector<MessagePortWrap*> ports(state->ports.begin(), state->ports.end());
    for (MessagePortWrap* port : ports) port->Close(false);
    for (MessagePortWrap* port : state->closed) delete port;
    state->closed.clear();
    uv_close(reinterpret_cast<uv_handle_t*>(&state->poll), [](uv_handle_t* handle) {
      close(static_cast<MessagingState*>(handle->data)->event_fd);
    });
  });
}

// createChannel() -> [port1, port2]
void CreateChannel(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  auto [a, b] = CreatePortPair();
  v8::Local<v8::Object> port1, port2;
  if (!CreatePortObject(env, a).ToLocal(&port1) || !CreatePortObject(env, b).ToLocal(&port2)) {
    return;
  }
  v8::Local<v8::Value> ports[] = {port1, port2};
  args.GetReturnValue().Set(v8::Array::New(args.GetIsolate(), ports, 2));
}

// createBroadcastPort(name) -> a port that posts to every other port of that name.
void CreateBroadcastPort(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string name = ToUtf8(args.GetIsolate(), args[0]);
  v8::Local<v8::Object> port;
  if (!CreatePortObject(env, std::make_shared<PortData>()).ToLocal(&port)) return;
  MessagePortWrap::Unwrap(port)->JoinBroadcastGroup(name);
  args.GetReturnValue().Set(port);
}

MessagePortWrap* PortArg(const v8::FunctionCallbackInfo<v8::Value>& args) {
  return MessagePortWrap::Unwrap(args[0]);
}

// postMessage(port, value, transferList)
void PostMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  MessagePortWrap* wrap = PortArg(args);
  if (wrap == nullptr) return;  // a closed or transferred port drops messages, as in Node
  if (args[2]->IsArray()) {
    v8::Local<v8::Array> list = args[2].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      v8::Local<v8::Value> item;
      if (list->Get(env->context(), i).ToLocal(&item) && item == args[0]) {
        args.GetIsolate()->ThrowException(DataCloneError(
            args.GetIsolate(), ToV8(args.GetIsolate(), "Transfer list contains source port")));
        return;
      }
    }
  }
  Message message;
  if (!SerializeMessage(env, args[1], args[2], &message)) return;
  wrap->Post(std::move(message));
}

void Start(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Start();
}
void Stop(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Stop();
}
void Close(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Close();
}
void Ref(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Ref();
}
void Unref(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Unref();
}
void HasRef(const v8::FunctionCallbackInfo<v8::Value>& args) {
  MessagePortWrap* wrap = PortArg(args);
  args.GetReturnValue().Set(wrap != nullptr && wrap->HasRef());
}
void IsPort(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(MessagePortWrap::IsPortObject(args[0]));
}
void IsOpen(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(PortArg(args) != nullptr);
}
// drain(port): delivers every queued message now (a worker's ports before its 'exit').
void Drain(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (MessagePortWrap* wrap = PortArg(args)) wrap->Deliver(true);
}

// receiveMessage(port, noMessage) -> the next queued message, or `noMessage`.
void ReceiveMessage(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  MessagePortWrap* wrap = PortArg(args);
  Message message;
  if (wrap == nullptr || !wrap->TakeMessage(&message)) {
    args.GetReturnValue().Set(args[1]);
    return;
  }
  v8::Local<v8::Value> value;
  if (DeserializeMessage(env, &message).ToLocal(&value)) args.GetReturnValue().Set(value);
}

// structuredClone(value, transferList) for transfer lists with MessagePorts: the clone gets new
// ports entangled with the transferred ones' peers.
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Message message;
  if (!SerializeMessage(env, args[0], args[1], &message)) return;
  v8::Local<v8::Value> value;
  if (DeserializeMessage(env, &message).ToLocal(&value)) args.GetReturnValue().Set(value);
}

// markAsUntransferable(arrayBuffer)
void MarkAsUntransferable(const v8::FunctionCallbackInfo<v8::Value>& args) {
  if (!args[0]->IsArrayBuffer()) return;
  v8::Isolate* isolate = args.GetIsolate();
  bool marked = args[0].As<v8::Object>()
                    ->SetPrivate(isolate->GetCurrentContext(),
                                 v8::Private::ForApi(isolate, Symbolize(isolate, "kiln:untransferable")),
                                 v8::True(isolate))
                    .FromMaybe(false);
  (void)marked;
}

// isUntransferable(value)
void IsMarkedUntransferable(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() &&
                            IsUntransferable(args.GetIsolate(), args[0].As<v8::ArrayBuffer>()));
}

constexpr BindingMethod kMethods[] = {
    {"setup", Setup},
    {"createChannel", CreateChannel},
    {"createBroadcastPort", CreateBroadcastPort},
    {"postMessage", PostMessage},
    {"start", Start},
    {"stop", Stop},
    {"close", Close},
    {"ref", Ref},
    {"unref", Unref},
    {"hasRef", HasRef},
    {"isPort", IsPort},
    {"isOpen", IsOpen},
    {"drain", Drain},
    {"receiveMessage", ReceiveMessage},
    {"markAsUntransferable", MarkAsUntransferable},
    {"structuredClone", StructuredClone},
    {"isMarkedUntransferable", IsMarkedUntransferable},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) {
  SetMethods(env, target, kMethods);
}

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(messaging, kiln::Initialize, kiln::kMethods)
