#include "util.h"

#include <cstdio>
#include <cstdlib>

namespace kiln {

void AbortWithCheckFailure(const char* file, int line, const char* condition) {
  std::fprintf(stderr, "kiln: internal error at %s:%d: CHECK(%s) failed\n", file, line, condition);
  std::fflush(stderr);
  std::abort();
}

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value.IsEmpty()) return {};
  v8::String::Utf8Value utf8(isolate, value);
  if (*utf8 == nullptr) return {};
  return std::string(*utf8, utf8.length());
}

}  // namespace kiln
