// The V8 startup snapshot: a bootstrapped context (internal/bootstrap/node) serialized at build
// time, so that a process starts by deserializing it instead of running the bootstrap.
#pragma once

#include <string>

#include "v8.h"

namespace kiln {

// The snapshot compiled into this binary, or nullptr (the snapshot builder, unit tests).
const v8::StartupData* EmbeddedSnapshot();

// Every native callback reachable from the bootstrapped context, null-terminated. The same
// list must be given when the snapshot is made and when it is used.
const intptr_t* ExternalReferences();

// The bootstrapped context's index among the snapshot's additional contexts (the default
// context is a plain one, for node:vm).
constexpr size_t kSnapshotBootstrappedContext = 0;

// Indices of the values stored with the snapshot's context.
enum SnapshotDataIndex : size_t { kSnapshotProcess = 0, kSnapshotRequire = 1 };

// Bootstraps a context and serializes it into `blob`. Prints the error and returns false if
// the bootstrap throws.
bool CreateSnapshotBlob(std::string* blob);

}  // namespace kiln
