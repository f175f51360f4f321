// FileWatcher: one uv_fs_event_t per watched directory (inotify has no recursive mode), and a
// fingerprint (size and hash of the content) per file, compared on every event.
#include "watch/file_watcher.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string_view>

namespace kiln::watch {

struct FileWatcher::Directory {
  uv_fs_event_t handle;
  FileWatcher* owner;
  std::string path;
  bool tree;
};

namespace {

std::string Dirname(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string Join(const std::string& directory, std::string_view name) {
  if (!directory.empty() && directory.back() == '/') return directory + std::string(name);
  return directory + "/" + std::string(name);
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Files larger than this are fingerprinted by size and modification time, not read.
constexpr uint64_t kMaxHashedSize = 16 * 1024 * 1024;

}  // namespace

std::string AbsolutePath(const std::string& path) {
  std::string full = path;
  if (full.empty() || full[0] != '/') {
    char cwd[4096];
    size_t size = sizeof(cwd);
    if (uv_cwd(cwd, &size) == 0) full = Join(std::string(cwd, size), path);
  }
  std::vector<std::string_view> parts;
  std::string_view rest(full);
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string out;
  for (std::string_view part : parts) {
    out.push_back('/');
    out.append(part);
  }
  return out.empty() ? "/" : out;
}

FileWatcher::FileWatcher(uv_loop_t* loop, ChangeCallback on_change)
    : loop_(loop), on_change_(std::move(on_change)) {}

FileWatcher::~FileWatcher() { Close(); }

FileWatcher::Fingerprint FileWatcher::Take(const std::string& path) {
  Fingerprint fingerprint;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return fingerprint;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return fingerprint;
  }
  fingerprint.exists = true;
  fingerprint.size = static_cast<uint64_t>(st.st_size);
  if (fingerprint.size > kMaxHashedSize) {
    fingerprint.hash = static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000u +
                       static_cast<uint64_t>(st.st_mtim.tv_nsec);
    close(fd);
    return fingerprint;
  }
  std::string content;
  content.reserve(fingerprint.size);
  char buffer[65536];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    content.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  fingerprint.size = content.size();
  fingerprint.hash = std::hash<std::string_view>()(content);
  return fingerprint;
}

FileWatcher::Directory* FileWatcher::WatchDirectory(const std::string& path, bool tree) {
  auto found = directories_.find(path);
  if (found != directories_.end()) {
    found->second->tree = found->second->tree || tree;
    return found->second;
  }
  auto* directory = new Directory{{}, this, path, tree};
  uv_fs_event_init(loop_, &directory->handle);
  directory->handle.data = directory;
  int error = uv_fs_event_start(
      &directory->handle,
      [](uv_fs_event_t* handle, const char* filename, int /*events*/, int status) {
        auto* directory = static_cast<Directory*>(handle->data);
        if (status == 0) directory->owner->OnEvent(directory, filename);
      },
      path.c_str(), 0);
  if (error != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&directory->handle),
             [](uv_handle_t* handle) { delete static_cast<Directory*>(handle->data); });
    return nullptr;
  }
  directories_.emplace(path, directory);
  return directory;
}

void FileWatcher::WatchFile(const std::string& path) {
  if (closed_ || !single_files_.insert(path).second) return;
  if (!files_.contains(path)) files_.emplace(path, Take(path));
  if (WatchDirectory(Dirname(path), false) != nullptr) return;
  // The directory does not exist yet: watch the nearest ancestor that does, to learn when it
  // appears.
  pending_.insert(path);
  ArmPending();
}

void FileWatcher::WatchTree(const std::string& root) {
  if (closed_) return;
  bool known = false;
  for (const std::string& tree : trees_) known = known || tree == root;
  if (!known) trees_.push_back(root);
  std::vector<std::string> stack = {root};
  while (!stack.empty()) {
    std::string directory = stack.back();
    stack.pop_back();
    if (WatchDirectory(directory, true) == nullptr) continue;
    uv_fs_t request;
    if (uv_fs_scandir(nullptr, &request, directory.c_str(), 0, nullptr) < 0) {
      uv_fs_req_cleanup(&request);
      continue;
    }
    uv_dirent_t entry;
    while (uv_fs_scandir_next(&request, &entry) != UV_EOF) {
      std::string path = Join(directory, entry.name);
      // Symbolic links to directories are not followed: no cycles.
      if (entry.type == UV_DIRENT_DIR) {
        stack.push_back(path);
      } else if (!files_.contains(path)) {
        files_.emplace(path, Take(path));
      }
    }
    uv_fs_req_cleanup(&request);
  }
}

