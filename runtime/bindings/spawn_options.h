// The options object of process_wrap.spawn() and spawn_sync.spawn(), read into the strings
// uv_spawn needs (they must outlive the call).
#pragma once

#include <uv.h>

#include <optional>
#include <string>
#include <vector>

#include "util.h"
#include "v8.h"

namespace kiln {

struct SpawnOptions {
  std::string file;
  std::vector<std::string> args;
  std::vector<std::string> env;
  bool has_env = false;
  std::optional<std::string> cwd;
  unsigned int flags = 0;
  uv_uid_t uid = 0;
  uv_gid_t gid = 0;
  std::vector<char*> arg_pointers;
  std::vector<char*> env_pointers;

  // Reads file, args, cwd, envPairs, detached, uid, gid. False if JS threw while reading.
  bool Read(v8::Isolate* isolate, v8::Local<v8::Object> options) {
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    auto get = [&](const char* name, v8::Local<v8::Value>* out) {
      return options->Get(context, Symbolize(isolate, name)).ToLocal(out);
    };
    v8::Local<v8::Value> value;
    if (!get("file", &value)) return false;
    file = ToUtf8(isolate, value);
    if (!get("args", &value)) return false;
    if (!ReadStrings(isolate, value, &args)) return false;
    if (args.empty()) args.push_back(file);
    if (!get("cwd", &value)) return false;
    if (value->IsString() && value.As<v8::String>()->Length() > 0) cwd = ToUtf8(isolate, value);
    if (!get("envPairs", &value)) return false;
    if (value->IsArray()) {
      has_env = true;
      if (!ReadStrings(isolate, value, &env)) return false;
    }
    if (!get("detached", &value)) return false;
    if (value->IsTrue()) flags |= UV_PROCESS_DETACHED;
    if (!get("uid", &value)) return false;
    if (value->IsInt32()) {
      flags |= UV_PROCESS_SETUID;
      uid = static_cast<uv_uid_t>(value.As<v8::Int32>()->Value());
    }
    if (!get("gid", &value)) return false;
    if (value->IsInt32()) {
      flags |= UV_PROCESS_SETGID;
      gid = static_cast<uv_gid_t>(value.As<v8::Int32>()->Value());
    }
    return true;
  }

  // Fills everything but stdio and the exit callback.
  void Fill(uv_process_options_t* options) {
    arg_pointers.clear();
    for (std::string& arg : args) arg_pointers.push_back(arg.data());
    arg_pointers.push_back(nullptr);
    env_pointers.clear();
    for (std::string& pair : env) env_pointers.push_back(pair.data());
    env_pointers.push_back(nullptr);
    options->file = file.c_str();
    options->args = arg_pointers.data();
    options->env = has_env ? env_pointers.data() : nullptr;
    options->cwd = cwd ? cwd->c_str() : nullptr;
    options->flags = flags;
    options->uid = uid;
    options->gid = gid;
  }

 private:
  static bool ReadStrings(v8::Isolate* isolate, v8::Local<v8::Value> value,
                          std::vector<std::string>* out) {
    if (!value->IsArray()) return true;
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Array> array = value.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); i++) {
      v8::Local<v8::Value> item;
      if (!array->Get(context, i).ToLocal(&item)) return false;
      out->push_back(ToUtf8(isolate, item));
    }
    return true;
  }
};

}  // namespace kiln
