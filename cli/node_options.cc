#include "node_options.h"

#include <array>
#include <cstdio>
#include <cstdlib>

namespace kiln::cli {
namespace {

enum class Kind {
  kBool,       // --flag / --no-flag
  kValue,      // --flag=value or --flag value; the last one wins
  kList,       // the same, repeatable; every value counts
  kHeapOld,    // --max-old-space-size=MB: a heap limit for the isolate, not a V8 flag
  kHeapSemi,   // --max-semi-space-size=MB
  kCheck,      // -c / --check: only compile the script
  kInspector,  // --inspect and its kin: Kiln has no inspector; warned about, then ignored
  kLoader,     // --loader / --experimental-loader: customization hooks Kiln lacks
};

struct Spec {
  std::string_view name;
  std::string_view alias;
  Kind kind;
  bool allowed_in_env;
  // For kValue: the values allowed, '|'-separated ("" for any).
  std::string_view choices = {};
};

// Options whose effect lives in the JS library (internal/options getOptionValue). Node's
// experimental flags for what Kiln always has are taken and have no further effect.
constexpr std::array kSpecs = {
    Spec{"--require", "-r", Kind::kList, true},
    Spec{"--import", "", Kind::kList, true},
    Spec{"--conditions", "-C", Kind::kList, true},
    Spec{"--input-type", "", Kind::kValue, true, "module|commonjs"},
    Spec{"--unhandled-rejections", "", Kind::kValue, true,
         "strict|warn|none|throw|warn-with-error-code"},
    Spec{"--warnings", "", Kind::kBool, true},
    Spec{"--disable-warning", "", Kind::kList, true},
    Spec{"--deprecation", "", Kind::kBool, true},
    Spec{"--throw-deprecation", "", Kind::kBool, true},
    Spec{"--trace-deprecation", "", Kind::kBool, true},
    Spec{"--pending-deprecation", "", Kind::kBool, true},
    Spec{"--trace-warnings", "", Kind::kBool, true},
    Spec{"--enable-source-maps", "", Kind::kBool, true},
    Spec{"--title", "", Kind::kValue, true},
    Spec{"--stack-trace-limit", "", Kind::kValue, true},
    Spec{"--dns-result-order", "", Kind::kValue, true, "ipv4first|verbatim"},
    Spec{"--max-http-header-size", "", Kind::kValue, true},
    Spec{"--insecure-http-parser", "", Kind::kBool, true},
    Spec{"--openssl-legacy-provider", "", Kind::kBool, true},
    Spec{"--experimental-strip-types", "", Kind::kBool, true},
    Spec{"--experimental-detect-module", "", Kind::kBool, true},
    Spec{"--experimental-require-module", "", Kind::kBool, true},
    Spec{"--experimental-import-meta-resolve", "", Kind::kBool, true},
    Spec{"--experimental-json-modules", "", Kind::kBool, true},
    Spec{"--experimental-top-level-await", "", Kind::kBool, true},
    Spec{"--experimental-global-webcrypto", "", Kind::kBool, true},
    Spec{"--experimental-global-customevent", "", Kind::kBool, true},
    Spec{"--experimental-abortcontroller", "", Kind::kBool, true},
    Spec{"--max-old-space-size", "", Kind::kHeapOld, true},
    Spec{"--max-semi-space-size", "", Kind::kHeapSemi, true},
    Spec{"--check", "-c", Kind::kCheck, false},
    Spec{"--inspect", "", Kind::kInspector, true},
    Spec{"--inspect-brk", "", Kind::kInspector, true},
    Spec{"--inspect-wait", "", Kind::kInspector, true},
    Spec{"--inspect-port", "", Kind::kInspector, true},
    Spec{"--debug-port", "", Kind::kInspector, true},
    Spec{"--loader", "", Kind::kLoader, true},
    Spec{"--experimental-loader", "", Kind::kLoader, true},
};

// The V8 flags Node accepts in NODE_OPTIONS (its documented list, both spellings).
constexpr std::array<std::string_view, 12> kV8FlagsAllowedInEnv = {
    "--abort-on-uncaught-exception",
    "--disallow-code-generation-from-strings",
    "--huge-max-old-generation-size",
    "--interpreted-frames-native-stack",
    "--jitless",
    "--perf-basic-prof",
    "--perf-basic-prof-only-functions",
    "--perf-prof",
    "--perf-prof-unwinding-info",
    "--expose-gc",
    "--expose_gc",
    "--stack-size",
};

bool IsKnownChoice(std::string_view choices, std::string_view value) {
  if (choices.empty()) return true;
  size_t start = 0;
  while (start <= choices.size()) {
    size_t bar = choices.find('|', start);
    if (bar == std::string_view::npos) bar = choices.size();
    if (choices.substr(start, bar - start) == value) return true;
    start = bar + 1;
  }
  return false;
}

// A size in MiB as V8 reads --max-old-space-size: digits only.
bool ParseMegabytes(const std::string& text, size_t* out) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  *out = std::strtoull(text.c_str(), nullptr, 10);
  return true;
}

bool IsV8FlagAllowedInEnv(std::string_view flag) {
  const std::string_view name = flag.substr(0, flag.find('='));
  for (std::string_view allowed : kV8FlagsAllowedInEnv) {
    if (name == allowed) return true;
  }
  return false;
}

// Flags of Kiln's command line that only make sense there.
bool IsKilnCommandLineFlag(std::string_view arg) {
  const std::string_view name = arg.substr(0, arg.find('='));
  for (std::string_view flag :
       {"-e", "--eval", "-p", "--print", "-h", "--help", "-v", "--version", "--watch",
        "--watch-path", "--watch-preserve-output", "--env-file", "--env-file-if-exists",
        "--no-env-file", "--v8-options", "--test", "-i", "--interactive"}) {
    if (name == flag) return true;
  }
  return false;
}

}  // namespace

