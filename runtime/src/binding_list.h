// The explicit list of native bindings, reached from JS as internalBinding('<name>').
// Add a binding: write runtime/bindings/<name>.cc ending in KILN_REGISTER_BINDING, list it here.
#pragma once

#define KILN_BINDING_LIST(V) \
  V(buffer)                  \
  V(builtins)                \
  V(constants)               \
  V(contextify)              \
  V(crypto_dh)               \
  V(crypto_keygen)           \
  V(crypto_keys)             \
  V(crypto_sign)             \
  V(dotenv)                  \
  V(encoding)                \
  V(errors)                  \
  V(fs)                      \
  V(module_wrap)             \
  V(os)                      \
  V(process_methods)         \
  V(serdes)                  \
  V(signal_wrap)             \
  V(task_queue)              \
  V(timers)                  \
  V(ts_strip)                \
  V(tty_wrap)                \
  V(types)                   \
  V(url)                     \
  V(util)                    \
  V(uv)                      \
  V(watch_report)
