// The fast path: a single-pass recognizer of JavaScript plus the TypeScript syntax that only
// adds types, which records the same blanks and edits as the tree-sitter walk (strip.cc) and
// renders the same text. It returns false (bails out) on anything it is not sure of, and the
// caller falls back to tree-sitter, which stays the reference and the error reporter.
#pragma once

#include <string_view>

#include "ts_strip/ts_strip.h"

namespace kiln::ts_strip::fast {

// Strips `source` (without its byte order mark) when the fast path accepts it.
bool TryStrip(std::string_view source, const Options& options, Result* result);

// Whether the fast path is enabled (KILN_TS_FAST=0 turns it off).
bool Enabled();

}  // namespace kiln::ts_strip::fast