NodeOptionResult TakeNodeOption(const std::vector<std::string>& argv, size_t* i, bool from_env,
                                RunOptions* run, std::string* error) {
  const std::string& arg = argv[*i];
  const size_t equals = arg.find('=');
  const std::string_view name = std::string_view(arg).substr(0, equals);
  bool negated = false;
  const Spec* spec = nullptr;
  for (const Spec& candidate : kSpecs) {
    if (name == candidate.name || (!candidate.alias.empty() && name == candidate.alias)) {
      spec = &candidate;
      break;
    }
    // --no-warnings: "--no-" + "warnings".
    if (candidate.kind == Kind::kBool && name.size() == candidate.name.size() + 3 &&
        name.substr(0, 5) == "--no-" && name.substr(5) == candidate.name.substr(2)) {
      spec = &candidate;
      negated = true;
      break;
    }
  }
  if (spec == nullptr) return NodeOptionResult::kNotNodeOption;
  const std::string canonical(spec->name);
  if (from_env && !spec->allowed_in_env) {
    *error = std::string(name) + " is not allowed in NODE_OPTIONS";
    return NodeOptionResult::kError;
  }
  const size_t first = *i;
  const bool takes_value = spec->kind == Kind::kValue || spec->kind == Kind::kList ||
                           spec->kind == Kind::kHeapOld || spec->kind == Kind::kHeapSemi ||
                           spec->kind == Kind::kLoader ||
                           (spec->kind == Kind::kInspector && canonical.ends_with("-port"));
  std::string value;
  if (takes_value) {
    if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
    } else if (*i + 1 < argv.size()) {
      value = argv[++*i];
    } else {
      *error = std::string(name) + " requires an argument";
      return NodeOptionResult::kError;
    }
  } else if (equals != std::string::npos && spec->kind != Kind::kInspector) {
    *error = "bad option: " + arg;  // a boolean flag with a value
    return NodeOptionResult::kError;
  }
  if (!from_env) {
    for (size_t k = first; k <= *i; k++) run->exec_argv.push_back(argv[k]);
  }

  switch (spec->kind) {
    case Kind::kBool:
      run->node_options.emplace_back(canonical, negated ? "false" : "true");
      return NodeOptionResult::kTaken;
    case Kind::kValue:
      if (!IsKnownChoice(spec->choices, value)) {
        *error = canonical == "--input-type"
                     ? std::string("--input-type must be \"module\" or \"commonjs\"")
                     : "invalid value for " + canonical;
        return NodeOptionResult::kError;
      }
      [[fallthrough]];
    case Kind::kList:
      run->node_options.emplace_back(canonical, value);
      return NodeOptionResult::kTaken;
    case Kind::kHeapOld:
    case Kind::kHeapSemi: {
      size_t megabytes = 0;
      if (!ParseMegabytes(value, &megabytes)) {
        *error = "invalid value for " + canonical;
        return NodeOptionResult::kError;
      }
      (spec->kind == Kind::kHeapOld ? run->max_old_space_mb : run->max_semi_space_mb) = megabytes;
      return NodeOptionResult::kTaken;
    }
    case Kind::kCheck:
      run->check_only = true;
      return NodeOptionResult::kTaken;
    case Kind::kInspector:
      std::fprintf(stderr, "kiln: warning: %s ignored: Kiln has no inspector yet\n",
                   std::string(name).c_str());
      return NodeOptionResult::kTaken;
    case Kind::kLoader:
      *error = canonical + " is not supported: Kiln has no module customization hooks";
      return NodeOptionResult::kError;
  }
  return NodeOptionResult::kNotNodeOption;
}

