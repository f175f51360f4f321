// Loading .env files into the process environment before V8 starts, so that process.env sees
// them from the first line of the program. When no env file exists this costs one failed
// open() per default file and nothing else.
#include "env_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "dotenv.h"
#include "kiln/runtime.h"

namespace kiln {

int ReadEnvFile(const std::string& path, std::string* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -errno;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    return -EISDIR;
  }
  out->clear();
  char buffer[16384];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = -errno;
      close(fd);
      return error;
    }
    if (n == 0) break;
    out->append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return 0;
}

std::optional<std::string> RealEnvironment(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

std::vector<EnvFile> EnvFilesToLoad(const RunOptions& options) {
  if (!options.env_files.empty()) return options.env_files;
  if (options.no_env_file) return {};
  const char* node_env = std::getenv("NODE_ENV");
  std::string mode = node_env != nullptr && *node_env != '\0' ? node_env : "development";
  std::vector<EnvFile> files = {{".env", false, true}, {".env." + mode, false, true}};
  if (mode != "test") files.push_back({".env.local", false, true});
  return files;
}

int LoadEnvFiles(const std::vector<EnvFile>& files) {
  std::map<std::string, std::string, std::less<>> merged;
  std::string text;
  for (const EnvFile& file : files) {
    int error = ReadEnvFile(file.path, &text);
    if (error == -ENOENT && !file.required) {
      // Node says this for --env-file-if-exists; the default files are silently optional.
      if (!file.is_default) {
        std::fprintf(stderr, "%s not found. Continuing without it.\n", file.path.c_str());
      }
      continue;
    }
    if (error != 0) {
      const char* what = error == -ENOENT   ? "not found"
                         : error == -EISDIR ? "invalid format (a directory)"
                                            : std::strerror(-error);
      std::fprintf(stderr, "kiln: %s: %s\n", file.path.c_str(), what);
      if (file.required) return 9;
      continue;
    }
    dotenv::ParseOptions options;
    options.expand = true;
    options.environment = RealEnvironment;
    options.defined = &merged;
    dotenv::ParseResult result = dotenv::Parse(text, options);
    for (const dotenv::Warning& warning : result.warnings) {
      std::fprintf(stderr, "kiln: warning: %s:%zu: %s\n", file.path.c_str(), warning.line,
                   warning.message.c_str());
    }
    for (dotenv::Entry& entry : result.entries) {
      merged.insert_or_assign(std::move(entry.key), std::move(entry.value));
    }
  }
  // overwrite = 0: what the real environment already has always wins.
  for (const auto& [key, value] : merged) setenv(key.c_str(), value.c_str(), 0);
  return 0;
}

}  // namespace kiln
