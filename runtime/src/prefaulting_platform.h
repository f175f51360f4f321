// V8's platform with one change: the heap's pages are populated when V8 makes them writable,
// in one system call per range, instead of by one page fault per 4 KiB page on first write.
//
// Kiln's heap starts by deserializing a ~3 MB snapshot into fresh pages, and V8 only commits
// pages it is about to fill. A page fault costs ~14 us on the project's VM (where the kernel
// runs paravirtualized), against ~0.6 us per page populated in bulk: the faults were a sixth
// of a hello-world's time. Everything else is V8's default platform.
#ifndef KILN_RUNTIME_SRC_PREFAULTING_PLATFORM_H_
#define KILN_RUNTIME_SRC_PREFAULTING_PLATFORM_H_

#include <v8-platform.h>

#include <memory>

namespace kiln {

// Wraps `inner` (V8's default platform, which keeps doing all the work and must be the one
// given to v8::platform::PumpMessageLoop) with the populating page allocator.
std::unique_ptr<v8::Platform> NewPrefaultingPlatform(v8::Platform* inner);

}  // namespace kiln

#endif  // KILN_RUNTIME_SRC_PREFAULTING_PLATFORM_H_
