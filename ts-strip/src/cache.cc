// The stripped-output cache: a map in memory, files on disk written atomically.
#include "ts_strip/cache.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "build_id.h"

namespace kiln::ts_strip {
namespace {

constexpr size_t kMemoryLimit = size_t{256} << 20;
constexpr char kMagic[8] = {'K', 'T', 'S', 'C', 'A', 'C', 'H', '1'};

bool ReadAll(int fd, std::string* out) {
  struct stat info;
  if (fstat(fd, &info) != 0) return false;
  out->resize(static_cast<size_t>(info.st_size));
  size_t done = 0;
  while (done < out->size()) {
    ssize_t n = read(fd, out->data() + done, out->size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void MakeDirectories(const std::string& path) {
  for (size_t i = 1; i <= path.size(); i++) {
    if (i == path.size() || path[i] == '/') {
      std::string prefix = path.substr(0, i);
      mkdir(prefix.c_str(), 0755);
    }
  }
}

std::string OptionsHeader(const Options& options) {
  std::string header = BuildId();
  header += '\0';
  header += static_cast<char>('0' + static_cast<int>(options.dialect));
  header += static_cast<char>('0' + static_cast<int>(options.module));
  header += options.transform_types ? 't' : '-';
  header += options.elide_unused_imports ? 'e' : '-';
  header += static_cast<char>('0' + static_cast<int>(options.jsx.runtime));
  for (const std::string* part : {&options.jsx.import_source, &options.jsx.factory,
                                  &options.jsx.fragment_factory}) {
    header += '\0';
    header += *part;
  }
  header += '\0';
  return header;
}

std::string Sha256Hex(std::string_view first, std::string_view second) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
  EVP_DigestUpdate(context, first.data(), first.size());
  EVP_DigestUpdate(context, second.data(), second.size());
  EVP_DigestFinal_ex(context, digest, &length);
  EVP_MD_CTX_free(context);
  static const char kHex[] = "0123456789abcdef";
  std::string key;
  key.reserve(length * 2);
  for (unsigned int i = 0; i < length; i++) {
    key += kHex[digest[i] >> 4];
    key += kHex[digest[i] & 15];
  }
  return key;
}

}  // namespace

FileStamp StampOf(const struct stat& info) {
  FileStamp stamp;
  stamp.device = static_cast<uint64_t>(info.st_dev);
  stamp.inode = static_cast<uint64_t>(info.st_ino);
  stamp.size = static_cast<uint64_t>(info.st_size);
  stamp.mtime_ns = int64_t{info.st_mtim.tv_sec} * 1'000'000'000 + info.st_mtim.tv_nsec;
  stamp.ctime_ns = int64_t{info.st_ctim.tv_sec} * 1'000'000'000 + info.st_ctim.tv_nsec;
  return stamp;
}

int64_t NowNanoseconds() {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return int64_t{now.tv_sec} * 1'000'000'000 + now.tv_nsec;
}

bool IsSettled(const FileStamp& stamp, int64_t now_ns) {
  // A timestamp in the future (clock skew, a network file system) settles nothing.
  int64_t latest = stamp.mtime_ns > stamp.ctime_ns ? stamp.mtime_ns : stamp.ctime_ns;
  return latest <= now_ns - kSettleNanoseconds;
}

MappedOutput::MappedOutput(void* base, size_t mapped_size, size_t header_size,
                           unsigned char flags)
    : base_(base), mapped_size_(mapped_size), header_size_(header_size), flags_(flags) {}

MappedOutput::~MappedOutput() { munmap(base_, mapped_size_); }

const char* BuildId() { return KILN_TS_STRIP_BUILD_ID; }

std::string DefaultCacheDirectory() {
  const char* disabled = std::getenv("KILN_TS_CACHE");
  if (disabled != nullptr && std::strcmp(disabled, "0") == 0) return {};
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/kiln/ts-strip";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/') return std::string(home) + "/.cache/kiln/ts-strip";
  return {};
}

Cache& Cache::Global() {
  static Cache* cache = new Cache(DefaultCacheDirectory());
  return *cache;
}

Cache::Cache(std::string disk_directory) : disk_directory_(std::move(disk_directory)) {}

void Cache::SetDiskDirectory(std::string directory) {
  std::lock_guard<std::mutex> lock(mutex_);
  disk_directory_ = std::move(directory);
}

std::string Cache::Key(std::string_view source, const Options& options) const {
  return Sha256Hex(OptionsHeader(options), source);
}

// A different domain from content keys ("stamp" cannot start a build id's hex digits).
std::string Cache::StampKey(const FileStamp& stamp, const Options& options) const {
  std::string header = "stamp";
  header += OptionsHeader(options);
  char fields[5 * sizeof(uint64_t)];
  std::memcpy(fields, &stamp.device, 8);
  std::memcpy(fields + 8, &stamp.inode, 8);
  std::memcpy(fields + 16, &stamp.size, 8);
  std::memcpy(fields + 24, &stamp.mtime_ns, 8);
  std::memcpy(fields + 32, &stamp.ctime_ns, 8);
  return Sha256Hex(header, std::string_view(fields, sizeof(fields)));
}

std::string Cache::EntryPath(const std::string& directory, const std::string& key) const {
  return directory + "/" + key.substr(0, 2) + "/" + key.substr(2);
}

bool Cache::ReadDisk(const std::string& directory, const std::string& key,
                     Result* result) const {
  std::string path = EntryPath(directory, key);
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  std::string data;
  bool ok = ReadAll(fd, &data);
  close(fd);
  if (!ok || data.size() < sizeof(kMagic) + 1 ||
      std::memcmp(data.data(), kMagic, sizeof(kMagic)) != 0) {
    return false;
  }
  unsigned char flags = static_cast<unsigned char>(data[sizeof(kMagic)]);
  result->ok = true;
  result->has_module_syntax = flags & 1;
  result->columns_shifted = flags & 2;
  result->code.assign(data, sizeof(kMagic) + 1);
  return true;
}

void Cache::WriteDisk(const std::string& root, const std::string& key,
                      const Result& result) const {
  std::string directory = root + "/" + key.substr(0, 2);
  std::string path = directory + "/" + key.substr(2);
  std::string temporary = path + ".tmp" + std::to_string(getpid());
  int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    MakeDirectories(directory);
    fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  if (fd < 0) return;  // A read-only or full cache directory only costs speed.
  char flags = static_cast<char>((result.has_module_syntax ? 1 : 0) |
                                 (result.columns_shifted ? 2 : 0));
  bool ok = WriteAll(fd, std::string_view(kMagic, sizeof(kMagic))) &&
            WriteAll(fd, std::string_view(&flags, 1)) && WriteAll(fd, result.code);
  ok = close(fd) == 0 && ok;
  if (!ok || rename(temporary.c_str(), path.c_str()) != 0) unlink(temporary.c_str());
}

std::unique_ptr<MappedOutput> Cache::FindByStamp(const FileStamp& stamp,
                                                 const Options& options) {
  std::string directory;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    directory = disk_directory_;
  }
  if (directory.empty() || !IsSettled(stamp, NowNanoseconds())) return nullptr;
  std::string path = EntryPath(directory, StampKey(stamp, options));
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat info;
  void* base = MAP_FAILED;
  size_t size = 0;
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
      static_cast<size_t>(info.st_size) > sizeof(kMagic)) {
    size = static_cast<size_t>(info.st_size);
    base = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  }
  close(fd);
  if (base == MAP_FAILED) return nullptr;
  if (std::memcmp(base, kMagic, sizeof(kMagic)) != 0) {
    munmap(base, size);
    return nullptr;
  }
  unsigned char flags = static_cast<const unsigned char*>(base)[sizeof(kMagic)];
  return std::make_unique<MappedOutput>(base, size, sizeof(kMagic) + 1, flags);
}

Result Cache::StripFile(const FileStamp& stamp, std::string_view source, const Options& options,
                        CacheHit* hit) {
  std::string key;
  Result result = StripWithKey(source, options, hit, &key);
  if (!result.ok || source.size() != stamp.size || !IsSettled(stamp, NowNanoseconds())) {
    return result;
  }
  std::string directory;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    directory = disk_directory_;
  }
  if (directory.empty()) return result;
  std::string content = EntryPath(directory, key);
  std::string stamp_key = StampKey(stamp, options);
  std::string link_path = EntryPath(directory, stamp_key);
  if (link(content.c_str(), link_path.c_str()) != 0 && errno == ENOENT) {
    MakeDirectories(directory + "/" + stamp_key.substr(0, 2));
    (void)link(content.c_str(), link_path.c_str());
  }
  return result;
}

