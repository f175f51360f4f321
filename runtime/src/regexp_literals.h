// The `v` regex literal rewrite (loader/include/loader/regexp_v.h) as the module loaders use it
// before V8 10.2 compiles a source text: an invalid `v` pattern becomes the SyntaxError V8
// would have thrown, with Node's "file:line / source / ^^^" arrow.
#pragma once

#include <string>
#include <string_view>

#include "environment.h"

namespace kiln {

// Rewrites the `v` regex literals of `source` (UTF-8) in place (`changed` says whether there
// were any). False when an invalid one was found: a SyntaxError naming `filename` is then
// pending.
bool RewriteUnicodeSetsLiterals(Environment* env, std::string_view filename, std::string* source,
                                bool* changed = nullptr);

}  // namespace kiln
