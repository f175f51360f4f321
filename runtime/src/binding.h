// What every native binding file uses: a table of methods and the registration macro.
#pragma once

#include <span>
#include <vector>

#include "environment.h"
#include "util.h"
#include "v8.h"

namespace kiln {

struct BindingMethod {
  const char* name;
  v8::FunctionCallback callback;
};

void SetMethods(Environment* env, v8::Local<v8::Object> target,
                std::span<const BindingMethod> methods);
void SetValue(Environment* env, v8::Local<v8::Object> target, std::string_view name,
              v8::Local<v8::Value> value);
void SetInteger(Environment* env, v8::Local<v8::Object> target, std::string_view name,
                int64_t value);
// A method on the prototype of `tmpl`'s instances, named, with a signature that requires an
// instance as `this`, not a constructor.
void SetProtoMethod(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl, const char* name,
                    v8::FunctionCallback callback);

// For a native class constructor: true when called with `new`; otherwise throws V8's
// "Class constructor <name> cannot be invoked without 'new'" TypeError and returns false.
bool IsConstructCallOrThrow(const v8::FunctionCallbackInfo<v8::Value>& args,
                            const char* class_name);

// Throws a JS error for a libuv failure, shaped as Node's: message "CODE: description, syscall
// 'path'", with errno, code, syscall and path properties.
void ThrowUVException(v8::Isolate* isolate, int error, const char* syscall,
                      const char* path = nullptr, const char* dest = nullptr);
v8::Local<v8::Value> UVException(v8::Isolate* isolate, int error, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr);

// The method table of a binding that exports no plain functions (only classes).
inline constexpr std::span<const BindingMethod> kNoBindingMethods{};

}  // namespace kiln

// Defines kiln::InitializeBinding_<name> and kiln::AppendBindingReferences_<name> (the
// callbacks of `methods`, which a startup snapshot must know), listed in binding_list.h.
#define KILN_REGISTER_BINDING(name, initialize, methods)                          \
  namespace kiln {                                                                \
  void InitializeBinding_##name(Environment* env, v8::Local<v8::Object> target) { \
    initialize(env, target);                                                      \
  }                                                                               \
  void AppendBindingReferences_##name(std::vector<intptr_t>* references) {        \
    for (const BindingMethod& method : std::span<const BindingMethod>(methods)) { \
      references->push_back(reinterpret_cast<intptr_t>(method.callback));         \
    }                                                                             \
  }                                                                               \
  }
