#include "loader/js_lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiln::loader {
namespace {

using Names = std::vector<std::string>;

Names Exports(std::string_view source) { return ParseCommonJSExports(source).exports; }
Names Reexports(std::string_view source) { return ParseCommonJSExports(source).reexports; }

TEST(CommonJSExports, ExportsDotAssignments) {
  EXPECT_EQ(Exports("exports.a = 1; exports.b = function () {}; exports.a = 2;"),
            (Names{"a", "b"}));
  EXPECT_EQ(Exports("module.exports.c = 3; module.exports['d-e'] = 4;"), (Names{"c", "d-e"}));
  EXPECT_EQ(Exports("exports['f'] = 1; exports[\"g\"] = 2;"), (Names{"f", "g"}));
  EXPECT_EQ(Exports("exports.b = exports.a = void 0;"), (Names{"b", "a"}));
}

TEST(CommonJSExports, IgnoresReadsComparisonsAndOtherObjects) {
  EXPECT_EQ(Exports("if (exports.a === 1) {} foo.exports.b = 1; x = exports.c;"), Names{});
  EXPECT_EQ(Exports("exports[name] = 1; exports.d += 1;"), Names{});
}

TEST(CommonJSExports, ModuleExportsObjectLiteral) {
  EXPECT_EQ(Exports("module.exports = { a, b: c, 'd': e, \"f\": g };"),
            (Names{"a", "b", "d", "f"}));
  // A value that is not an identifier ends the detection; what came before stays.
  EXPECT_EQ(Exports("module.exports = { a, b: 1, c };"), (Names{"a"}));
  EXPECT_EQ(Exports("module.exports = { a: b.c, d };"), (Names{"a"}));
  EXPECT_EQ(Exports("module.exports = { a: function () {}, b };"), (Names{"a"}));
  EXPECT_EQ(Exports("module.exports = {};"), Names{});
}

TEST(CommonJSExports, SpreadAndRequireReexports) {
  EXPECT_EQ(Reexports("module.exports = { ...require('./a'), b };"), (Names{"./a"}));
  EXPECT_EQ(Exports("module.exports = { ...require('./a'), b };"), (Names{"b"}));
  EXPECT_EQ(Reexports("module.exports = require('./x');"), (Names{"./x"}));
  // Only the last whole-object assignment counts; a call on the result is not a re-export.
  EXPECT_EQ(Reexports("module.exports = require('a');\nmodule.exports = require('b');"),
            (Names{"b"}));
  EXPECT_EQ(Reexports("module.exports = require('a')(opts);"), Names{});
  EXPECT_EQ(Reexports("module.exports = require('a').b;"), Names{});
}

TEST(CommonJSExports, DefineProperty) {
  EXPECT_EQ(Exports("Object.defineProperty(exports, '__esModule', { value: true });"),
            (Names{"__esModule"}));
  EXPECT_EQ(Exports("Object.defineProperty(module.exports, 'a', { enumerable: true, value: 1 });"),
            (Names{"a"}));
  EXPECT_EQ(Exports("Object.defineProperty(exports, \"x\", { enumerable: true, get: function () "
                    "{ return a_1.x; } });"),
            (Names{"x"}));
  EXPECT_EQ(Exports("Object.defineProperty(exports, 'y', { enumerable: true, get() { return "
                    "m['y']; } });"),
            (Names{"y"}));
}

TEST(CommonJSExports, UnsafeGettersAreNotExports) {
  EXPECT_EQ(Exports("Object.defineProperty(exports, 'a', { get() { return compute(); } });"),
            Names{});
  EXPECT_EQ(Exports("exports.a = 1;\nObject.defineProperty(exports, 'a', { enumerable: true, "
                    "get: function () { sideEffect(); return 1; } });"),
            Names{});
}

TEST(CommonJSExports, TypeScriptAndBabelReexports) {
  EXPECT_EQ(Reexports("__exportStar(require(\"./a\"), exports);"), (Names{"./a"}));
  EXPECT_EQ(Reexports("tslib_1.__exportStar(require('./b'), exports);"), (Names{"./b"}));
  EXPECT_EQ(Reexports("function __export(m) {}\n__export(require('./c'));"), (Names{"./c"}));
  const char* babel =
      "var _x = require(\"./x\");\n"
      "Object.keys(_x).forEach(function (key) {\n"
      "  if (key === \"default\" || key === \"__esModule\") return;\n"
      "  if (key in exports && exports[key] === _x[key]) return;\n"
      "  Object.defineProperty(exports, key, {\n"
      "    enumerable: true,\n"
      "    get: function () { return _x[key]; }\n"
      "  });\n"
      "});\n";
  EXPECT_EQ(Reexports(babel), (Names{"./x"}));
  const char* wildcard =
      "var _y = _interopRequireWildcard(require('./y'));\n"
      "Object.keys(_y).forEach(key => { exports[key] = _y[key]; });";
  EXPECT_EQ(Reexports(wildcard), (Names{"./y"}));
  // The loop over something that is not a required module is not a re-export.
  EXPECT_EQ(Reexports("Object.keys(obj).forEach(function (k) { exports[k] = obj[k]; });"),
            Names{});
}

TEST(CommonJSExports, EsbuildAnnotation) {
  const char* esbuild =
      "var src_exports = {};\n__export(src_exports, { a: () => a, b: () => b });\n"
      "module.exports = __toCommonJS(src_exports);\n"
      "0 && (module.exports = {\n  a,\n  b,\n  ...require(\"./c\")\n});\n";
  EXPECT_EQ(Exports(esbuild), (Names{"a", "b"}));
  EXPECT_EQ(Reexports(esbuild), (Names{"./c"}));
}

TEST(CommonJSExports, SkipsStringsCommentsTemplatesAndRegexps) {
  const char* source =
      "// exports.a = 1\n"
      "/* exports.b = 2 */\n"
      "var s = 'exports.c = 3';\n"
      "var t = `exports.d = ${ `nested ${ exports.e = 5 }` } exports.f = 6`;\n"
      "var r = /exports.g = 7/g;\n"
      "var q = a / exports.h / 2;\n"
      "if (x) /exports.i = [/]/.test(y);\n"
      "exports.j = 10;\n";
  EXPECT_EQ(Exports(source), (Names{"e", "j"}));
}

TEST(CommonJSExports, DivisionAfterValuesRegexAfterOperators) {
  EXPECT_EQ(Exports("var a = b / 2; exports.x = 1; var c = d / 3;"), (Names{"x"}));
  EXPECT_EQ(Exports("var a = (b) / 2 / (c); exports.y = 1;"), (Names{"y"}));
  EXPECT_EQ(Exports("return /'/.test(s);\nexports.z = 1;"), (Names{"z"}));
  EXPECT_EQ(Exports("x = y.return / 2; exports.w = '/';"), (Names{"w"}));
}

TEST(CommonJSExports, StringExportNamesDecodeEscapes) {
  EXPECT_EQ(Exports("exports['\\u0061b'] = 1; exports['\\x63'] = 2;"), (Names{"ab", "c"}));
  EXPECT_EQ(Exports("exports['\\ud800'] = 1;"), Names{});  // a lone surrogate is no name
}

TEST(CommonJSExports, UnterminatedInputKeepsWhatCameBefore) {
  EXPECT_EQ(Exports("exports.a = 1; var s = 'unterminated"), (Names{"a"}));
  EXPECT_EQ(Exports("exports.b = 1; /* open comment"), (Names{"b"}));
  EXPECT_EQ(Exports(""), Names{});
}

TEST(CommonJSExports, HashbangAndUnicode) {
  EXPECT_EQ(Exports("#!/usr/bin/env node\nexports.a = 1;"), (Names{"a"}));
  EXPECT_EQ(Exports("var caf\xC3\xA9 = 1;\xC2\xA0" "exports.b = caf\xC3\xA9;"), (Names{"b"}));
}

std::string Rewrite(std::string_view source) {
  std::string out;
  return RewriteImportAttributes(source, &out) ? out : std::string(source);
}

TEST(ImportAttributes, StaticImportsAndReexports) {
  EXPECT_EQ(Rewrite("import a from './a.json' with { type: 'json' };"),
            "import a from './a.json'assert{ type: 'json' };");
  EXPECT_EQ(Rewrite("import './a.json' with {type:'json'};"),
            "import './a.json'assert{type:'json'};");
  EXPECT_EQ(Rewrite("export { default } from \"./b.json\" with { type: \"json\" };"),
            "export { default } from \"./b.json\"assert{ type: \"json\" };");
  // Without surrounding spaces the line grows by two characters.
  EXPECT_EQ(Rewrite("import a from './a.json'with{type:'json'};"),
            "import a from './a.json'assert{type:'json'};");
}

TEST(ImportAttributes, DynamicImport) {
  EXPECT_EQ(Rewrite("await import('./a.json', { with: { type: 'json' } });"),
            "await import('./a.json', { assert: { type: 'json' } });");
  EXPECT_EQ(Rewrite("import(f(a, b), { with: { type: 'json' } })"),
            "import(f(a, b), { assert: { type: 'json' } })");
}

TEST(ImportAttributes, LeavesEverythingElseAlone) {
  const char* source =
      "const o = { with: 1 };\n"
      "const s = \"from 'x' with { }\";\n"
      "// import a from './a.json' with { type: 'json' };\n"
      "x.with = { y: 1 };\n"
      "foo('a', { with: { type: 'json' } });\n"
      "import a from './a.json' assert { type: 'json' };\n";
  std::string out;
  EXPECT_FALSE(RewriteImportAttributes(source, &out));
  EXPECT_FALSE(RewriteImportAttributes("import x from 'y';", &out));
}

TEST(TopLevelAwait, FindsOnlyAwaitsOutsideFunctions) {
  std::string source =
      "const a = await f();\n"
      "async function g() { await h(); }\n"
      "const k = async () => { await 1; };\n"
      "class C { async m() { await 2; } }\n"
      "if (x) { await y; }\n"
      "for await (const v of it) {}\n"
      "const o = { async p() { await 3; }, await: 4 };\n";
  std::vector<size_t> offsets = FindTopLevelAwaits(source);
  ASSERT_EQ(offsets.size(), 3u);
  EXPECT_EQ(offsets[0], source.find("await f()"));
  EXPECT_EQ(offsets[1], source.find("await y"));
  EXPECT_EQ(offsets[2], source.find("await (const"));
  EXPECT_TRUE(FindTopLevelAwaits("function f() { return 1; }").empty());
}

}  // namespace
}  // namespace kiln::loader
