#include "js_library.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

namespace kiln {
namespace {

// Files loaded from KILN_LIB_DIR live for the whole process, like the embedded ones.
const LibraryFile* LoadFromDirectory(const char* dir, std::string_view id) {
  // Worker threads load library files too.
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  static std::map<std::string, std::unique_ptr<std::pair<std::string, LibraryFile>>> loaded;
  std::string key(id);
  auto found = loaded.find(key);
  if (found != loaded.end()) return &found->second->second;
  std::ifstream in(std::string(dir) + "/" + key + ".js", std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  auto entry = std::make_unique<std::pair<std::string, LibraryFile>>();
  entry->first = text.str();
  bool ascii = true;
  for (unsigned char c : entry->first) ascii = ascii && c < 0x80;
  // The id pointer must outlive the map entry's key copy, so keep it in static storage.
  static std::map<std::string, std::string> ids;
  const char* id_ptr = ids.emplace(key, key).first->second.c_str();
  entry->second = LibraryFile{id_ptr, ascii, entry->first.size(), entry->first.c_str()};
  return &loaded.emplace(key, std::move(entry)).first->second->second;
}

}  // namespace

const LibraryFile* FindLibraryFile(std::string_view id) {
  static const char* source_dir = std::getenv("KILN_LIB_DIR");
  if (source_dir != nullptr && *source_dir != '\0') {
    // Files that are not under runtime/lib (the bundled npm packages) come from the binary.
    if (const LibraryFile* file = LoadFromDirectory(source_dir, id)) return file;
  }
  size_t low = 0, high = kLibraryFileCount;
  while (low < high) {  // js2c sorts the table by path, which sorts ids too.
    size_t mid = (low + high) / 2;
    int order = id.compare(kLibraryFiles[mid].id);
    if (order == 0) return &kLibraryFiles[mid];
    if (order < 0) high = mid; else low = mid + 1;
  }
  return nullptr;
}

}  // namespace kiln
