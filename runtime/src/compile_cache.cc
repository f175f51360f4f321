#include "compile_cache.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace kiln {
namespace {

bool IsSet(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' && std::strcmp(value, "0") != 0;
}

// mkdir -p
bool MakeDirectories(const std::string& path) {
  if (path.empty()) return false;
  for (size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    std::string prefix = slash == std::string::npos ? path : path.substr(0, slash);
    if (mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) return false;
    if (slash == std::string::npos) return true;
  }
}

// The whole file in a new[] buffer (handed to V8's CachedData), or null.
uint8_t* ReadWholeFile(const std::string& path, size_t* size) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat info;
  if (fstat(fd, &info) != 0 || info.st_size <= 0) {
    close(fd);
    return nullptr;
  }
  *size = static_cast<size_t>(info.st_size);
  auto* data = new uint8_t[*size];
  size_t done = 0;
  while (done < *size) {
    ssize_t n = read(fd, data + done, *size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  close(fd);
  if (done != *size) {
    delete[] data;
    return nullptr;
  }
  return data;
}

bool WriteFileAtomically(const std::string& path, const uint8_t* data, size_t size) {
  std::string temp = path + ".tmp" + std::to_string(getpid());
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < size) {
    ssize_t n = write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  bool ok = close(fd) == 0 && done == size;
  if (!ok || rename(temp.c_str(), path.c_str()) != 0) {
    unlink(temp.c_str());
    return false;
  }
  return true;
}

class Hasher {
 public:
  Hasher() : context_(EVP_MD_CTX_new()) { EVP_DigestInit_ex(context_, EVP_sha256(), nullptr); }
  ~Hasher() { EVP_MD_CTX_free(context_); }
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  void Update(const void* data, size_t size) { EVP_DigestUpdate(context_, data, size); }
  void Update(std::string_view text) {
    Update(text.data(), text.size());
    Update("\0", 1);
  }
  CompileCache::Key Finish() {
    CompileCache::Key key{};
    unsigned int size = 0;
    EVP_DigestFinal_ex(context_, key.data(), &size);
    return key;
  }

 private:
  EVP_MD_CTX* context_;
};

void HashHeader(Hasher* hasher, std::string_view kind, std::string_view filename) {
  uint32_t tag = v8::ScriptCompiler::CachedDataVersionTag();
  hasher->Update(&tag, sizeof(tag));
  hasher->Update(kind);
  hasher->Update(filename);
}

}  // namespace

std::string CompileCache::DefaultDirectory() {
  if (IsSet("NODE_DISABLE_COMPILE_CACHE") || IsSet("KILN_NO_COMPILE_CACHE")) return {};
  if (const char* node = std::getenv("NODE_COMPILE_CACHE"); node != nullptr && *node != '\0') {
    return node;
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return std::string(xdg) + "/kiln/compile-cache";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return std::string(home) + "/.cache/kiln/compile-cache";
  }
  return {};
}

CompileCache::Key CompileCache::MakeKey(std::string_view kind, std::string_view filename,
                                        std::string_view source) {
  Hasher hasher;
  HashHeader(&hasher, kind, filename);
  hasher.Update(source.data(), source.size());
  return hasher.Finish();
}

CompileCache::Key CompileCache::MakeKey(v8::Isolate* isolate, std::string_view kind,
                                        std::string_view filename,
                                        v8::Local<v8::String> source) {
  Hasher hasher;
  HashHeader(&hasher, kind, filename);
  int length = source->Length();
  if (source->IsExternalOneByte()) {
    const v8::String::ExternalOneByteStringResource* resource =
        source->GetExternalOneByteStringResource();
    hasher.Update(resource->data(), resource->length());
  } else if (source->ContainsOnlyOneByte()) {
    std::string bytes(static_cast<size_t>(length), '\0');
    source->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(bytes.data()), 0, length,
                         v8::String::NO_NULL_TERMINATION);
    hasher.Update(bytes.data(), bytes.size());
  } else {
    std::vector<uint16_t> units(static_cast<size_t>(length));
    source->Write(isolate, units.data(), 0, length, v8::String::NO_NULL_TERMINATION);
    hasher.Update(units.data(), units.size() * sizeof(uint16_t));
  }
  return hasher.Finish();
}

namespace {

constexpr char kPackMagic[8] = {'K', 'I', 'L', 'N', 'C', 'C', '0', '2'};
// An entry no run has used in this many rewrites of the pack is dropped: programs whose runs
// load different modules keep both sets, while the code of edited files goes away.
constexpr uint32_t kMaxUnusedAge = 8;

// Pack layout (native byte order; the file never leaves the machine):
//   magic[8], uint32 version tag, uint32 count,
//   count x { key[32], uint32 offset, uint32 length, uint32 age (rewrites since last used) },
//   the code caches, each at an 8-byte aligned offset (so that V8 does not copy them).
struct PackHeader {
  char magic[8];
  uint32_t version_tag;
  uint32_t count;
};
struct PackEntry {
  CompileCache::Key key;
  uint32_t offset;
  uint32_t length;
  uint32_t age;
};

std::string Hex(const unsigned char* bytes, size_t size) {
  static const char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(size * 2);
  for (size_t i = 0; i < size; i++) {
    text.push_back(kHex[bytes[i] >> 4]);
    text.push_back(kHex[bytes[i] & 15]);
  }
  return text;
}

}  // namespace

