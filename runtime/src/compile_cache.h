// The compile cache: V8 code caches of user modules (CommonJS and ES modules), kept on disk so
// that a module compiled in an earlier run is deserialized, not parsed and compiled again.
//
// One pack file per program (the main module's path, or the working directory for -e code)
// holds the code caches of the modules that program loads: reading it is one file read per
// process, not one per module. An entry is keyed by SHA-256 of V8's cache version tag (V8
// version and flags), the kind of code, the file name and the exact source text, so an edited
// file or another V8 never uses a stale entry; V8 also checks the data and rejects what does
// not fit. When a run compiled something the pack lacked, the pack is rewritten as the process
// exits (atomically: temp file + rename) with the new entries, serialized from the functions
// as they were compiled by then (so the cache also covers the inner functions that ran, not
// only the top level), and the old entries used in one of the last 8 rewrites.
//
// Where: $NODE_COMPILE_CACHE (Node's variable), else $XDG_CACHE_HOME/kiln/compile-cache, else
// ~/.cache/kiln/compile-cache. NODE_DISABLE_COMPILE_CACHE=1 or KILN_NO_COMPILE_CACHE=1 turn it
// off.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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

  bool enabled() const { return !directory_.empty() && !program_.empty(); }
  const std::string& directory() const { return directory_; }
  void set_directory(std::string directory);
  // Chooses the pack: the program is the main module's path, or "eval:<cwd>".
  void set_program(std::string program);

  // The key of `source` (UTF-8 or Latin-1 bytes, or a V8 string) for `filename`.
  static Key MakeKey(std::string_view kind, std::string_view filename, std::string_view source);
  static Key MakeKey(v8::Isolate* isolate, std::string_view kind, std::string_view filename,
                     v8::Local<v8::String> source);

  // The cached data for `key`, or null. The caller hands it to a ScriptCompiler::Source; it
  // points into the pack, which lives as long as the process.
  std::unique_ptr<v8::ScriptCompiler::CachedData> Lookup(const Key& key);

  // Remembers code compiled without (usable) cached data, to serialize at Flush().
  void Add(v8::Isolate* isolate, const Key& key, v8::Local<v8::Function> function);
  void Add(v8::Isolate* isolate, const Key& key, v8::Local<v8::UnboundModuleScript> script);

  // Rewrites the pack if this run compiled anything it lacked.
  void Flush(v8::Isolate* isolate);

 private:
  struct KeyHash {
    size_t operator()(const Key& key) const {
      size_t value;
      static_assert(sizeof(value) <= sizeof(Key));
      std::memcpy(&value, key.data(), sizeof(value));
      return value;
    }
  };
  struct Slot {
    uint32_t offset;
    uint32_t length;
    uint32_t age;
    bool used;
  };
  struct Pending {
    Key key;
    v8::Global<v8::Function> function;
    v8::Global<v8::UnboundModuleScript> module_script;
  };
  void LoadPack();
  std::string PackPath() const;

  std::string directory_;
  std::string program_;
  bool loaded_ = false;
  std::unique_ptr<uint8_t[]> pack_;
  size_t pack_size_ = 0;
  std::unordered_map<Key, Slot, KeyHash> index_;
  std::vector<Pending> pending_;
};

// The process's compile cache (owned by the module_wrap binding's state).
CompileCache* GetCompileCache(Environment* env);

// Writes what the compile cache collected; called as the process exits.
void FlushCompileCache(Environment* env);

}  // namespace kiln
