// Node's own command-line options that Kiln honours (`-r`, `--import`, `--no-warnings`,
// `--max-old-space-size`…), on the command line and in NODE_OPTIONS.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiln/runtime.h"

namespace kiln::cli {

enum class NodeOptionResult {
  kNotNodeOption,  // not one of Node's options Kiln knows: maybe a V8 flag
  kTaken,          // recorded in the RunOptions (and *i moved past a separate value)
  kError,          // *error says why
};

// Reads the Node option at argv[*i] ("--flag", "--flag=value", "--flag value", "-r value",
// "--no-flag") into *run. from_env: the argument came from NODE_OPTIONS, where only Node's
// allowed subset may appear.
NodeOptionResult TakeNodeOption(const std::vector<std::string>& argv, size_t* i, bool from_env,
                                RunOptions* run, std::string* error);

// NODE_OPTIONS split as Node splits it: on spaces, with double quotes grouping and a
// backslash escaping the next character inside them. False on an unterminated quote.
bool SplitNodeOptions(std::string_view text, std::vector<std::string>* out);

// Adds the options of NODE_OPTIONS to *run, ahead of the command line's (which win where only
// one value counts). Options Kiln does not know are warned about and skipped; Kiln's own
// command-line-only flags (-e, --watch…) are an error. Returns the error, or "".
std::string MergeNodeOptionsEnv(std::string_view text, RunOptions* run);

}  // namespace kiln::cli
