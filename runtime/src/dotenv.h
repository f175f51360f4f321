// The .env parser: KEY=value lines as Node's --env-file and the dotenv package read them, plus
// ${VAR}/$VAR expansion (as Bun does). Pure C++ with no V8 or libuv, so it is fuzzed on its own.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiln::dotenv {

struct Entry {
  std::string key;
  std::string value;
};

// A line that was skipped or read in a surprising way: 1-based line number and a message.
struct Warning {
  size_t line;
  std::string message;
};

struct ParseResult {
  // One entry per key, in the order keys first appear; a repeated key keeps its last value.
  std::vector<Entry> entries;
  std::vector<Warning> warnings;
};

struct ParseOptions {
  // Expand ${VAR}, ${VAR:-default}, ${VAR-default} and $VAR in unquoted, double-quoted and
  // backtick values (never in single quotes); \$ is a literal $. Off for util.parseEnv, which
  // is Node's literal reading.
  bool expand = false;
  // Where a name is looked up first: the real environment, which always wins over files.
  std::function<std::optional<std::string>(const std::string&)> environment;
  // Then the keys defined earlier in this file, then these: what earlier files defined.
  const std::map<std::string, std::string, std::less<>>* defined = nullptr;
};

ParseResult Parse(std::string_view text, const ParseOptions& options = {});

}  // namespace kiln::dotenv
