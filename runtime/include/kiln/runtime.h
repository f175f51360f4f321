// The public entry point of the runtime: run a program to completion and return its exit code.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace kiln {

enum class RunMode { kFile, kEval, kPrint, kRepl };

// An env file named on the command line: --env-file (required) or --env-file-if-exists.
struct EnvFile {
  std::string path;
  bool required = true;
  bool is_default = false;  // one of the default files: silently skipped when missing
};

struct RunOptions {
  RunMode mode = RunMode::kFile;
  std::string entry;                    // script path for kFile, source text for kEval/kPrint
  std::vector<std::string> script_args;  // what follows the script in process.argv
  std::vector<std::string> exec_argv;    // Kiln's own flags, as process.execArgv
  std::string argv0;                     // argv[0] as the user typed it
  std::vector<EnvFile> env_files;        // replace the default .env files when not empty
  bool no_env_file = false;              // --no-env-file: load no default .env file
  int watch_report_fd = -1;              // watch mode's child: where loaded files are reported
  // Node's options (cli/node_options.cc) for the JS library's getOptionValue, in the order
  // given: the canonical flag and its value ("true"/"false" for a boolean flag).
  std::vector<std::pair<std::string, std::string>> node_options;
  std::vector<std::string> v8_flags;  // passed to V8 as they are
  size_t max_old_space_mb = 0;        // --max-old-space-size (0: V8's default)
  size_t max_semi_space_mb = 0;       // --max-semi-space-size
  bool check_only = false;            // -c / --check: compile the script, do not run it
  bool interactive = false;           // -i / --interactive: the REPL even when stdin is no terminal
};

// Runs the program on the libuv default loop; returns the process exit code.
int Run(const RunOptions& options);

// The env files a run loads, in order (later files win): the --env-file flags if any, else
// .env, .env.<NODE_ENV or development>, .env.local (not when NODE_ENV=test), all optional.
std::vector<EnvFile> EnvFilesToLoad(const RunOptions& options);

// Loads them into the real environment (variables already set win); prints warnings and
// errors to stderr. Returns 0, or the exit code 9 when a required file cannot be read.
int LoadEnvFiles(const std::vector<EnvFile>& files);

// "0.1.0"
const char* Version();

}  // namespace kiln
