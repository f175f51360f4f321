#include "args.h"

namespace kiln::cli {

const char kUsage[] =
    "Usage: kiln [options] <file> [arguments]\n"
    "       kiln run <file> [arguments]\n"
    "       kiln -e <script> | -p <script>\n"
    "\n"
    "Runs JavaScript (CommonJS) on V8 with Node.js-compatible APIs.\n"
    "\n"
    "Options:\n"
    "  -e, --eval <script>   evaluate the script\n"
    "  -p, --print <script>  evaluate the script and print the result\n"
    "  -v, --version         print Kiln's version\n"
    "  -h, --help            print this help\n"
    "  --                    end of options; the next argument is the script\n"
    "\n"
    "With no script and input on a pipe, the program is read from standard input.\n"
    "Not yet available: the REPL, ES modules, TypeScript, .env files, watch mode, the test\n"
    "runner and the package manager (see docs/compat.md).\n";

Command ParseArgs(const std::vector<std::string>& argv) {
  Command command;
  RunOptions& run = command.run;
  run.argv0 = argv.empty() ? "kiln" : argv[0];
  auto fail = [&](std::string message) {
    command.kind = CommandKind::kError;
    command.error = std::move(message);
    return command;
  };

  size_t i = 1;
  bool have_code = false;
  if (i < argv.size() && argv[i] == "run") i++;  // `kiln run <file>` is `kiln <file>`.
  for (; i < argv.size(); i++) {
    const std::string& arg = argv[i];
    if (arg == "--") {
      i++;
      break;
    }
    if (arg.empty() || arg[0] != '-' || arg == "-") break;
    if (arg == "-h" || arg == "--help") {
      command.kind = CommandKind::kHelp;
      return command;
    }
    if (arg == "-v" || arg == "--version") {
      command.kind = CommandKind::kVersion;
      return command;
    }
    if (arg == "-e" || arg == "--eval" || arg == "-p" || arg == "--print" ||
        arg.rfind("--eval=", 0) == 0 || arg.rfind("--print=", 0) == 0) {
      bool print = arg == "-p" || arg.rfind("--print", 0) == 0;
      size_t equals = arg.find('=');
      if (equals != std::string::npos) {
        run.entry = arg.substr(equals + 1);
      } else {
        if (i + 1 >= argv.size()) return fail(arg + " requires an argument");
        run.entry = argv[++i];
        run.exec_argv.push_back(arg);
      }
      run.exec_argv.push_back(equals != std::string::npos ? arg : run.entry);
      run.mode = print ? RunMode::kPrint : RunMode::kEval;
      have_code = true;
      continue;
    }
    return fail("bad option: " + arg);
  }

  if (!have_code) {
    if (i >= argv.size()) {
      command.kind = CommandKind::kStdin;
      return command;
    }
    run.mode = RunMode::kFile;
    run.entry = argv[i++];
  }
  for (; i < argv.size(); i++) run.script_args.push_back(argv[i]);
  return command;
}

}  // namespace kiln::cli