void CompileCache::set_directory(std::string directory) {
  directory_ = std::move(directory);
  loaded_ = false;
  index_.clear();
}

void CompileCache::set_program(std::string program) {
  program_ = std::move(program);
  loaded_ = false;
  index_.clear();
}

std::string CompileCache::PackPath() const {
  Key key = MakeKey("program", program_, "");
  return directory_ + "/" + Hex(key.data(), 16) + ".pack";
}

void CompileCache::LoadPack() {
  loaded_ = true;
  size_t size = 0;
  uint8_t* data = ReadWholeFile(PackPath(), &size);
  if (data == nullptr) return;
  pack_.reset(data);
  pack_size_ = size;
  if (size < sizeof(PackHeader)) return;
  PackHeader header;
  std::memcpy(&header, data, sizeof(header));
  if (std::memcmp(header.magic, kPackMagic, sizeof(kPackMagic)) != 0 ||
      header.version_tag != v8::ScriptCompiler::CachedDataVersionTag() ||
      header.count > (size - sizeof(PackHeader)) / sizeof(PackEntry)) {
    return;
  }
  for (uint32_t i = 0; i < header.count; i++) {
    PackEntry entry;
    std::memcpy(&entry, data + sizeof(PackHeader) + i * sizeof(PackEntry), sizeof(entry));
    if (entry.offset > size || entry.length > size - entry.offset) return;
    index_.emplace(entry.key, Slot{entry.offset, entry.length, entry.age, false});
  }
}

std::unique_ptr<v8::ScriptCompiler::CachedData> CompileCache::Lookup(const Key& key) {
  if (!enabled()) return nullptr;
  if (!loaded_) LoadPack();
  auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  found->second.used = true;
  return std::make_unique<v8::ScriptCompiler::CachedData>(
      pack_.get() + found->second.offset, static_cast<int>(found->second.length),
      v8::ScriptCompiler::CachedData::BufferNotOwned);
}

void CompileCache::Add(v8::Isolate* isolate, const Key& key, v8::Local<v8::Function> function) {
  if (!enabled()) return;
  Pending entry;
  entry.key = key;
  entry.function.Reset(isolate, function);
  pending_.push_back(std::move(entry));
}

void CompileCache::Add(v8::Isolate* isolate, const Key& key,
                       v8::Local<v8::UnboundModuleScript> script) {
  if (!enabled()) return;
  Pending entry;
  entry.key = key;
  entry.module_script.Reset(isolate, script);
  pending_.push_back(std::move(entry));
}

void CompileCache::Flush(v8::Isolate* isolate) {
  if (pending_.empty() || !enabled() || !MakeDirectories(directory_)) return;
  v8::HandleScope scope(isolate);
  // The entries of the new pack: those of the old pack used recently, then the new ones.
  std::vector<PackEntry> entries;
  std::vector<std::pair<const uint8_t*, std::unique_ptr<v8::ScriptCompiler::CachedData>>> blobs;
  std::unordered_map<Key, bool, KeyHash> replaced;
  for (const Pending& pending : pending_) replaced.emplace(pending.key, true);
  for (const auto& [key, slot] : index_) {
    uint32_t age = slot.used ? 0 : slot.age + 1;
    if (age > kMaxUnusedAge || replaced.count(key) != 0) continue;
    entries.push_back(PackEntry{key, 0, slot.length, age});
    blobs.emplace_back(pack_.get() + slot.offset, nullptr);
  }
  std::unordered_map<Key, bool, KeyHash> added;
  for (Pending& pending : pending_) {
    if (!added.emplace(pending.key, true).second) continue;
    std::unique_ptr<v8::ScriptCompiler::CachedData> data;
    if (!pending.function.IsEmpty()) {
      data.reset(v8::ScriptCompiler::CreateCodeCacheForFunction(pending.function.Get(isolate)));
    } else if (!pending.module_script.IsEmpty()) {
      data.reset(v8::ScriptCompiler::CreateCodeCache(pending.module_script.Get(isolate)));
    }
    if (data == nullptr || data->length <= 0) continue;
    entries.push_back(PackEntry{pending.key, 0, static_cast<uint32_t>(data->length), 0});
    const uint8_t* bytes = data->data;
    blobs.emplace_back(bytes, std::move(data));
  }
  pending_.clear();
  PackHeader header;
  std::memcpy(header.magic, kPackMagic, sizeof(kPackMagic));
  header.version_tag = v8::ScriptCompiler::CachedDataVersionTag();
  header.count = static_cast<uint32_t>(entries.size());
  size_t offset = sizeof(PackHeader) + entries.size() * sizeof(PackEntry);
  for (PackEntry& entry : entries) {
    offset = (offset + 7) & ~static_cast<size_t>(7);
    entry.offset = static_cast<uint32_t>(offset);
    offset += entry.length;
  }
  std::string file(offset, '\0');
  std::memcpy(file.data(), &header, sizeof(header));
  for (size_t i = 0; i < entries.size(); i++) {
    std::memcpy(file.data() + sizeof(PackHeader) + i * sizeof(PackEntry), &entries[i],
                sizeof(PackEntry));
    std::memcpy(file.data() + entries[i].offset, blobs[i].first, entries[i].length);
  }
  WriteFileAtomically(PackPath(), reinterpret_cast<const uint8_t*>(file.data()), file.size());
}

}  // namespace kiln
