// The fast path (ts-strip/src/fast) against the tree-sitter path: over every TypeScript file of
// the corpus, the specs and a generated bench file, the fast path either bails out or gives a
// byte-identical result (code, module syntax, columns). Ordinary files must not bail.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip {
namespace {

namespace fs = std::filesystem;

// The source tree: $KILN_SOURCE_DIR, or the nearest parent of the working directory (the build
// directory lives in it) that has the corpus.
fs::path SourceRoot() {
  if (const char* dir = std::getenv("KILN_SOURCE_DIR")) return dir;
  std::error_code error;
  for (fs::path dir = fs::absolute(fs::current_path(error)); !dir.empty();
       dir = dir.parent_path()) {
    if (fs::exists(dir / "tests/fixtures/ts-corpus", error)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return fs::path(__FILE__).parent_path().parent_path().parent_path();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool IsStripInput(const fs::path& path) {
  std::string ext = path.extension().string();
  return ext == ".ts" || ext == ".mts" || ext == ".cts" || ext == ".tsx";
}

struct Outcome {
  bool bailed = false;
  bool same = true;
  std::string detail;
};

// Runs both paths; a divergence is a fast result that differs from tree-sitter's.
Outcome Compare(const std::string& name, std::string_view source, Options options) {
  options.path = Path::kTreeSitter;
  Result reference = Strip(source, options);
  options.path = Path::kFastOnly;
  Result fast = Strip(source, options);
  Outcome outcome;
  if (!fast.ok) {
    outcome.bailed = true;
    return outcome;
  }
  if (!reference.ok) {
    outcome.same = false;
    outcome.detail = name + ": the fast path accepted what tree-sitter rejects: " +
                     FormatDiagnostic(name, source, reference.error);
    return outcome;
  }
  if (fast.code != reference.code || fast.has_module_syntax != reference.has_module_syntax ||
      fast.columns_shifted != reference.columns_shifted) {
    outcome.same = false;
    size_t at = 0;
    while (at < fast.code.size() && at < reference.code.size() &&
           fast.code[at] == reference.code[at]) {
      at++;
    }
    size_t from = at > 60 ? at - 60 : 0;
    outcome.detail = name + ": differs at byte " + std::to_string(at) + " (module syntax " +
                     std::to_string(fast.has_module_syntax) + " vs " +
                     std::to_string(reference.has_module_syntax) + ")\n  fast: " +
                     fast.code.substr(from, 120) + "\n  tree-sitter: " +
                     reference.code.substr(from, 120);
  }
  return outcome;
}

std::vector<fs::path> InputsUnder(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && IsStripInput(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Tally {
  int files = 0;
  int bailed = 0;
  std::vector<std::string> bailed_names;
};

void RunOver(const std::vector<fs::path>& files, Tally* tally) {
  for (const fs::path& file : files) {
    std::string source = ReadFile(file);
    Options options;
    options.dialect = DialectForPath(file.string());
    for (bool elide : {true, false}) {
      options.elide_unused_imports = elide;
      Outcome outcome = Compare(file.string(), source, options);
      EXPECT_TRUE(outcome.same) << outcome.detail;
      if (elide) {
        tally->files++;
        if (outcome.bailed) {
          tally->bailed++;
          tally->bailed_names.push_back(file.lexically_relative(SourceRoot()).string());
        }
      }
    }
  }
}

void Report(const char* what, const Tally& tally) {
  std::printf("[ fast path ] %s: %d files, %d bailed out to tree-sitter (%.0f%%)\n", what,
              tally.files, tally.bailed,
              tally.files ? 100.0 * tally.bailed / tally.files : 0.0);
  for (const std::string& name : tally.bailed_names) std::printf("    bailed: %s\n", name.c_str());
}

TEST(TsStripFast, CorpusMatchesTreeSitter) {
  Tally tally;
  RunOver(InputsUnder(SourceRoot() / "tests/fixtures/ts-corpus"), &tally);
  Report("ts-corpus", tally);
  ASSERT_GT(tally.files, 10);
  // Files without code generation (enums, namespaces, parameter properties, decorators, JSX)
  // must take the fast path.
  const char* expected[] = {
      "accessors.ts",           // `accessor` fields are rewritten
      "jsx-components",         // JSX
      "types-internal.ts",      // const enum
      "transform-",             // enums, namespaces, import =, parameter properties
      "type-only-namespace.ts", // namespaces (even type-only ones go to tree-sitter)
  };
  for (const std::string& name : tally.bailed_names) {
    bool known = false;
    for (const char* part : expected) known = known || name.find(part) != std::string::npos;
    EXPECT_TRUE(known) << name << " should not bail out of the fast path";
  }
}

TEST(TsStripFast, SpecsMatchTreeSitter) {
  Tally tally;
  RunOver(InputsUnder(SourceRoot() / "tests/specs/typescript"), &tally);
  Report("specs/typescript", tally);
  ASSERT_GT(tally.files, 10);
}

TEST(TsStripFast, BenchFileTakesTheFastPath) {
  fs::path out = fs::temp_directory_path() / ("kiln-ts-fast-bench-" + std::to_string(getpid()) + ".ts");
  std::string command = "python3 '" + (SourceRoot() / "bench/typescript/generate.py").string() +
                        "' '" + out.string() + "' 200000";
  if (std::system(command.c_str()) != 0) GTEST_SKIP() << "python3 is not available";
  std::string source = ReadFile(out);
  fs::remove(out);
  ASSERT_GT(source.size(), 100000u);
  Outcome outcome = Compare("bench.ts", source, Options{});
  EXPECT_FALSE(outcome.bailed);
  EXPECT_TRUE(outcome.same) << outcome.detail;
}

// Small cases around the decisions the fast path mirrors from strip.cc.
TEST(TsStripFast, EdgeCasesMatchTreeSitter) {
  const char* cases[] = {
      "let x = 1\ninterface I {}\n(f)()",
      "let y = x as T\n(f)()",
      "class A { x = 1\n declare y: T\n declare z: U; w = a as B; m(): void; m() {} }",
      "import { A, type B } from 'x';\nlet v: B = A;",
      "import D, { a, b as c } from 'm'; import * as ns from 'n'; const k: ns.T = a;",
      "import { type X } from 'x'; export { type Y } from 'y'; export type { Z };",
      "interface T {} export { T, v }; const v = 1; export default T;",
      "const f = (a: number): {\n  x: number\n} => ({ x: a });",
      "function g(this: Window, a?: string): asserts a is string {}",
      "abstract class B<T> extends C<T> implements D, E { protected abstract m(): void; private readonly q?: number; static #p = 1; override n!: string; [k: string]: any; }",
      "for (let i: number = 0; i < n; i++) { const v = a[i]!; }",
      "export function o(a: string): void;\nexport function o(a: any) { return a satisfies any }",
      "type F<T> = T extends (infer U)[] ? U : never; let z = f<string>(1), w = a < b, q = c > (d);",
      "switch (x) { case 1:\n type A = 1\n break; default:\n interface I {} }",
      "#!/usr/bin/env node\ntype A = 1\nconsole.log(1)",
      "label: for (const [a, b] of m) { continue label }",
      "const o = { m<T>(x: T): T { return x }, get v(): number { return 1 }, [k]: 1, ...r };",
      "x = y! + z!.w!; let u!: number; declare module 'm' { }",
      "const t = `a${b as any}c${`n${d}`}`;",
      "var r = /ab+c/g.test(s) ? a / b / c : (d) / 2;",
      // An automatic semicolon ends a statement after the comments on its line.
      "type A = B // c\nlet x = 1\nexport type C = D /* e */\ninterface I {}",
      "import { A } from 'x' // only types\nlet v: A = 1",
      "let y = x as T // c\n(f)()\nclass K {} // k\ninterface J {}",
      "let q = 1 // ends with ;\ninterface I {}",
      // Statements strip.cc has no Kind for put no `;` before a blanked one.
      "if (a) b()\ninterface I {}\nfor (;;) break\ntype T = 1\nl: x\ninterface K {}",
      "switch (x) { case f(): type A = 1 }",
      // Divergences the differential fuzzer found (now bail-outs or equal).
      "abstract",
      "import ypte { A } from './a';",
      "const shapes!: Shape[] = [1];",
      "export function* f(): T",
      "let a = 1\neblt : number = a\ninterface I {}\n(f)()",
      "/  ///",
      "class A {\n *prelse\n}",
      "let\nlet\nlnumbea: number;",
      "export { type  ,EF };",
      "n\n <any>-yd;",
      "interface I {\n  a: Foo\n  <T>(x: T): T\n}",
      "let t: import('./x').Y<Z>; let u: keyof readonly X[];",
      "interface B { abstract: boolean | null; }",
      "export\n\n const x = 1",
  };
  int index = 0;
  for (std::string_view source : cases) {
    Outcome outcome = Compare("case" + std::to_string(index++), source, Options{});
    EXPECT_TRUE(outcome.same) << outcome.detail;
  }
  // tree-sitter's lexer stops at a NUL byte.
  Outcome nul = Compare("nul", std::string_view("/**\0 */", 7), Options{});
  EXPECT_TRUE(nul.same) << nul.detail;
}

}  // namespace
}  // namespace kiln::ts_strip
