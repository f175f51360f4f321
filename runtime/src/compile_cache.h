// The compile cache: V8 code caches of user modules (CommonJS and ES modules), kept on disk so
// that a module compiled once is deserialized, not parsed and compiled, in later runs.
//
// An entry is keyed by SHA-256 of V8's cache version tag (V8 version and flags), the kind of
// code, the file name and the exact source text, so an edited file or another V8 never uses a
// stale entry; V8 also checks the data and rejects what does not fit. Entries are written when
// the process exits, from the functions as they were compiled by then (so the code cache
// covers the functions that ran, not only the top level), atomically (temp file + rename).
//
// Where: $NODE_COMPILE_CACHE (Node's variable), else $XDG_CACHE_HOME/kiln/compile-cache, else
// ~/.cache/kiln/compile-cache. NODE_DISABLE_COMPILE_CACHE=1 or KILN_NO_COMPILE_CACHE=1 turn it
// off.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "environment.h"
#include "v8.h"

namespace kiln {

class CompileCache {
 public:
  using Key = std::array<unsigned char, 32>;

  // The directory from the environment variables, or empty when the cache is disabled.
  static std::string DefaultDirectory();

  explicit CompileCache(std::string directory) : directory_(std::move(directory)) {}

  bool enabled() const { return !directory_.empty(); }
  const std::string& directory() const { return directory_; }
  void set_directory(std::string directory) { directory_ = std::move(directory); }

  // The key of `source` (UTF-8 or Latin-1 bytes, or a V8 string) for `filename`.
  static Key MakeKey(std::string_view kind, std::string_view filename, std::string_view source);
  static Key MakeKey(v8::Isolate* isolate, std::string_view kind, std::string_view filename,
                     v8::Local<v8::String> source);

  // The cached data for `key`, or null. The caller hands it to a ScriptCompiler::Source.
  std::unique_ptr<v8::ScriptCompiler::CachedData> Lookup(const Key& key) const;

  // Remembers code compiled without (usable) cached data, to serialize at Flush().
  void Add(v8::Isolate* isolate, const Key& key, v8::Local<v8::Function> function);
  void Add(v8::Isolate* isolate, const Key& key, v8::Local<v8::UnboundModuleScript> script);

  // Writes the entries added since the last flush.
  void Flush(v8::Isolate* isolate);

 private:
  struct Pending {
    Key key;
    v8::Global<v8::Function> function;
    v8::Global<v8::UnboundModuleScript> module_script;
  };
  std::string PathOf(const Key& key) const;

  std::string directory_;
  std::vector<Pending> pending_;
  bool directory_ready_ = false;
};

// The process's compile cache (owned by the module_wrap binding's state).
CompileCache* GetCompileCache(Environment* env);

// Writes what the compile cache collected; called as the process exits.
void FlushCompileCache(Environment* env);

}  // namespace kiln
