// For binaries built without a startup snapshot (the snapshot builder, unit tests).
#include "snapshot.h"

namespace kiln {

const v8::StartupData* EmbeddedSnapshot() { return nullptr; }

std::span<const LibraryCodeCache> EmbeddedLibraryCodeCaches() { return {}; }

}  // namespace kiln
