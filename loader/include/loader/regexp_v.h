// Regular expressions with the `v` flag (ES2024 unicodeSets) for V8 10.2, which knows only `u`:
// a translator from a `v`-mode pattern to a `u`-mode pattern with the same meaning, and the
// rewrite of `v` regular expression literals in JavaScript source text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiln::loader {

// Translates the `v`-mode `pattern` (code points) to a `u`-mode pattern that matches the same
// strings with the same captures, for the flags of the regex minus `v` plus `u`. Character
// classes are parsed with `v`'s grammar (nested classes, `&&`, `--`, `\q{…}`, properties of
// strings, the reserved punctuators) and emitted as `u` classes, computed with ICU sets where
// set operations need it. The text outside classes is `u`'s syntax already and is copied (V8
// checks it). On an invalid pattern returns false with V8's phrase for the problem in `error`
// (for example "Invalid set operation in character class").
bool TranslateUnicodeSets(std::u32string_view pattern, bool ignore_case, std::u32string* out,
                          std::string* error);

// The same on UTF-16 text (JS strings; a lone surrogate is a code point of its own, as in `v`
// mode).
bool TranslateUnicodeSets16(std::u16string_view pattern, bool ignore_case, std::u16string* out,
                            std::string* error);

// A `v` regex literal that failed to translate: the SyntaxError V8 would raise, and where.
struct RegExpLiteralError {
  std::string message;  // "Invalid regular expression: /…/v: …"
  size_t offset = 0;    // byte offset of the literal in the source
  size_t length = 0;    // its length in bytes
};

// True when `source` may hold a regex literal with the `v` flag: a `/` followed by regex flags
// including `v`, then neither an identifier character nor `/` or `-`. The cheap test that spares
// tokenizing every other file (~0.5% of the files of a node_modules tree pass it).
bool MayHaveUnicodeSetsLiteral(std::string_view source);

// Rewrites every regular expression literal of `source` (UTF-8) that has the `v` flag to the
// equivalent `u` literal (`/[\p{L}--[a-z]]/v` -> `/[…ranges…]/u`). Line breaks are never added
// or removed, so every line keeps its number; code after a literal whose translation has a
// different length moves on that line. Returns false when nothing was rewritten (`out` is left
// alone); on an invalid `v` pattern returns false and fills `error` (error->message not empty).
bool RewriteUnicodeSetsLiterals(std::string_view source, std::string* out,
                                RegExpLiteralError* error);

}  // namespace kiln::loader
