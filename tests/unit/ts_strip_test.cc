// ts-strip: one test per construct (input -> expected output), with every remaining token at
// its original line and column; errors with their positions; the cache.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "ts_strip/cache.h"
#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip {
namespace {

std::string StripOk(std::string_view source, const Options& options = {}) {
  Result result = Strip(source, options);
  EXPECT_TRUE(result.ok) << FormatDiagnostic("test.ts", source, result.error);
  // The fast path, when it accepts the input, must agree with tree-sitter byte for byte.
  Options tree_sitter = options;
  tree_sitter.path = Path::kTreeSitter;
  Options fast = options;
  fast.path = Path::kFastOnly;
  Result reference = Strip(source, tree_sitter);
  Result fast_result = Strip(source, fast);
  if (fast_result.ok) {
    EXPECT_TRUE(reference.ok) << "fast path accepted: " << source;
    EXPECT_EQ(fast_result.code, reference.code) << source;
    EXPECT_EQ(fast_result.has_module_syntax, reference.has_module_syntax) << source;
  }
  return result.code;
}

Diagnostic StripError(std::string_view source, const Options& options = {}) {
  Result result = Strip(source, options);
  EXPECT_FALSE(result.ok) << result.code;
  return result.error;
}

std::vector<std::u16string> Utf16Lines(std::string_view text) {
  std::vector<std::u16string> lines(1);
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint32_t code = c;
    size_t length = 1;
    if (c >= 0xF0) {
      code = ((c & 7u) << 18) | ((text[i + 1] & 0x3Fu) << 12) | ((text[i + 2] & 0x3Fu) << 6) |
             (text[i + 3] & 0x3Fu);
      length = 4;
    } else if (c >= 0xE0) {
      code = ((c & 15u) << 12) | ((text[i + 1] & 0x3Fu) << 6) | (text[i + 2] & 0x3Fu);
      length = 3;
    } else if (c >= 0xC0) {
      code = ((c & 31u) << 6) | (text[i + 1] & 0x3Fu);
      length = 2;
    }
    i += length;
    if (code == '\n') {
      lines.emplace_back();
    } else if (code >= 0x10000) {
      code -= 0x10000;
      lines.back() += static_cast<char16_t>(0xD800 + (code >> 10));
      lines.back() += static_cast<char16_t>(0xDC00 + (code & 0x3FF));
    } else {
      lines.back() += static_cast<char16_t>(code);
    }
  }
  return lines;
}

// Stripping proper: same lines, same UTF-16 length per line, and every character of the output
// is the input's, a space, or a `;`/`)` put into blanked space.
void ExpectPositionsKept(std::string_view input, std::string_view output) {
  std::vector<std::u16string> in = Utf16Lines(input);
  std::vector<std::u16string> out = Utf16Lines(output);
  ASSERT_EQ(in.size(), out.size()) << output;
  for (size_t line = 0; line < in.size(); line++) {
    ASSERT_EQ(in[line].size(), out[line].size()) << "line " << line + 1 << ": " << output;
    for (size_t column = 0; column < in[line].size(); column++) {
      char16_t a = in[line][column], b = out[line][column];
      EXPECT_TRUE(a == b || b == u' ' || b == u';' || b == u')')
          << "line " << line + 1 << " column " << column + 1;
    }
  }
}

// Code generation (--transform-types, JSX, accessor): lines keep their numbers.
void ExpectLinesKept(std::string_view input, std::string_view output) {
  size_t in = 0, out = 0;
  for (char c : input) in += c == '\n';
  for (char c : output) out += c == '\n';
  // The automatic JSX runtime's import is appended after the last line.
  EXPECT_TRUE(out == in || out == in + 1) << output;
}