bool SplitNodeOptions(std::string_view text, std::vector<std::string>* out) {
  std::string current;
  bool in_word = false;
  bool quoted = false;
  for (size_t k = 0; k < text.size(); k++) {
    const char c = text[k];
    if (quoted) {
      if (c == '\\' && k + 1 < text.size()) {
        current += text[++k];
      } else if (c == '"') {
        quoted = false;
      } else {
        current += c;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) out->push_back(std::move(current));
      current.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '"') {
      quoted = true;
    } else {
      current += c;
    }
  }
  if (quoted) return false;
  if (in_word) out->push_back(std::move(current));
  return true;
}

std::string MergeNodeOptionsEnv(std::string_view text, RunOptions* run) {
  std::vector<std::string> argv;
  if (!SplitNodeOptions(text, &argv)) return "NODE_OPTIONS: unterminated string";
  RunOptions from_env;
  for (size_t i = 0; i < argv.size(); i++) {
    const std::string& arg = argv[i];
    std::string error;
    switch (TakeNodeOption(argv, &i, /*from_env=*/true, &from_env, &error)) {
      case NodeOptionResult::kTaken:
        continue;
      case NodeOptionResult::kError:
        return error;
      case NodeOptionResult::kNotNodeOption:
        break;
    }
    if (IsV8FlagAllowedInEnv(arg)) {
      from_env.v8_flags.push_back(arg);
    } else if (IsKilnCommandLineFlag(arg)) {
      return arg.substr(0, arg.find('=')) + " is not allowed in NODE_OPTIONS";
    } else {
      std::fprintf(stderr, "kiln: warning: NODE_OPTIONS: %s is not supported, ignored\n",
                   arg.c_str());
    }
  }
  run->node_options.insert(run->node_options.begin(), from_env.node_options.begin(),
                           from_env.node_options.end());
  run->v8_flags.insert(run->v8_flags.begin(), from_env.v8_flags.begin(), from_env.v8_flags.end());
  if (run->max_old_space_mb == 0) run->max_old_space_mb = from_env.max_old_space_mb;
  if (run->max_semi_space_mb == 0) run->max_semi_space_mb = from_env.max_semi_space_mb;
  return {};
}

}  // namespace kiln::cli
