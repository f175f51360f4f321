// Stripping never happens twice for the same text: results are cached in memory for the
// process, and on disk under $XDG_CACHE_HOME/kiln/ts-strip (keyed by the SHA-256 of the source,
// the options and the stripper's build). A file whose last change is old enough is also found
// by its identity (device, inode, size, mtime, ctime) without reading or hashing it: the disk
// entry for that identity is a hard link to the entry for its content.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip {

enum class CacheHit { kMiss, kMemory, kDisk };

// What identifies a file's content without reading it.
struct FileStamp {
  uint64_t device = 0;
  uint64_t inode = 0;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp StampOf(const struct stat& info);

// A file changed within this long before it is looked at may be rewritten again within the
// timestamps' granularity (a clock tick) and keep its stamp; ctime is set by the kernel on every
// change, so a file last changed earlier than that shows any later change in its stamp.
constexpr int64_t kSettleNanoseconds = int64_t{2'000'000'000};

// True when `stamp` can stand for the file's content at `now_ns` (CLOCK_REALTIME).
bool IsSettled(const FileStamp& stamp, int64_t now_ns);
int64_t NowNanoseconds();

// Cached output read by a file's stamp: the cache file mapped read-only (cache files are
// replaced by rename, never written in place).
class MappedOutput {
 public:
  MappedOutput(void* base, size_t mapped_size, size_t header_size, unsigned char flags);
  ~MappedOutput();
  MappedOutput(const MappedOutput&) = delete;
  MappedOutput& operator=(const MappedOutput&) = delete;

  const char* data() const { return static_cast<const char*>(base_) + header_size_; }
  size_t size() const { return mapped_size_ - header_size_; }
  bool has_module_syntax() const { return flags_ & 1; }
  bool columns_shifted() const { return flags_ & 2; }

 private:
  void* base_;
  size_t mapped_size_;
  size_t header_size_;
  unsigned char flags_;
};

class Cache {
 public:
  // The process-wide cache. Its disk directory is DefaultCacheDirectory() unless changed.
  static Cache& Global();

  explicit Cache(std::string disk_directory);

  // The result for `source` with `options`: from memory, from disk, or stripped now (and
  // stored). Thread-safe.
  Result Strip(std::string_view source, const Options& options, CacheHit* hit = nullptr);

  // The disk entry for a file with `stamp`, when the stamp is settled and an earlier
  // StripFile() recorded it; null otherwise. Reads nothing of the file itself.
  std::unique_ptr<MappedOutput> FindByStamp(const FileStamp& stamp, const Options& options);

  // Strip() of a file's `source`, read after `stamp` was taken; a successful result is also
  // recorded on disk under the stamp when it is settled.
  Result StripFile(const FileStamp& stamp, std::string_view source, const Options& options,
                   CacheHit* hit = nullptr);

  // "" disables the disk cache.
  void SetDiskDirectory(std::string directory);
  const std::string& disk_directory() const { return disk_directory_; }

  // Files smaller than this are not written to disk (reading them back costs more than
  // stripping them again; see docs/performance.md).
  static constexpr size_t kMinDiskSize = 0;

 private:
  std::string Key(std::string_view source, const Options& options) const;
  Result StripWithKey(std::string_view source, const Options& options, CacheHit* hit,
                      std::string* key_out);
  std::string StampKey(const FileStamp& stamp, const Options& options) const;
  std::string EntryPath(const std::string& directory, const std::string& key) const;
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
