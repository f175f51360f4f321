// Command-line parsing for `kiln`: what to run and with which flags.
#pragma once

#include <string>
#include <vector>

#include "kiln/runtime.h"

namespace kiln::cli {

enum class CommandKind { kRun, kHelp, kVersion, kStdin, kError };

// `kiln --watch`: run the program under a supervisor that restarts it on changes.
struct WatchOptions {
  bool enabled = false;                  // --watch, or implied by --watch-path
  std::vector<std::string> paths;        // --watch-path: watch these directories instead
  bool preserve_output = false;          // --watch-preserve-output: never clear the screen
  std::vector<std::string> child_args;   // the arguments without the watch flags
};

struct Command {
  CommandKind kind = CommandKind::kRun;
  RunOptions run;
  WatchOptions watch;
  std::string error;  // for kError: the message, printed after "kiln: "
};

// The hidden flag with which the watch supervisor starts its child: report loaded files on
// file descriptor 3 (see watch/README.md).
extern const char kWatchChildFlag[];

Command ParseArgs(const std::vector<std::string>& argv);

extern const char kUsage[];

}  // namespace kiln::cli
