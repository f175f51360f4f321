// Watching files and directory trees for content changes on the libuv loop (uv_fs_event).
// Files are watched through their parent directory, so that what editors do — write a temp
// file and rename it over, delete and re-create, create a file later — is seen, and a change
// is reported only when the content differs from the last one seen (a `touch` is not one).
#pragma once

#include <uv.h>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kiln::watch {

class FileWatcher {
 public:
  // Called on an event that may be a change: the file's content differs from its baseline
  // right now (`empty`: it is empty now, as in the middle of a rewrite). Settle() decides.
  using ChangeCallback = std::function<void(const std::string& path, bool empty)>;

  FileWatcher(uv_loop_t* loop, ChangeCallback on_change);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Watches one file (absolute path); it need not exist yet. Its current content is the
  // baseline. Watching a file twice does nothing.
  void WatchFile(const std::string& path);
  // Watches every file under a directory (absolute path), recursively, including files and
  // directories created later.
  void WatchTree(const std::string& path);
  // The files whose content now differs from their baseline, which becomes the current
  // content: call when events have settled. Intermediate states (a file truncated, then
  // written again with the same bytes) are no change.
  std::vector<std::string> Settle();
  // Whether a path is watched (as a file or under a tree).
  bool IsWatched(const std::string& path) const;
  // Stops every watcher; the callback is not called again. The handles close on the loop.
  void Close();

 private:
  struct Directory;
  struct Fingerprint {
    bool exists = false;
    uint64_t size = 0;
    uint64_t hash = 0;
    bool operator==(const Fingerprint&) const = default;
  };

  static Fingerprint Take(const std::string& path);
  Directory* WatchDirectory(const std::string& path, bool tree);
  void OnEvent(Directory* directory, const char* filename);
  void Check(const std::string& path);
  void ArmPending();

  uv_loop_t* loop_;
  ChangeCallback on_change_;
  std::map<std::string, Directory*> directories_;  // by absolute path; freed when closed
  std::map<std::string, Fingerprint> files_;       // every file with a baseline, by absolute path
  std::set<std::string> single_files_;             // files watched one by one
  std::set<std::string> pending_;                  // files whose directory does not exist yet
  std::set<std::string> dirty_;                    // events seen since the last Settle()
  std::vector<std::string> trees_;                 // roots of watched trees
  bool closed_ = false;
};

// Resolves a path against the working directory and removes "." and ".." segments.
std::string AbsolutePath(const std::string& path);

}  // namespace kiln::watch