bool FileWatcher::IsWatched(const std::string& path) const {
  if (single_files_.contains(path)) return true;
  for (const std::string& tree : trees_) {
    if (path.size() > tree.size() && path.compare(0, tree.size(), tree) == 0 &&
        path[tree.size()] == '/') {
      return true;
    }
  }
  return false;
}

void FileWatcher::ArmPending() {
  for (auto it = pending_.begin(); it != pending_.end();) {
    std::string path = *it;
    std::string directory = Dirname(path);
    if (WatchDirectory(directory, false) != nullptr) {
      it = pending_.erase(it);
      Check(path);
      continue;
    }
    // Watch the nearest existing ancestor; each level that appears re-arms the next.
    for (std::string up = Dirname(directory); WatchDirectory(up, false) == nullptr && up != "/";
         up = Dirname(up)) {
    }
    ++it;
  }
}

void FileWatcher::Check(const std::string& path) {
  if (!IsWatched(path)) return;
  Fingerprint now = Take(path);
  // A file that disappeared is not a change by itself: editors delete and re-create, and a
  // program restarted without its file would only fail. Its last content stays the baseline.
  if (!now.exists) return;
  auto found = files_.find(path);
  if (found != files_.end() && found->second == now) return;
  dirty_.insert(path);
  on_change_(path, now.size == 0);
}

std::vector<std::string> FileWatcher::Settle() {
  std::vector<std::string> changed;
  for (const std::string& path : dirty_) {
    Fingerprint now = Take(path);
    if (!now.exists) continue;  // deleted meanwhile: its re-creation will be an event
    auto found = files_.find(path);
    if (found != files_.end() && found->second == now) continue;
    files_.insert_or_assign(path, now);
    changed.push_back(path);
  }
  dirty_.clear();
  return changed;
}

void FileWatcher::OnEvent(Directory* directory, const char* filename) {
  if (closed_) return;
  const std::string dir_path = directory->path;  // `directory` may be closed below
  const bool tree = directory->tree;
  if (!pending_.empty()) ArmPending();
  if (filename == nullptr || *filename == '\0') {
    // The kernel did not say which entry changed: check every file known in this directory.
    std::vector<std::string> paths;
    for (const auto& [path, fingerprint] : files_) {
      if (Dirname(path) == dir_path) paths.push_back(path);
    }
    for (const std::string& path : paths) Check(path);
    return;
  }
  std::string path = Join(dir_path, filename);
  if (tree && IsDirectory(path)) {
    // A new directory in a tree: watch it, and what was created in it meanwhile is new.
    if (!directories_.contains(path)) {
      std::vector<std::string> created;
      WatchTree(path);
      for (const auto& [file, fingerprint] : files_) {
        if (file.compare(0, path.size() + 1, path + "/") == 0 && fingerprint.exists) {
          created.push_back(file);
        }
      }
      for (const std::string& file : created) {
        files_.erase(file);  // no baseline: Settle() reports it
        dirty_.insert(file);
        on_change_(file, false);
      }
    }
  } else if (tree || single_files_.contains(path)) {
    Check(path);
  }
  // The watched directory itself was removed: its files wait for it to come back.
  if (!IsDirectory(dir_path)) {
    auto found = directories_.find(dir_path);
    if (found != directories_.end()) {
      Directory* gone = found->second;
      directories_.erase(found);
      uv_fs_event_stop(&gone->handle);
      uv_close(reinterpret_cast<uv_handle_t*>(&gone->handle),
               [](uv_handle_t* handle) { delete static_cast<Directory*>(handle->data); });
    }
    for (const std::string& file : single_files_) {
      if (Dirname(file) == dir_path) pending_.insert(file);
    }
    if (!pending_.empty()) ArmPending();
  }
}

void FileWatcher::Close() {
  if (closed_) return;
  closed_ = true;
  for (auto& [path, directory] : directories_) {
    uv_fs_event_stop(&directory->handle);
    uv_close(reinterpret_cast<uv_handle_t*>(&directory->handle),
             [](uv_handle_t* handle) { delete static_cast<Directory*>(handle->data); });
  }
  directories_.clear();
}

}  // namespace kiln::watch