TEST(TsStrip, VariableAnnotation) {
  const char* input =
      "let x: number = 1;\n"
      "const s: string | undefined = 'a';\n";
  const char* expected =
      "let x         = 1;\n"
      "const s                     = 'a';\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ParameterAndReturnAnnotations) {
  const char* input =
      "function f(a: number, b: string = 'x'): void {}\n";
  const char* expected =
      "function f(a        , b         = 'x')       {}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ReturnTypeSpanningLinesBeforeArrow) {
  const char* input =
      "const f = (a: number):\n"
      "  Promise<\n"
      "    number\n"
      "  > => a;\n";
  const char* expected =
      "const f = (a          \n"
      "          \n"
      "          \n"
      "  ) => a;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ArrowReturnTypeOnSameLine) {
  const char* input =
      "const f = async (a: number): Promise<number> => a;\n";
  const char* expected =
      "const f = async (a        )                  => a;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, OptionalParameter) {
  const char* input =
      "function f(a?: number, b?) {}\n";
  const char* expected =
      "function f(a         , b ) {}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, DefiniteAssignment) {
  const char* input =
      "let x!: number;\n"
      "class A { y!: string; }\n";
  const char* expected =
      "let x         ;\n"
      "class A { y         ; }\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, NonNullAssertion) {
  const char* input =
      "const a = b!.c!;\n"
      "d!.e = f!;\n";
  const char* expected =
      "const a = b .c ;\n"
      "d .e = f ;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AsExpression) {
  const char* input =
      "const a = b as unknown as string;\n"
      "const c = <any>d;\n";
  const char* expected =
      "const a = b                     ;\n"
      "const c =      d;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AsConst) {
  const char* input =
      "const a = [1, 2] as const;\n";
  const char* expected =
      "const a = [1, 2]         ;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, Satisfies) {
  const char* input =
      "const a = { b: 1 } satisfies Record<string, number>;\n";
  const char* expected =
      "const a = { b: 1 }                                 ;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, TypeParametersOnFunction) {
  const char* input =
      "function id<T extends object = {}>(x: T): T { return x; }\n";
  const char* expected =
      "function id                       (x   )    { return x; }\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, TypeArgumentsOnCallAndNew) {
  const char* input =
      "const m = new Map<string, number>();\n"
      "f<number>(1);\n"
      "const g = h<string>;\n";
  const char* expected =
      "const m = new Map                ();\n"
      "f        (1);\n"
      "const g = h        ;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, GenericArrowFunction) {
  const char* input =
      "const f = <T,>(x: T) => x;\n"
      "const g = async <T>(x: T): Promise<T> => x;\n";
  const char* expected =
      "const f =     (x   ) => x;\n"
      "const g = async    (x   )             => x;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, Interface) {
  const char* input =
      "interface A extends B<C> {\n"
      "  x: number;\n"
      "  m(): void;\n"
      "}\n"
      "let y = 1;\n";
  const char* expected =
      "                          \n"
      "            \n"
      "            \n"
      " \n"
      "let y = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, TypeAlias) {
  const char* input =
      "type A<T> = { [K in keyof T]?: T[K] };\n"
      "let y = 1;\n";
  const char* expected =
      "                                      \n"
      "let y = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, InterfaceAfterStatementWithoutSemicolon) {
  const char* input =
      "let a = b\n"
      "interface I {}\n"
      "(c)\n";
  const char* expected =
      "let a = b\n"
      ";             \n"
      "(c)\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, DeclareStatements) {
  const char* input =
      "declare const x: number;\n"
      "declare function f(): void;\n"
      "declare module 'm' { export const y: string; }\n"
      "declare global { interface Window { z: 1 } }\n"
      "declare enum E { A }\n"
      "declare namespace N { const v: 1 }\n"
      "let k = 1;\n";
  const char* expected =
      "                        \n"
      "                           \n"
      "                                              \n"
      "                                            \n"
      "                    \n"
      "                                  \n"
      "let k = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AbstractClassAndMembers) {
  const char* input =
      "abstract class A {\n"
      "  abstract m(): void;\n"
      "  abstract x: number;\n"
      "  n() { return 1; }\n"
      "}\n";
  const char* expected =
      "         class A {\n"
      "                    ;\n"
      "                    ;\n"
      "  n() { return 1; }\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ClassModifiers) {
  const char* input =
      "class A {\n"
      "  public a = 1;\n"
      "  private b = 2;\n"
      "  protected c = 3;\n"
      "  readonly d = 4;\n"
      "  public static override readonly e = 5;\n"
      "  private m() {}\n"
      "}\n";
  const char* expected =
      "class A {\n"
      "         a = 1;\n"
      "          b = 2;\n"
      "            c = 3;\n"
      "           d = 4;\n"
      "         static                   e = 5;\n"
      "          m() {}\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, DeclareField) {
  const char* input =
      "class A {\n"
      "  declare x: number;\n"
      "  y = 1\n"
      "  declare z: string\n"
      "  [k] = 2\n"
      "}\n";
  const char* expected =
      "class A {\n"
      "                   ;\n"
      "  y = 1\n"
      "  ;                \n"
      "  [k] = 2\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, Implements) {
  const char* input =
      "class A extends B<C> implements I, J<K> {}\n";
  const char* expected =
      "class A extends B                       {}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, IndexSignature) {
  const char* input =
      "class A {\n"
      "  [key: string]: unknown;\n"
      "  x = 1;\n"
      "}\n";
  const char* expected =
      "class A {\n"
      "                        ;\n"
      "  x = 1;\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, OverloadSignatures) {
  const char* input =
      "function f(a: string): string;\n"
      "function f(a: number): number;\n"
      "function f(a: any) { return a; }\n"
      "class A {\n"
      "  m(a: string): void;\n"
      "  m(a: any) {}\n"
      "  constructor(a: string);\n"
      "  constructor(a?: any) {}\n"
      "}\n";
  const char* expected =
      "                              \n"
      "                              \n"
      "function f(a     ) { return a; }\n"
      "class A {\n"
      "                    ;\n"
      "  m(a     ) {}\n"
      "                        ;\n"
      "  constructor(a      ) {}\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ThisParameter) {
  const char* input =
      "function f(this: Window, a: number) {}\n"
      "function g(this: Window) {}\n"
      "class A { m(this: A, ...rest: number[]) {} }\n";
  const char* expected =
      "function f(              a        ) {}\n"
      "function g(            ) {}\n"
      "class A { m(         ...rest          ) {} }\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ImportType) {
  const char* input =
      "import type { A } from './a';\n"
      "import type B from './b';\n"
      "import { type C, D } from './c';\n"
      "D();\n";
  const char* expected =
      "                             \n"
      "                         \n"
      "import {         D } from './c';\n"
      "D();\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ImportTypeOnlySpecifiers) {
  const char* input =
      "import { type A, type B } from './a';\n"
      "let x = 1;\n";
  const char* expected =
      "                                     \n"
      "let x = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, UnusedImportsAreElided) {
  const char* input =
      "import { A, B } from './a';\n"
      "import C from './c';\n"
      "import * as D from './d';\n"
      "import './side-effect';\n"
      "B();\n";
  const char* expected =
      "import {    B } from './a';\n"
      "                    \n"
      "                         \n"
      "import './side-effect';\n"
      "B();\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ImportsKeptUnderVerbatimModuleSyntax) {
  Options options;
  options.elide_unused_imports = false;
  const char* input =
      "import { A } from './a';\n"
      "import { type B } from './b';\n";
  const char* expected =
      "import { A } from './a';\n"
      "import {        } from './b';\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ExportType) {
  const char* input =
      "export type { A } from './a';\n"
      "export type { B };\n"
      "export type * from './c';\n"
      "export type * as ns from './d';\n"
      "export { type E, F };\n"
      "const F = 1;\n";
  const char* expected =
      "                             \n"
      "                  \n"
      "                         \n"
      "                               \n"
      "export {         F };\n"
      "const F = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ExportOfLocalTypeIsElided) {
  const char* input =
      "interface I {}\n"
      "type T = 1;\n"
      "const v = 1;\n"
      "export { I, T, v };\n"
      "export default I;\n";
  const char* expected =
      "              \n"
      "           \n"
      "const v = 1;\n"
      "export {       v };\n"
      "                 \n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ExportDeclarations) {
  const char* input =
      "export interface I {}\n"
      "export type T = 1;\n"
      "export declare const x: 1;\n"
      "export const y: number = 1;\n"
      "export default interface J {}\n";
  const char* expected =
      "                     \n"
      "                  \n"
      "                          \n"
      "export const y         = 1;\n"
      "                             \n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, UniqueSymbol) {
  const char* input =
      "declare const s: unique symbol;\n"
      "const t: typeof s = s;\n";
  const char* expected =
      "                               \n"
      "const t           = s;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AssertionFunction) {
  const char* input =
      "function assert(v: unknown): asserts v is string {}\n"
      "function isS(v: unknown): v is string { return true; }\n";
  const char* expected =
      "function assert(v         )                      {}\n"
      "function isS(v         )              { return true; }\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AccessorField) {
  const char* input =
      "class A {\n"
      "  accessor x = 1;\n"
      "  static accessor y: number = 2;\n"
      "  static accessor z = 3;\n"
      "  accessor #p = 4;\n"
      "}\n";
  const char* expected =
      "class A {\n"
      "  get x() { return this.#x_accessor_storage; } set x(value) { this.#x_accessor_storage = value; }  #x_accessor_storage = 1;\n"
      "  static get y() { return this.#y_accessor_storage; } static set y(value) { this.#y_accessor_storage = value; } static  #y_accessor_storage         = 2;\n"
      "  static get z() { return this.#z_accessor_storage; } static set z(value) { this.#z_accessor_storage = value; } static  #z_accessor_storage = 3;\n"
      "  get #p() { return this.#p_accessor_storage; } set #p(value) { this.#p_accessor_storage = value; }  #p_accessor_storage = 4;\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, GenericCallSignatureAfterMemberWithoutSemicolon) {
  const char* input =
      "interface F {\n"
      "  x: string\n"
      "  <T>(b: T): T\n"
      "}\n"
      "let f = 1;\n";
  const char* expected =
      "             \n"
      "           \n"
      "              \n"
      " \n"
      "let f = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, AsCalleeOnNextLineEndsTheStatement) {
  const char* input =
      "let a = b as T\n"
      "(c)\n";
  const char* expected =
      "let a = b ;   \n"
      "(c)\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

// A blanked statement after an if/else, loop or labeled statement whose body lacks a `;`
// starts with one: else `(g)()` would call the body's last expression.
TEST(TsStrip, SemicolonAfterCompoundStatementBeforeBlankedLine) {
  const char* input =
      "if (a) f()\n"
      "type T = number\n"
      "(g)()\n"
      "if (a) f(); else l: while (b) g()\n"
      "interface I {}\n"
      "(h)()\n"
      "for (const k of o) k()\n"
      "declare const d: number\n"
      "(i)()\n";
  const char* expected =
      "if (a) f()\n"
      ";              \n"
      "(g)()\n"
      "if (a) f(); else l: while (b) g()\n"
      ";             \n"
      "(h)()\n"
      "for (const k of o) k()\n"
      ";                      \n"
      "(i)()\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

// ...but not when the body ends with a block or a `;` (nothing to glue to).
TEST(TsStrip, NoSemicolonAfterCompoundStatementEndingWithABlock) {
  const char* input =
      "if (a) { f() }\n"
      "type T = 1\n"
      "(g)()\n"
      "for (const k in o) {}\n"
      "type U = 1\n"
      "(h)()\n"
      "while (a) f();\n"
      "type V = 1\n"
      "(i)()\n";
  const char* expected =
      "if (a) { f() }\n"
      "          \n"
      "(g)()\n"
      "for (const k in o) {}\n"
      "          \n"
      "(h)()\n"
      "while (a) f();\n"
      "          \n"
      "(i)()\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

// A `;` at the end of a comment does not end the statement before a blanked line.
TEST(TsStrip, SemicolonInTrailingCommentIsNotTheStatementEnd) {
  const char* input =
      "f() // done;\n"
      "type T = 1\n"
      "(g)()\n"
      "let a = 1 /* ; */\n"
      "interface I {}\n"
      "(h)()\n";
  const char* expected =
      "f() // done;\n"
      ";         \n"
      "(g)()\n"
      "let a = 1 /* ; */\n"
      ";             \n"
      "(h)()\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

// A comment after `x as T` on its line does not keep the `;` from being put back.
TEST(TsStrip, AsEndingAStatementBeforeAComment) {
  const char* input =
      "let y = x as T // c\n"
      "f()\n"
      "z = w satisfies U /* c */\n"
      "g()\n";
  const char* expected =
      "let y = x ;    // c\n"
      "f()\n"
      "z = w ;           /* c */\n"
      "g()\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

// Found by the differential fuzzer: `f<T>` + newline in a class field is an instantiation
// expression for tree-sitter (and TypeScript), which the fast path read as a comparison.
TEST(TsStrip, InstantiationExpressionEndingAClassField) {
  const char* input =
      "class A { y = f<T>\n"
      "g() }\n";
  const char* expected =
      "class A { y = f   \n"
      ";   }\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
  Options fast;
  fast.path = Path::kFastOnly;
  EXPECT_FALSE(Strip(input, fast).ok);  // left to tree-sitter
}

// Found by the differential fuzzer: a class member's name + newline + `(` is a method for
// TypeScript but a field and then a syntax error for tree-sitter; the fast path must not accept
// what tree-sitter rejects.
TEST(TsStrip, MethodNameThenParametersOnTheNextLine) {
  Options fast;
  fast.path = Path::kFastOnly;
  for (const char* input : {"abstract class A {\n  abstract x: number;e\n () { return 1; }\n}\n",
                            "class A {\n  static e\n () {}\n}\n", "class A {\n  [k]\n () {}\n}\n"}) {
    EXPECT_FALSE(Strip(input, fast).ok) << input;
    Options tree_sitter;
    tree_sitter.path = Path::kTreeSitter;
    EXPECT_FALSE(Strip(input, tree_sitter).ok) << input;
  }
}

// Found by the differential fuzzer: tree-sitter reads `<` + `unique`, `keyof` or `infer` as
// type arguments and rejects those comparisons, and `yield <` too; the fast path must leave
// them to it.
TEST(TsStrip, ComparisonWithTypeOperatorWords) {
  Options fast;
  fast.path = Path::kFastOnly;
  Options tree_sitter;
  tree_sitter.path = Path::kTreeSitter;
  for (const char* input : {"om<jisrom<unique\nretUrn\n", "a < keyof\nb\n", "a < b < infer\nc\n",
                            "a < b < yield < c;\n", "c<abstract"}) {
    EXPECT_FALSE(Strip(input, fast).ok) << input;
    EXPECT_FALSE(Strip(input, tree_sitter).ok) << input;
  }
  EXPECT_EQ(StripOk("a < readonly\nb\n"), "a < readonly\nb\n");
  // tree-sitter reads `yield!!` in an operand as a yield of `!!…`, the fast path read
  // non-null assertions: the fast path leaves it.
  EXPECT_FALSE(Strip("a < b < !yield!!\nc\n", fast).ok);
}

// Found by the differential fuzzer: a mapped type without `: T` is TypeScript, not
// tree-sitter-typescript; the fast path must not accept it.
TEST(TsStrip, MappedTypeWithoutValueType) {
  const char* input = "type A<T> = { [K in keyof T] };\nlet y = 1;\n";
  Options fast;
  fast.path = Path::kFastOnly;
  EXPECT_FALSE(Strip(input, fast).ok);
  std::string mapped = "type A<T> = { [K in keyof T]-?: T[K] };";
  EXPECT_EQ(StripOk(mapped + "\nlet y = 1;\n"),
            std::string(mapped.size(), ' ') + "\nlet y = 1;\n");
}

TEST(TsStrip, NamespaceExportReferencesAreQualified) {
  Options options;
  options.transform_types = true;
  const char* input =
      "namespace N {\n"
      "  export let v = 1;\n"
      "  function g(v: number) { return v; }\n"
      "  export const o = { v };\n"
      "}\n";
  const char* expected =
      "var N; (function (N) {\n"
      "  N.v = 1;\n"
      "  function g(v        ) { return v; }\n"
      "  N.o = { v: N.v };\n"
      "})(N || (N = {}));\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, JsxCommonJSRuntimeIsRequiredLazily) {
  Options options;
  options.dialect = Dialect::kTsx;
  options.module = ModuleKind::kCommonJS;
  const char* input =
      "const a = <><b>x</b></>;\n";
  const char* expected =
      "const a = _jsx(_Fragment(), { children: _jsx(\"b\", { children: \"x\" }) });\n"
      "\n"
      "var _jsxRuntime; function _jsx(type, props, key) { return (_jsxRuntime ?\?= require(\"react/jsx-runtime\")).jsx(type, props, key); } function _Fragment() { return (_jsxRuntime ?\?= require(\"react/jsx-runtime\")).Fragment; }";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, OptionalMethods) {
  const char* input =
      "class A {\n"
      "  m?(): void;\n"
      "  n?() {}\n"
      "}\n";
  const char* expected =
      "class A {\n"
      "            ;\n"
      "  n () {}\n"
      "}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, CatchClauseType) {
  const char* input =
      "try {} catch (e: unknown) {}\n";
  const char* expected =
      "try {} catch (e         ) {}\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ObjectMethodTypes) {
  const char* input =
      "const o = { m<T>(a: T): T { return a; }, get g(): number { return 1; } };\n";
  const char* expected =
      "const o = { m   (a   )    { return a; }, get g()         { return 1; } };\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, TypeOnlyNamespace) {
  const char* input =
      "namespace Types {\n"
      "  export interface A {}\n"
      "  export type B = 1;\n"
      "}\n"
      "let x = 1;\n";
  const char* expected =
      "                 \n"
      "                       \n"
      "                    \n"
      " \n"
      "let x = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ExportAsNamespace) {
  const char* input =
      "export as namespace Lib;\n"
      "let x = 1;\n";
  const char* expected =
      "                        \n"
      "let x = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, Utf16ColumnsKept) {
  const char* input =
      "const s: 'é€😀' = 'é€😀'; let t = 1;\n";
  const char* expected =
      "const s         = 'é€😀'; let t = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, CrlfKept) {
  const char* input =
      "let a: number = 1;\r\n"
      "interface I {\r\n"
      "}\r\n"
      "let b = a;\r\n";
  const char* expected =
      "let a         = 1;\r\n"
      "             \r\n"
      " \r\n"
      "let b = a;\r\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, HashbangKept) {
  const char* input =
      "#!/usr/bin/env kiln\n"
      "let a: number = 1;\n";
  const char* expected =
      "#!/usr/bin/env kiln\n"
      "let a         = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, ByteOrderMark) {
  const char* input =
      "\xEF\xBB\xBFlet a: number = 1;\n";
  const char* expected =
      "\xEF\xBB\xBFlet a         = 1;\n";
  EXPECT_EQ(StripOk(input), expected);
  ExpectPositionsKept(input, expected);
}

TEST(TsStrip, EnumTransform) {
  Options options;
  options.transform_types = true;
  const char* input =
      "enum E { A, B = 5, C, D = 'd' }\n";
  const char* expected =
      "var E; (function (E) { E[E[\"A\"] = 0] = \"A\";  E[E[\"B\"] = 5] = \"B\";  E[E[\"C\"] = 6] = \"C\";  E[\"D\"] = \"d\"; })(E || (E = {}));\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, ConstEnumTransform) {
  Options options;
  options.transform_types = true;
  const char* input =
      "const enum F { X = 1 << 2, Y = X | 1 }\n";
  const char* expected =
      "var F; (function (F) { F[F[\"X\"] = 4] = \"X\";  F[F[\"Y\"] = 5] = \"Y\"; })(F || (F = {}));\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, NamespaceTransform) {
  Options options;
  options.transform_types = true;
  const char* input =
      "namespace N {\n"
      "  export const a = 1;\n"
      "  export function f() { return a; }\n"
      "}\n";
  const char* expected =
      "var N; (function (N) {\n"
      "  N.a = 1;\n"
      "         function f() { return N.a; } N.f = f;\n"
      "})(N || (N = {}));\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, ParameterPropertiesTransform) {
  Options options;
  options.transform_types = true;
  const char* input =
      "class A extends B {\n"
      "  constructor(private x: number, public readonly y = 2) {\n"
      "    super();\n"
      "  }\n"
      "}\n";
  const char* expected =
      "class A extends B { x; y;\n"
      "  constructor(        x        ,                 y = 2) {\n"
      "    super(); this.x = x; this.y = y;\n"
      "  }\n"
      "}\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, ImportRequireTransform) {
  Options options;
  options.transform_types = true;
  options.module = ModuleKind::kCommonJS;
  const char* input =
      "import fs = require('fs');\n"
      "fs.readFileSync;\n";
  const char* expected =
      "const fs = require('fs');\n"
      "fs.readFileSync;\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, ExportAssignmentTransform) {
  Options options;
  options.transform_types = true;
  options.module = ModuleKind::kCommonJS;
  const char* input =
      "export = 42;\n";
  const char* expected =
      "module.exports = 42;\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, JsxAutomatic) {
  Options options;
  options.dialect = Dialect::kTsx;
  options.module = ModuleKind::kESModule;
  const char* input =
      "const a = <div className=\"x\">Hi {name}</div>;\n";
  const char* expected =
      "const a = _jsxs(\"div\", { className: \"x\", children: [\"Hi \", name] });\n"
      "\n"
      "import { jsxs as _jsxs } from \"react/jsx-runtime\";";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, JsxClassic) {
  Options options;
  options.dialect = Dialect::kTsx;
  options.module = ModuleKind::kESModule;
  options.jsx.runtime = JsxRuntime::kClassic;
  const char* input =
      "const a = <div className=\"x\">Hi {name}</div>;\n";
  const char* expected =
      "const a = React.createElement(\"div\", { className: \"x\" }, \"Hi \", name);\n";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, JsxFragmentAndKey) {
  Options options;
  options.dialect = Dialect::kTsx;
  options.module = ModuleKind::kESModule;
  const char* input =
      "const a = <><A key=\"k\" {...p} /></>;\n";
  const char* expected =
      "const a = _jsx(_Fragment, { children: _jsx(A, { ...p }, \"k\") });\n"
      "\n"
      "import { jsx as _jsx, Fragment as _Fragment } from \"react/jsx-runtime\";";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

TEST(TsStrip, JsxInTsxWithTypes) {
  Options options;
  options.dialect = Dialect::kTsx;
  options.module = ModuleKind::kESModule;
  const char* input =
      "const a = <Foo<number> value={x as number} />;\n";
  const char* expected =
      "const a = _jsx(Foo, { value: x           });\n"
      "\n"
      "import { jsx as _jsx } from \"react/jsx-runtime\";";
  EXPECT_EQ(StripOk(input, options), expected);
  ExpectLinesKept(input, expected);
}

// --- Errors ---------------------------------------------------------------------------------

TEST(TsStripErrors, EnumNeedsTransformTypes) {
  Diagnostic error = StripError("const a = 1;\nenum Color { Red }\n");
  EXPECT_EQ(error.code, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX");
  EXPECT_EQ(error.message, "TypeScript enum is not supported in strip-only mode");
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.column, 1u);
  EXPECT_NE(error.hint.find("--transform-types"), std::string::npos);
}

TEST(TsStripErrors, UnsupportedConstructsWithoutTransformTypes) {
  struct Case {
    const char* source;
    const char* what;
    uint32_t line, column;
  } cases[] = {
      {"namespace N { export const a = 1; }\n", "namespace", 1, 1},
      {"class A {\n  constructor(private x: number) {}\n}\n", "parameter property", 2, 15},
      {"import fs = require('fs');\n", "import x = require()", 1, 1},
      {"let a;\nexport = a;\n", "export =", 2, 1},
      {"import x = A.b;\n", "import alias", 1, 1},
      {"  const enum E { A }\n", "enum", 1, 3},
  };
  for (const Case& c : cases) {
    Diagnostic error = StripError(c.source);
    EXPECT_EQ(error.code, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX") << c.source;
    EXPECT_NE(error.message.find(c.what), std::string::npos) << error.message;
    EXPECT_EQ(error.line, c.line) << c.source;
    EXPECT_EQ(error.column, c.column) << c.source;
    EXPECT_FALSE(error.hint.empty());
  }
}

TEST(TsStripErrors, DecoratorsAreAnError) {
  Diagnostic error = StripError("@sealed\nclass A {}\n");
  EXPECT_EQ(error.code, "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX");
  EXPECT_EQ(error.line, 1u);
}

TEST(TsStripErrors, InvalidSyntaxHasAPosition) {
  Diagnostic error = StripError("let ok = 1;\nlet x: = 1;\n");
  EXPECT_EQ(error.code, "ERR_INVALID_TYPESCRIPT_SYNTAX");
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.column, 6u);
}

TEST(TsStripErrors, MissingToken) {
  Diagnostic error = StripError("function f(a: number {\n}\n");
  EXPECT_EQ(error.code, "ERR_INVALID_TYPESCRIPT_SYNTAX");
  EXPECT_EQ(error.line, 1u);
}

TEST(TsStripErrors, JsxInTsFileHintsAtTsx) {
  Diagnostic error = StripError("const a = <div>hi</div>;\n");
  EXPECT_EQ(error.code, "ERR_INVALID_TYPESCRIPT_SYNTAX");
  EXPECT_NE(error.hint.find(".tsx"), std::string::npos) << error.hint;
}

TEST(TsStripErrors, ColumnsCountUtf16Units) {
  // 😀 is two UTF-16 units, é one: `enum` starts at column 1 + 2 + 1 + 1 = 5... after "😀é ".
  Diagnostic error = StripError("/*😀é*/ enum E {}\n");
  EXPECT_EQ(error.line, 1u);
  EXPECT_EQ(error.column, 9u);
}

TEST(TsStripErrors, FormatShowsLineAndCaret) {
  std::string source = "let a = 1;\n  enum E { A }\n";
  Result result = Strip(source, {});
  ASSERT_FALSE(result.ok);
  EXPECT_EQ(FormatDiagnostic("/x/main.ts", source, result.error),
            "/x/main.ts:2:3\n"
            "  enum E { A }\n"
            "  ^^^^\n"
            "SyntaxError: TypeScript enum is not supported in strip-only mode\n"
            "hint: run with --transform-types to compile it, or use an object with `as const`\n");
}

TEST(TsStripErrors, NoHalfStrippedOutput) {
  Result result = Strip("let a: number = 1;\nlet b = (;\n", {});
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.code.empty());
}

// --- Robustness -----------------------------------------------------------------------------

TEST(TsStripRobustness, EmptyAndWhitespace) {
  EXPECT_EQ(StripOk(""), "");
  EXPECT_EQ(StripOk("\n\n  \n"), "\n\n  \n");
}

TEST(TsStripRobustness, DeepNestingDoesNotOverflowTheStack) {
  std::string source = "let a = ";
  for (int i = 0; i < 20000; i++) source += "(";
  source += "1";
  for (int i = 0; i < 20000; i++) source += ")";
  source += ";\n";
  Result result = Strip(source, {});
  if (result.ok) EXPECT_EQ(result.code, source);
  std::string chain = "let b: number = 0";
  for (int i = 0; i < 50000; i++) chain += " + x";
  chain += ";\n";
  Result chained = Strip(chain, {});
  ASSERT_TRUE(chained.ok);
  EXPECT_EQ(chained.code.substr(0, 17), "let b         = 0");
}

TEST(TsStripRobustness, BinaryGarbageIsAnErrorNotACrash) {
  std::string garbage;
  uint32_t state = 12345;
  for (int i = 0; i < 100000; i++) {
    state = state * 1103515245 + 12345;
    garbage += static_cast<char>(state >> 16);
  }
  for (Dialect dialect : {Dialect::kTypeScript, Dialect::kTsx}) {
    Options options;
    options.dialect = dialect;
    options.transform_types = true;
    Result result = Strip(garbage, options);
    EXPECT_FALSE(result.ok);
    (void)FormatDiagnostic("garbage.ts", garbage, result.error);
  }
}

TEST(TsStripRobustness, ModuleSyntaxIsReported) {
  EXPECT_TRUE(Strip("export const a = 1;\n", {}).has_module_syntax);
  EXPECT_TRUE(Strip("import x from 'y';\nx();\n", {}).has_module_syntax);
  EXPECT_TRUE(Strip("await Promise.resolve();\n", {}).has_module_syntax);
  EXPECT_TRUE(Strip("console.log(import.meta.url);\n", {}).has_module_syntax);
  EXPECT_FALSE(Strip("async function f() { await 1; }\n", {}).has_module_syntax);
  // Only type imports: nothing of ES modules is left.
  EXPECT_FALSE(Strip("import type { A } from './a';\nlet a: A;\n", {}).has_module_syntax);
  EXPECT_FALSE(Strip("import { A } from './a';\nlet a: A;\n", {}).has_module_syntax);
}

TEST(TsStripRobustness, DialectForPath) {
  EXPECT_EQ(DialectForPath("/a/b.ts"), Dialect::kTypeScript);
  EXPECT_EQ(DialectForPath("/a/b.mts"), Dialect::kTypeScript);
  EXPECT_EQ(DialectForPath("/a/b.tsx"), Dialect::kTsx);
  EXPECT_EQ(DialectForPath("/a/b.jsx"), Dialect::kTsx);
  EXPECT_TRUE(IsTypeScriptPath("x.cts"));
  EXPECT_FALSE(IsTypeScriptPath("x.js"));
}

// --- Cache ----------------------------------------------------------------------------------

TEST(TsStripCache, MemoryThenDisk) {
  char pattern[] = "/tmp/ts-strip-cache-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  std::string directory = pattern;
  std::string source = "let a: number = 1;\n";
  {
    Cache cache(directory);
    CacheHit hit;
    Result first = cache.Strip(source, {}, &hit);
    EXPECT_EQ(hit, CacheHit::kMiss);
    Result second = cache.Strip(source, {}, &hit);
    EXPECT_EQ(hit, CacheHit::kMemory);
    EXPECT_EQ(first.code, second.code);
    Options other;
    other.transform_types = true;
    cache.Strip(source, other, &hit);
    EXPECT_EQ(hit, CacheHit::kMiss);  // options are part of the key
  }
  {
    Cache cache(directory);  // a new process
    CacheHit hit;
    Result result = cache.Strip(source, {}, &hit);
    EXPECT_EQ(hit, CacheHit::kDisk);
    EXPECT_EQ(result.code, "let a         = 1;\n");
  }
  std::string command = "rm -rf '" + directory + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
}

TEST(TsStripCache, ErrorsAreNotWrittenToDisk) {
  char pattern[] = "/tmp/ts-strip-cache-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  std::string directory = pattern;
  {
    Cache cache(directory);
    CacheHit hit;
    EXPECT_FALSE(cache.Strip("enum E {}", {}, &hit).ok);
  }
  {
    Cache cache(directory);
    CacheHit hit;
    EXPECT_FALSE(cache.Strip("enum E {}", {}, &hit).ok);
    EXPECT_EQ(hit, CacheHit::kMiss);
  }
  std::string command = "rm -rf '" + directory + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
}

// A file stamp whose last change was `age_seconds` ago.
FileStamp StampAged(uint64_t inode, uint64_t size, int64_t age_seconds) {
  FileStamp stamp;
  stamp.device = 42;
  stamp.inode = inode;
  stamp.size = size;
  stamp.mtime_ns = NowNanoseconds() - age_seconds * 1'000'000'000;
  stamp.ctime_ns = stamp.mtime_ns;
  return stamp;
}

TEST(TsStripCache, SettledStampFindsOutputWithoutTheSource) {
  char pattern[] = "/tmp/ts-strip-cache-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  std::string directory = pattern;
  std::string source = "let a: number = 1;\n";
  FileStamp stamp = StampAged(7, source.size(), 60);
  {
    Cache cache(directory);
    EXPECT_EQ(cache.FindByStamp(stamp, {}), nullptr);
    CacheHit hit;
    EXPECT_TRUE(cache.StripFile(stamp, source, {}, &hit).ok);
    EXPECT_EQ(hit, CacheHit::kMiss);
  }
  Cache cache(directory);  // a new process
  std::unique_ptr<MappedOutput> found = cache.FindByStamp(stamp, {});
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(std::string_view(found->data(), found->size()), "let a         = 1;\n");
  EXPECT_FALSE(found->has_module_syntax());
  Options other;
  other.module = ModuleKind::kESModule;
  EXPECT_EQ(cache.FindByStamp(stamp, other), nullptr);  // options are part of the key
  FileStamp rewritten = stamp;
  rewritten.ctime_ns += 1;  // any change moves ctime
  EXPECT_EQ(cache.FindByStamp(rewritten, {}), nullptr);
  rewritten = stamp;
  rewritten.inode = 8;
  EXPECT_EQ(cache.FindByStamp(rewritten, {}), nullptr);
  std::string command = "rm -rf '" + directory + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
}

TEST(TsStripCache, RecentStampsAreNeverTrusted) {
  char pattern[] = "/tmp/ts-strip-cache-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  std::string directory = pattern;
  std::string source = "let a: number = 1;\n";
  // Changed a moment ago: a rewrite within the timestamps' granularity could keep this stamp.
  FileStamp recent = StampAged(7, source.size(), 0);
  FileStamp future = StampAged(8, source.size(), -60);  // clock skew
  Cache cache(directory);
  for (const FileStamp& stamp : {recent, future}) {
    EXPECT_TRUE(cache.StripFile(stamp, source, {}).ok);
    EXPECT_EQ(cache.FindByStamp(stamp, {}), nullptr);
  }
  // The stamp of a file that changed while it was read (its size no longer matches) either.
  FileStamp grown = StampAged(9, source.size() + 1, 60);
  EXPECT_TRUE(cache.StripFile(grown, source, {}).ok);
  EXPECT_EQ(cache.FindByStamp(grown, {}), nullptr);
  // Nor are errors recorded.
  FileStamp invalid = StampAged(10, 9, 60);
  EXPECT_FALSE(cache.StripFile(invalid, "enum E {}", {}).ok);
  EXPECT_EQ(cache.FindByStamp(invalid, {}), nullptr);
  EXPECT_TRUE(IsSettled(StampAged(1, 1, 3), NowNanoseconds()));
  EXPECT_FALSE(IsSettled(StampAged(1, 1, 1), NowNanoseconds()));
  std::string command = "rm -rf '" + directory + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
}

TEST(TsStripCache, NoStampsWithoutADiskCache) {
  Cache cache("");
  FileStamp stamp = StampAged(7, 18, 60);
  EXPECT_TRUE(cache.StripFile(stamp, "let a: number = 1;", {}).ok);
  EXPECT_EQ(cache.FindByStamp(stamp, {}), nullptr);
}

TEST(TsStripCache, UnwritableDirectoryOnlyCostsSpeed) {
  Cache cache("/proc/kiln-no-such-dir");
  CacheHit hit;
  EXPECT_TRUE(cache.Strip("let a: number = 1;", {}, &hit).ok);
}

}  // namespace
}  // namespace kiln::ts_strip
