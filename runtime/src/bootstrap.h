// Running the JS bootstrap of a context: the part a snapshot captures, and the per-run part.
#pragma once

#include <vector>

#include "environment.h"
#include "v8.h"

namespace kiln {

// Creates the process object and runs internal/bootstrap/realm and internal/bootstrap/node.
// Returns the internal require function (empty if JS threw).
v8::MaybeLocal<v8::Function> BootstrapContext(Environment* env);

// The native callbacks BootstrapContext puts into the context.
void AppendBootstrapReferences(std::vector<intptr_t>* references);

}  // namespace kiln
