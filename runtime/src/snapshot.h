// The V8 startup snapshot: a bootstrapped context (internal/bootstrap/node) serialized at build
// time, so that a process starts by deserializing it instead of running the bootstrap.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// The V8 flags every Kiln process runs with. The snapshot tool sets the same ones: V8 rejects a
// code cache made under other flags. --harmony-import-assertions: V8 10.2 parses
// `assert { type: 'json' }` only with it (the loader rewrites `with` to it), as Node 18 enables
// it on the same V8. The snapshot is part of the binary, so checking its checksum at every start
// would cost ~6% of start-up for no protection the binary itself lacks.
inline constexpr char kV8Flags[] = "--no-verify-snapshot-checksum --harmony-import-assertions";

// A V8 code cache of one library module (runtime/lib), made at build time, so that a module the
// snapshot does not hold (node:stream, zlib, crypto...) is deserialized instead of compiled.
struct LibraryCodeCache {
  std::string_view id;
  const uint8_t* data;
  size_t length;
};

// The code caches compiled into this binary (empty without a snapshot).
std::span<const LibraryCodeCache> EmbeddedLibraryCodeCaches();

// Compiles every library module eagerly, in a fresh isolate, and returns (id, code cache) pairs.
bool CreateLibraryCodeCaches(std::vector<std::pair<std::string, std::string>>* caches);

// Bootstraps a context and serializes it into `blob`. Prints the error and returns false if
// the bootstrap throws.
bool CreateSnapshotBlob(std::string* blob);

}  // namespace kiln
