// Times Kiln's CommonJS export lexer (loader/src/js_lexer.cc) on the files given: reads them
// once, then lexes each one REPEAT times and prints MB/s and the time per 500 KB, the bar the
// issue sets (cjs-module-lexer analyses a 500 KB file in a few milliseconds).
// Usage: lexer_bench REPEAT FILE...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "loader/js_lexer.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: lexer_bench REPEAT FILE...\n");
    return 2;
  }
  int repeat = std::atoi(argv[1]);
  std::string source;
  for (int i = 2; i < argc; i++) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    source += text.str();
    source += "\n";
  }
  size_t exports = 0, reexports = 0;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; i++) {
    kiln::loader::CommonJSExports result = kiln::loader::ParseCommonJSExports(source);
    exports = result.exports.size();
    reexports = result.reexports.size();
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / repeat;
  double megabytes = source.size() / 1e6;
  std::printf("input %.0f KB, %zu exports, %zu re-exports\n", source.size() / 1e3, exports,
              reexports);
  std::printf("%.1f MB/s, %.2f ms per 500 KB\n", megabytes / seconds,
              seconds * 1000 * 500e3 / source.size());
  return 0;
}
