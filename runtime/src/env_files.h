// Helpers shared by the env file loader (env_files.cc) and internalBinding('dotenv').
#pragma once

#include <optional>
#include <string>

namespace kiln {

// Reads a whole file; 0 or a negative errno (-EISDIR for a directory).
int ReadEnvFile(const std::string& path, std::string* out);

// getenv() as a lookup for dotenv::ParseOptions::environment.
std::optional<std::string> RealEnvironment(const std::string& name);

}  // namespace kiln
