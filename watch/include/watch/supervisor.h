// The watch-mode supervisor: runs a program as a child process, learns which files it loads,
// and restarts it when one of them (or another watched path) changes. Runs on the given libuv
// loop until SIGINT/SIGTERM/SIGHUP, then stops the child and returns.
//
// The child is started as `command...` with a socket pair on file descriptor 3 (the protocol is
// in watch/README.md): it reports each loaded file as a NUL-terminated absolute path, and
// waits for one byte from the supervisor before it runs. So the next child can be started
// ahead of time, ready to run the moment a change is seen.
#pragma once

#include <uv.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kiln::watch {

struct SupervisorOptions {
  // The child's argv; command[0] is the executable. It must speak the fd 3 protocol.
  std::vector<std::string> command;
  // Watched from the start, whether they exist or not (the entry point, env files).
  std::vector<std::string> files;
  // --watch-path: directories watched recursively; files the child reports are then ignored.
  std::vector<std::string> directories;
  // The name shown in messages ("app.js").
  std::string label;
  bool preserve_output = false;
  // Changes closer together than this make one restart.
  uint64_t debounce_ms = 10;
  // How long a child may take to exit after SIGTERM before it gets SIGKILL.
  uint64_t kill_grace_ms = 1000;
  // Start the next child before it is needed (see above). Off: spawn on each restart.
  bool prespawn = true;
};

// Returns the exit code for the supervisor: the last child's exit code, or 0.
int RunSupervisor(uv_loop_t* loop, const SupervisorOptions& options);

}  // namespace kiln::watch
