// `kiln --watch <file>`: the program runs as a child of the watch supervisor (watch/), which
// restarts it when a file it loaded, an env file or a --watch-path directory changes.
#include <sys/stat.h>
#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "args.h"
#include "kiln/runtime.h"
#include "watch/supervisor.h"

namespace kiln::cli {

int RunWatch(const Command& command) {
  watch::SupervisorOptions options;
  char exec_path[4096];
  size_t size = sizeof(exec_path);
  if (uv_exepath(exec_path, &size) != 0) {
    std::fprintf(stderr, "kiln: cannot find the kiln executable for watch mode\n");
    return 1;
  }
  options.command = {std::string(exec_path, size), kWatchChildFlag};
  options.command.insert(options.command.end(), command.watch.child_args.begin(),
                         command.watch.child_args.end());
  for (const std::string& directory : command.watch.paths) {
    struct stat st;
    if (stat(directory.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      std::fprintf(stderr, "kiln: --watch-path %s: no such directory\n", directory.c_str());
      return 9;
    }
    options.directories.push_back(directory);
  }
  options.files.push_back(command.run.entry);
  for (const EnvFile& file : EnvFilesToLoad(command.run)) options.files.push_back(file.path);
  options.label = command.run.entry;
  options.preserve_output = command.watch.preserve_output;
  // Tuning knobs, documented in docs/cli.md.
  if (const char* value = std::getenv("KILN_WATCH_DEBOUNCE_MS"); value != nullptr && *value) {
    options.debounce_ms = std::strtoull(value, nullptr, 10);
  }
  if (const char* value = std::getenv("KILN_WATCH_PRESPAWN"); value != nullptr && *value == '0') {
    options.prespawn = false;
  }
  return watch::RunSupervisor(uv_default_loop(), options);
}

}  // namespace kiln::cli
