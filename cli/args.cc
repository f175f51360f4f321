#include "args.h"

#include "node_options.h"

namespace kiln::cli {

const char kUsage[] =
    "Usage: kiln [options] <file> [arguments]\n"
    "       kiln run <file> [arguments]\n"
    "       kiln -e <script> | -p <script>\n"
    "       kiln strip [--transform-types] <file.ts>   print a TypeScript file as JavaScript\n"
    "\n"
    "Runs JavaScript (CommonJS and ES modules) on V8 with Node.js-compatible APIs.\n"
    "\n"
    "Options:\n"
    "  -e, --eval <script>   evaluate the script\n"
    "  -p, --print <script>  evaluate the script and print the result\n"
    "  -i, --interactive     start the REPL even when standard input is not a terminal\n"
    "  -v, --version         print Kiln's version\n"
    "  --transform-types     compile TypeScript enums, namespaces, parameter properties and\n"
    "                        import/export = (lines keep their numbers, not their columns)\n"
    "  --env-file=<path>     load environment variables from a .env file (repeatable, later\n"
    "                        files win; a missing file is an error); replaces the defaults\n"
    "  --env-file-if-exists=<path>  the same, skipped when the file does not exist\n"
    "  --no-env-file         load no default .env file\n"
    "  --watch               restart the program when a file it loaded changes\n"
    "  --watch-path=<dir>    watch this directory (repeatable) instead of the loaded files\n"
    "  --watch-preserve-output  do not clear the screen when the program restarts\n"
    "  -c, --check           check the script's syntax without running it\n"
    "  -r, --require <mod>   load a CommonJS module first (repeatable)\n"
    "  --import <mod>        load an ES module first (repeatable)\n"
    "  -C, --conditions <c>  an extra package \"exports\" condition (repeatable)\n"
    "  --input-type=<type>   -e code or standard input is \"module\" or \"commonjs\"\n"
    "  --unhandled-rejections=<mode>  throw (default), strict, warn, warn-with-error-code, none\n"
    "  --no-warnings, --no-deprecation, --throw-deprecation, --trace-deprecation,\n"
    "  --trace-warnings, --disable-warning=<code or type>\n"
    "  --max-old-space-size=<MB>, --max-semi-space-size=<MB>, --stack-trace-limit=<n>,\n"
    "  --title=<title>       as in Node; other --flags go to V8 (--v8-options lists them)\n"
    "  -h, --help            print this help\n"
    "  --                    end of options; the next argument is the script\n"
    "\n"
    "With no script and input on a pipe, the program is read from standard input.\n"
    "NODE_OPTIONS is read as Node reads it (docs/cli.md).\n"
    "\n"
    "Environment files: unless --env-file or --no-env-file is given, Kiln loads from the\n"
    "working directory .env, then .env.$NODE_ENV (.env.development when NODE_ENV is unset),\n"
    "then .env.local (not when NODE_ENV=test); later files win, and variables already set in\n"
    "the environment always win. Values may use ${VAR} and $VAR (docs/cli.md).\n"
    "\n"
    "With no script on a terminal (or with -i), Kiln starts the REPL.\n"
    "Not yet available: the test runner and the package manager (see docs/compat.md).\n";

const char kWatchChildFlag[] = "--internal-watch-child";

namespace {

// "--flag=value" or "--flag value": *matched says whether arg is the flag; true when it has a
// value (the next argument for the second form, consumed by advancing *i).
bool TakeValue(const std::vector<std::string>& argv, size_t* i, const std::string& flag,
               std::string* value, bool* matched) {
  const std::string& arg = argv[*i];
  *matched = false;
  if (arg == flag) {
    *matched = true;
    if (*i + 1 >= argv.size()) return false;
    *value = argv[++*i];
    return true;
  }
  if (arg.size() > flag.size() && arg.compare(0, flag.size(), flag) == 0 &&
      arg[flag.size()] == '=') {
    *matched = true;
    *value = arg.substr(flag.size() + 1);
    return true;
  }
  return false;
}

}  // namespace

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
  if (i < argv.size() && argv[i] == "strip") {
    command.kind = CommandKind::kStrip;
    command.subcommand_args.assign(argv.begin() + static_cast<std::ptrdiff_t>(i) + 1, argv.end());
    return command;
  }
  for (; i < argv.size(); i++) {
    const std::string& arg = argv[i];
    if (arg == "--") {
      i++;
      break;
    }
    if (arg.empty() || arg[0] != '-' || arg == "-") break;
    const size_t flag_start = i;
    std::string value;
    bool matched = false;
    if (arg == kWatchChildFlag) {
      run.watch_report_fd = 3;
      continue;
    }
    if (arg == "--watch") {
      command.watch.enabled = true;
      continue;
    }
    if (arg == "--watch-preserve-output") {
      command.watch.preserve_output = true;
      continue;
    }
    if (TakeValue(argv, &i, "--watch-path", &value, &matched) || matched) {
      if (!matched || value.empty()) return fail("--watch-path requires a directory");
      command.watch.enabled = true;
      command.watch.paths.push_back(value);
      continue;
    }
    for (bool if_exists : {false, true}) {
      const char* flag = if_exists ? "--env-file-if-exists" : "--env-file";
      if (!TakeValue(argv, &i, flag, &value, &matched) && !matched) continue;
      if (value.empty()) return fail(std::string(flag) + " requires a path");
      run.env_files.push_back({value, !if_exists});
      break;
    }
    if (matched) {
      for (size_t k = flag_start; k <= i; k++) run.exec_argv.push_back(argv[k]);
      continue;
    }
    if (arg == "--transform-types" || arg == "--experimental-transform-types") {
      run.exec_argv.push_back(arg);
      continue;
    }
    if (arg == "--no-env-file") {
      run.no_env_file = true;
      run.exec_argv.push_back(arg);
      continue;
    }
    if (arg == "-i" || arg == "--interactive") {
      run.interactive = true;
      run.exec_argv.push_back(arg);
      continue;
    }
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
    std::string error;
    switch (TakeNodeOption(argv, &i, /*from_env=*/false, &run, &error)) {
      case NodeOptionResult::kTaken:
        continue;
      case NodeOptionResult::kError:
        return fail(error);
      case NodeOptionResult::kNotNodeOption:
        break;
    }
    if (arg == "--v8-options") {
      run.v8_flags.push_back("--help");
      continue;
    }
    // Anything else that looks like a flag is V8's to accept or refuse (Run() reports it).
    if (arg.size() > 2 && arg[0] == '-' && arg[1] == '-') {
      run.v8_flags.push_back(arg);
      run.exec_argv.push_back(arg);
      continue;
    }
    return fail("bad option: " + arg);
  }

  if (run.check_only && have_code) return fail("either --check or --eval can be used, not both");
  if (command.watch.enabled && (have_code || i >= argv.size())) {
    return fail("--watch requires a file to run (kiln --watch <file>)");
  }
  if (!have_code) {
    if (i >= argv.size()) {
      command.kind = CommandKind::kStdin;
      return command;
    }
    run.mode = RunMode::kFile;
    run.entry = argv[i++];
  }
  // The watched child gets the same command line without the watch flags (and without `run`).
  for (size_t k = argv.size() > 1 && argv[1] == "run" ? 2 : 1; k < argv.size(); k++) {
    const std::string& arg = argv[k];
    if (k < i - 1) {
      if (arg == "--watch" || arg == "--watch-preserve-output" ||
          arg.rfind("--watch-path=", 0) == 0) {
        continue;
      }
      if (arg == "--watch-path") {
        k++;
        continue;
      }
    }
    command.watch.child_args.push_back(arg);
  }
  for (; i < argv.size(); i++) run.script_args.push_back(argv[i]);
  return command;
}

}  // namespace kiln::cli
