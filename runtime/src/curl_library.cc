// libcurl loaded on first use (see curl_library.h).
#include "curl_library.h"

#include <curl/curl.h>
#include <dlfcn.h>

#include <cstdarg>
#include <mutex>

#include "util.h"

namespace kiln::curl {
namespace {

#define KILN_CURL_FUNCTIONS(V)                                                            \
  V(curl_global_init)                                                                     \
  V(curl_easy_init)                                                                       \
  V(curl_easy_cleanup) V(curl_easy_setopt) V(curl_easy_getinfo) V(curl_easy_pause)        \
      V(curl_easy_strerror) V(curl_multi_init) V(curl_multi_cleanup) V(curl_multi_setopt) \
          V(curl_multi_add_handle) V(curl_multi_remove_handle) V(curl_multi_assign)       \
              V(curl_multi_socket_action) V(curl_multi_info_read) V(curl_multi_strerror)  \
                  V(curl_slist_append) V(curl_slist_free_all)

struct Functions {
#define KILN_DECLARE_POINTER(name) decltype(&::name) name = nullptr;
  KILN_CURL_FUNCTIONS(KILN_DECLARE_POINTER)
#undef KILN_DECLARE_POINTER
};

// Written once under `once`; read only by callers that went through LoadCurlLibrary().
Functions functions;
bool loaded = false;
std::string load_error;
std::once_flag once;

void Load() {
  void* library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    load_error = dlerror();
    return;
  }
  Functions resolved;
#define KILN_RESOLVE(name)                                                    \
  resolved.name = reinterpret_cast<decltype(&::name)>(dlsym(library, #name)); \
  if (resolved.name == nullptr) {                                             \
    load_error = "libcurl.so.4 has no " #name;                                \
    return;                                                                   \
  }
  KILN_CURL_FUNCTIONS(KILN_RESOLVE)
#undef KILN_RESOLVE
  functions = resolved;
  loaded = true;
}

const Functions& Loaded() {
  CHECK(loaded);  // LoadCurlLibrary() comes first
  return functions;
}

}  // namespace

bool LoadCurlLibrary(std::string* error) {
  std::call_once(once, Load);
  if (!loaded) *error = "cannot load libcurl: " + load_error;
  return loaded;
}

}  // namespace kiln::curl

using kiln::curl::Loaded;

// The definitions curl/curl.h declares. Names in parentheses: with GCC the header also defines
// curl_easy_setopt and curl_easy_getinfo as type-checking macros.
extern "C" {

CURLcode curl_global_init(long flags) { return Loaded().curl_global_init(flags); }
CURL* curl_easy_init() { return Loaded().curl_easy_init(); }
void curl_easy_cleanup(CURL* handle) { Loaded().curl_easy_cleanup(handle); }

// The variadic argument of these two is one long, pointer, function pointer or curl_off_t,
// all passed in one integer register on x86-64, so it is forwarded as a pointer-sized value.
CURLcode(curl_easy_setopt)(CURL* handle, CURLoption option, ...) {
  va_list arguments;
  va_start(arguments, option);
  void* value = va_arg(arguments, void*);
  va_end(arguments);
  return Loaded().curl_easy_setopt(handle, option, value);
}
CURLcode(curl_easy_getinfo)(CURL* handle, CURLINFO info, ...) {
  va_list arguments;
  va_start(arguments, info);
  void* out = va_arg(arguments, void*);
  va_end(arguments);
  return Loaded().curl_easy_getinfo(handle, info, out);
}

CURLcode curl_easy_pause(CURL* handle, int mask) { return Loaded().curl_easy_pause(handle, mask); }
const char* curl_easy_strerror(CURLcode code) { return Loaded().curl_easy_strerror(code); }
CURLM* curl_multi_init() { return Loaded().curl_multi_init(); }
CURLMcode curl_multi_cleanup(CURLM* multi) { return Loaded().curl_multi_cleanup(multi); }
CURLMcode curl_multi_setopt(CURLM* multi, CURLMoption option, ...) {
  va_list arguments;
  va_start(arguments, option);
  void* value = va_arg(arguments, void*);
  va_end(arguments);
  return Loaded().curl_multi_setopt(multi, option, value);
}
CURLMcode curl_multi_add_handle(CURLM* multi, CURL* handle) {
  return Loaded().curl_multi_add_handle(multi, handle);
}
CURLMcode curl_multi_remove_handle(CURLM* multi, CURL* handle) {
  return Loaded().curl_multi_remove_handle(multi, handle);
}
CURLMcode curl_multi_assign(CURLM* multi, curl_socket_t socket, void* data) {
  return Loaded().curl_multi_assign(multi, socket, data);
}
CURLMcode curl_multi_socket_action(CURLM* multi, curl_socket_t socket, int mask, int* running) {
  return Loaded().curl_multi_socket_action(multi, socket, mask, running);
}
CURLMsg* curl_multi_info_read(CURLM* multi, int* pending) {
  return Loaded().curl_multi_info_read(multi, pending);
}
const char* curl_multi_strerror(CURLMcode code) { return Loaded().curl_multi_strerror(code); }
curl_slist* curl_slist_append(curl_slist* list, const char* text) {
  return Loaded().curl_slist_append(list, text);
}
void curl_slist_free_all(curl_slist* list) { Loaded().curl_slist_free_all(list); }

}  // extern "C"
