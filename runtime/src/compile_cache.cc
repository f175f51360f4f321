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
  if (source->ContainsOnlyOneByte()) {
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

std::string CompileCache::PathOf(const Key& key) const {
  static const char kHex[] = "0123456789abcdef";
  std::string name;
  name.reserve(key.size() * 2);
  for (unsigned char byte : key) {
    name.push_back(kHex[byte >> 4]);
    name.push_back(kHex[byte & 15]);
  }
  return directory_ + "/" + name;
}

std::unique_ptr<v8::ScriptCompiler::CachedData> CompileCache::Lookup(const Key& key) const {
  if (!enabled()) return nullptr;
  size_t size = 0;
  uint8_t* data = ReadWholeFile(PathOf(key), &size);
  if (data == nullptr) return nullptr;
  return std::make_unique<v8::ScriptCompiler::CachedData>(
      data, static_cast<int>(size), v8::ScriptCompiler::CachedData::BufferOwned);
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
  if (pending_.empty() || !enabled()) return;
  if (!directory_ready_) {
    directory_ready_ = MakeDirectories(directory_);
    if (!directory_ready_) {
      pending_.clear();
      return;
    }
  }
  v8::HandleScope scope(isolate);
  for (Pending& entry : pending_) {
    std::unique_ptr<v8::ScriptCompiler::CachedData> data;
    if (!entry.function.IsEmpty()) {
      data.reset(v8::ScriptCompiler::CreateCodeCacheForFunction(entry.function.Get(isolate)));
    } else if (!entry.module_script.IsEmpty()) {
      data.reset(v8::ScriptCompiler::CreateCodeCache(entry.module_script.Get(isolate)));
    }
    if (data != nullptr && data->length > 0) {
      WriteFileAtomically(PathOf(entry.key), data->data, static_cast<size_t>(data->length));
    }
  }
  pending_.clear();
}

}  // namespace kiln