Result Cache::Strip(std::string_view source, const Options& options, CacheHit* hit) {
  return StripWithKey(source, options, hit, nullptr);
}

Result Cache::StripWithKey(std::string_view source, const Options& options, CacheHit* hit,
                           std::string* key_out) {
  std::string key = Key(source, options);
  if (key_out != nullptr) *key_out = key;
  std::string directory;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = memory_.find(key);
    if (found != memory_.end()) {
      if (hit != nullptr) *hit = CacheHit::kMemory;
      return *found->second;
    }
    directory = disk_directory_;
  }
  Result result;
  bool from_disk = !directory.empty() && ReadDisk(directory, key, &result);
  if (hit != nullptr) *hit = from_disk ? CacheHit::kDisk : CacheHit::kMiss;
  if (!from_disk) {
    result = ::kiln::ts_strip::Strip(source, options);
    if (result.ok && !directory.empty() && source.size() >= kMinDiskSize) WriteDisk(directory, key, result);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  size_t size = result.code.size() + result.error.message.size() + key.size();
  if (memory_bytes_ + size > kMemoryLimit) {
    memory_.clear();
    memory_bytes_ = 0;
  }
  memory_bytes_ += size;
  memory_.emplace(key, std::make_shared<const Result>(result));
  return result;
}

}  // namespace kiln::ts_strip
