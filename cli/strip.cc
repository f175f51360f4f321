// `kiln strip [options] <file>`: prints the JavaScript Kiln runs for a TypeScript (or JSX) file,
// or the diagnostic that stops it, exactly as the loaders see it (same stripper, same cache).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "args.h"
#include "ts_strip/cache.h"
#include "ts_strip/ts_strip.h"

namespace kiln::cli {
namespace {

const char kStripUsage[] =
    "Usage: kiln strip [options] <file>\n"
    "\n"
    "Prints the JavaScript Kiln runs for a .ts, .mts, .cts, .tsx or .jsx file: types become\n"
    "spaces, so every line and column stays where it was.\n"
    "\n"
    "Options:\n"
    "  --transform-types          compile enums, namespaces, parameter properties and\n"
    "                             import/export = (their lines keep their numbers)\n"
    "  --module=esm|cjs           how the output is loaded (default: from the extension, and\n"
    "                             for .ts/.tsx from the file's syntax)\n"
    "  --jsx=automatic|classic    the JSX runtime (default: automatic, react/jsx-runtime)\n"
    "  --jsx-import-source=<pkg>  the automatic runtime's package (default: react)\n"
    "  --jsx-factory=<name>       the classic factory (default: React.createElement)\n"
    "  --jsx-fragment=<name>      the classic fragment (default: React.Fragment)\n"
    "  --verbatim-module-syntax   keep imports that only types use\n";

bool ValueOf(const std::string& arg, const char* flag, std::string* value) {
  size_t length = std::strlen(flag);
  if (arg.compare(0, length, flag) != 0 || arg.size() <= length || arg[length] != '=') {
    return false;
  }
  *value = arg.substr(length + 1);
  return true;
}

}  // namespace

int RunStrip(const std::vector<std::string>& args) {
  ts_strip::Options options;
  options.module = ts_strip::ModuleKind::kDetect;
  bool module_given = false;
  std::string path;
  for (const std::string& arg : args) {
    std::string value;
    if (arg == "-h" || arg == "--help") {
      std::fputs(kStripUsage, stdout);
      return 0;
    } else if (arg == "--transform-types" || arg == "--experimental-transform-types") {
      options.transform_types = true;
    } else if (arg == "--verbatim-module-syntax") {
      options.elide_unused_imports = false;
    } else if (ValueOf(arg, "--module", &value)) {
      if (value != "esm" && value != "cjs") {
        std::fprintf(stderr, "kiln strip: --module must be esm or cjs\n");
        return 9;
      }
      options.module = value == "esm" ? ts_strip::ModuleKind::kESModule
                                      : ts_strip::ModuleKind::kCommonJS;
      module_given = true;
    } else if (ValueOf(arg, "--jsx", &value)) {
      if (value != "automatic" && value != "classic") {
        std::fprintf(stderr, "kiln strip: --jsx must be automatic or classic\n");
        return 9;
      }
      options.jsx.runtime =
          value == "classic" ? ts_strip::JsxRuntime::kClassic : ts_strip::JsxRuntime::kAutomatic;
    } else if (ValueOf(arg, "--jsx-import-source", &value)) {
      options.jsx.import_source = value;
    } else if (ValueOf(arg, "--jsx-factory", &value)) {
      options.jsx.factory = value;
    } else if (ValueOf(arg, "--jsx-fragment", &value)) {
      options.jsx.fragment_factory = value;
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      std::fprintf(stderr, "kiln strip: bad option: %s\n%s", arg.c_str(), kStripUsage);
      return 9;
    } else if (path.empty()) {
      path = arg;
    } else {
      std::fprintf(stderr, "kiln strip: one file at a time (got %s and %s)\n", path.c_str(),
                   arg.c_str());
      return 9;
    }
  }
  if (path.empty()) {
    std::fputs(kStripUsage, stderr);
    return 9;
  }
  std::string source;
  if (path == "-") {
    char buffer[65536];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof(buffer), stdin)) > 0) source.append(buffer, n);
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "kiln strip: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
      return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    source = text.str();
  }
  options.dialect = ts_strip::DialectForPath(path);
  if (!module_given) {
    auto ends_with = [&](const char* suffix) {
      size_t length = std::strlen(suffix);
      return path.size() >= length && path.compare(path.size() - length, length, suffix) == 0;
    };
    if (ends_with(".mts")) options.module = ts_strip::ModuleKind::kESModule;
    if (ends_with(".cts")) options.module = ts_strip::ModuleKind::kCommonJS;
  }
  ts_strip::Result result = ts_strip::Cache::Global().Strip(source, options);
  if (!result.ok) {
    std::string report = ts_strip::FormatDiagnostic(path, source, result.error);
    std::fputs(report.c_str(), stderr);
    return 1;
  }
  std::fwrite(result.code.data(), 1, result.code.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace kiln::cli
