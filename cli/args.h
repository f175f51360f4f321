// Command-line parsing for `kiln`: what to run and with which flags.
#pragma once

#include <string>
#include <vector>

#include "kiln/runtime.h"

namespace kiln::cli {

enum class CommandKind { kRun, kHelp, kVersion, kStdin, kError };

struct Command {
  CommandKind kind = CommandKind::kRun;
  RunOptions run;
  std::string error;  // for kError: the message, printed after "kiln: "
};

Command ParseArgs(const std::vector<std::string>& argv);

extern const char kUsage[];

}  // namespace kiln::cli
