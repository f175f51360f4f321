// The explicit list of native bindings, reached from JS as internalBinding('<name>').
// Add a binding: write runtime/bindings/<name>.cc ending in KILN_REGISTER_BINDING, list it here.
#pragma once

#define KILN_BINDING_LIST(V) \
  V(buffer)                  \
  V(cares_wrap)              \
  V(builtins)                \
  V(constants)               \
  V(contextify)              \
  V(crypto_cipher)           \
  V(crypto_dh)               \
  V(crypto_hash)             \
  V(crypto_kdf)              \
  V(crypto_keygen)           \
  V(crypto_keys)             \
  V(crypto_random)           \
  V(crypto_sign)             \
  V(curl)                    \
  V(dotenv)                  \
  V(encoding)                \
  V(errors)                  \
  V(fs)                      \
  V(heap_utils)              \
  V(http_parser)             \
  V(messaging)               \
  V(module_wrap)             \
  V(os)                      \
  V(pipe_wrap)               \
  V(process_methods)         \
  V(process_wrap)            \
  V(regexp)                  \
  V(serdes)                  \
  V(signal_wrap)             \
  V(spawn_sync)              \
  V(stream_wrap)             \
  V(task_queue)              \
  V(tcp_wrap)                \
  V(timers)                  \
  V(tls_wrap)                \
  V(ts_strip)                \
  V(tty_wrap)                \
  V(types)                   \
  V(udp_wrap)                \
  V(url)                     \
  V(util)                    \
  V(value_serializer)        \
  V(uv)                      \
  V(watch_report)            \
  V(worker)                  \
  V(zlib)
