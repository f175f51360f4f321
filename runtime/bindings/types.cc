// internalBinding('types'): util.types checks that only V8 can answer.
#include "binding.h"

namespace kiln {
namespace {

#define KILN_TYPE_CHECKS(V) \
  V(External)               \
  V(Date)                   \
  V(ArgumentsObject)        \
  V(BigIntObject)           \
  V(BooleanObject)          \
  V(NumberObject)           \
  V(StringObject)           \
  V(SymbolObject)           \
  V(NativeError)            \
  V(RegExp)                 \
  V(AsyncFunction)          \
  V(GeneratorFunction)      \
  V(GeneratorObject)        \
  V(Promise)                \
  V(Map)                    \
  V(Set)                    \
  V(MapIterator)            \
  V(SetIterator)            \
  V(WeakMap)                \
  V(WeakSet)                \
  V(ArrayBuffer)            \
  V(DataView)               \
  V(SharedArrayBuffer)      \
  V(Proxy)                  \
  V(ModuleNamespaceObject)  \
  V(ArrayBufferView)        \
  V(TypedArray)             \
  V(Uint8Array)             \
  V(Uint8ClampedArray)      \
  V(Uint16Array)            \
  V(Uint32Array)            \
  V(Int8Array)              \
  V(Int16Array)             \
  V(Int32Array)             \
  V(Float32Array)           \
  V(Float64Array)           \
  V(BigInt64Array)          \
  V(BigUint64Array)

#define V(type)                                                 \
  void Is##type(const v8::FunctionCallbackInfo<v8::Value>& args) { \
    args.GetReturnValue().Set(args[0]->Is##type());             \
  }
KILN_TYPE_CHECKS(V)
#undef V

void IsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Local<v8::Value> value = args[0];
  args.GetReturnValue().Set(value->IsNumberObject() || value->IsStringObject() ||
                            value->IsBooleanObject() || value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

constexpr BindingMethod kMethods[] = {
#define V(type) {"is" #type, Is##type},
    KILN_TYPE_CHECKS(V)
#undef V
    {"isAnyArrayBuffer", IsAnyArrayBuffer},
    {"isBoxedPrimitive", IsBoxedPrimitive},
};

void Initialize(Environment* env, v8::Local<v8::Object> target) { SetMethods(env, target, kMethods); }

}  // namespace
}  // namespace kiln

KILN_REGISTER_BINDING(types, kiln::Initialize, kiln::kMethods)
