// The public entry point of the runtime: run a program to completion and return its exit code.
#pragma once

#include <string>
#include <vector>

namespace kiln {

enum class RunMode { kFile, kEval, kPrint };

struct RunOptions {
  RunMode mode = RunMode::kFile;
  std::string entry;                    // script path for kFile, source text for kEval/kPrint
  std::vector<std::string> script_args;  // what follows the script in process.argv
  std::vector<std::string> exec_argv;    // Kiln's own flags, as process.execArgv
  std::string argv0;                     // argv[0] as the user typed it
};

// Runs the program on the libuv default loop; returns the process exit code.
int Run(const RunOptions& options);

// "0.1.0"
const char* Version();

}  // namespace kiln
