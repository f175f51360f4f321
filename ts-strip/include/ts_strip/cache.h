// Stripping never happens twice for the same text: results are cached in memory for the
// process, and on disk under $XDG_CACHE_HOME/kiln/ts-strip (keyed by the SHA-256 of the source,
// the options and the stripper's build).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip {

enum class CacheHit { kMiss, kMemory, kDisk };

class Cache {
 public:
  // The process-wide cache. Its disk directory is DefaultCacheDirectory() unless changed.
  static Cache& Global();

  explicit Cache(std::string disk_directory);

  // The result for `source` with `options`: from memory, from disk, or stripped now (and
  // stored). Thread-safe.
  Result Strip(std::string_view source, const Options& options, CacheHit* hit = nullptr);

  // "" disables the disk cache.
  void SetDiskDirectory(std::string directory);
  const std::string& disk_directory() const { return disk_directory_; }

  // Files smaller than this are not written to disk (reading them back costs more than
  // stripping them again; see docs/performance.md).
  static constexpr size_t kMinDiskSize = 0;

 private:
  std::string Key(std::string_view source, const Options& options) const;
  bool ReadDisk(const std::string& directory, const std::string& key, Result* result) const;
  void WriteDisk(const std::string& directory, const std::string& key,
                 const Result& result) const;

  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Result>> memory_;
  size_t memory_bytes_ = 0;
  std::string disk_directory_;
};

// $XDG_CACHE_HOME/kiln/ts-strip, else $HOME/.cache/kiln/ts-strip; "" when neither is set or
// KILN_TS_CACHE=0.
std::string DefaultCacheDirectory();

// Identifies the stripper's build: part of every cache key, so a changed stripper never reads
// output an older one wrote.
const char* BuildId();

}  // namespace kiln::ts_strip
