// Message ports shared between threads (node:worker_threads): the data of a port that may move
// between threads, serialized messages, and what worker.cc needs to hand ports to a worker.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "environment.h"
#include "v8.h"

namespace kiln {

class PortData;

// One serialized message: V8 ValueSerializer bytes plus what travels beside them.
struct Message {
  std::shared_ptr<const std::vector<uint8_t>> payload;
  std::vector<std::shared_ptr<v8::BackingStore>> array_buffers;   // transferred (detached)
  std::vector<std::shared_ptr<v8::BackingStore>> shared_buffers;  // SharedArrayBuffers
  std::vector<std::shared_ptr<PortData>> ports;                   // transferred ports
  Message() = default;
  Message(Message&&) = default;
  Message& operator=(Message&&) = default;
  ~Message();  // closes ports that were never received
};

// Two entangled ports' data, not yet owned by any thread.
std::pair<std::shared_ptr<PortData>, std::shared_ptr<PortData>> CreatePortPair();

// The JS MessagePort for `data` in `env` (its loop receives the messages). Without `init` the
// object is not yet a MessagePort (InitPortObject, which runs JS, makes it one).
v8::MaybeLocal<v8::Object> CreatePortObject(Environment* env, std::shared_ptr<PortData> data,
                                            bool init = true);

// Serializes `value` with the transfer list (ArrayBuffers, MessagePorts); false with a pending
// JS exception on failure.
bool SerializeMessage(Environment* env, v8::Local<v8::Value> value,
                      v8::Local<v8::Value> transfer_list, Message* message);
v8::MaybeLocal<v8::Value> DeserializeMessage(Environment* env, Message* message);

}  // namespace kiln
