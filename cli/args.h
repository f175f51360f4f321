// Command-line parsing for `kiln`: what to run and with which flags.
#pragma once

#include <string>
#include <vector>

#include "kiln/runtime.h"

namespace kiln::cli {

enum class CommandKind { kRun, kHelp, kVersion, kStdin, kError, kStrip };

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
  std::vector<std::string> subcommand_args;  // for kStrip: the arguments after `strip`
};

// The hidden flag with which the watch supervisor starts its child: report loaded files on
// file descriptor 3 (see watch/README.md).
extern const char kWatchChildFlag[];

Command ParseArgs(const std::vector<std::string>& argv);

// `kiln --watch`: runs command.run under the watch supervisor (watch.cc).
int RunWatch(const Command& command);

// `kiln strip <file>`: prints the JavaScript ts-strip makes of a TypeScript file (strip.cc).
int RunStrip(const std::vector<std::string>& args);

extern const char kUsage[];

}  // namespace kiln::cli
