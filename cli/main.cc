// kiln: the command-line entry point.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "args.h"
#include "kiln/runtime.h"
#include "node_options.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  kiln::cli::Command command = kiln::cli::ParseArgs(args);
  const char* node_options = std::getenv("NODE_OPTIONS");
  if (node_options != nullptr && *node_options != '\0' &&
      ((command.kind == kiln::cli::CommandKind::kRun && !command.watch.enabled) ||
       command.kind == kiln::cli::CommandKind::kStdin)) {
    std::string error = kiln::cli::MergeNodeOptionsEnv(node_options, &command.run);
    if (!error.empty()) {
      std::fprintf(stderr, "kiln: %s\n", error.c_str());
      return 9;
    }
  }
  switch (command.kind) {
    case kiln::cli::CommandKind::kHelp:
      std::fputs(kiln::cli::kUsage, stdout);
      return 0;
    case kiln::cli::CommandKind::kVersion:
      std::printf("kiln %s\n", kiln::Version());
      return 0;
    case kiln::cli::CommandKind::kError:
      std::fprintf(stderr, "kiln: %s\nRun `kiln --help` for usage.\n", command.error.c_str());
      return 9;
    case kiln::cli::CommandKind::kStdin:
      if (isatty(STDIN_FILENO) || command.run.interactive) {
        command.run.mode = kiln::RunMode::kRepl;
        break;
      }
      command.run.mode = kiln::RunMode::kEval;
      command.run.entry.assign(std::istreambuf_iterator<char>(std::cin),
                               std::istreambuf_iterator<char>());
      command.run.argv0 = args[0];
      break;
    case kiln::cli::CommandKind::kRun:
      if (command.watch.enabled) return kiln::cli::RunWatch(command);
      break;
    case kiln::cli::CommandKind::kStrip:
      return kiln::cli::RunStrip(command.subcommand_args);
  }
  return kiln::Run(command.run);
}
