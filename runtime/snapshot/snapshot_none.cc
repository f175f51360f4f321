// For binaries built without a startup snapshot (the snapshot builder, unit tests).
#include "snapshot.h"

namespace kiln {

const v8::StartupData* EmbeddedSnapshot() { return nullptr; }

}  // namespace kiln
