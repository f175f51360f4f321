// Memory for large byte blocks (ArrayBuffer backing stores, external strings), malloc'd with
// transparent huge pages asked for, and the ArrayBuffer allocator every isolate uses.
#pragma once

#include <cstddef>
#include <memory>

#include "v8.h"

namespace kiln {

// Blocks from this size on are worth huge pages.
constexpr size_t kLargeBlockSize = 256 << 10;

// malloc / calloc (zeroed) that ask for huge pages behind blocks of kLargeBlockSize or more;
// free with std::free. Null on failure.
void* LargeAlloc(size_t size);
void* LargeAllocZeroed(size_t size);

// The ArrayBuffer::Allocator for every isolate: V8's default (calloc/malloc/free) with the
// huge-page advice above.
std::unique_ptr<v8::ArrayBuffer::Allocator> NewArrayBufferAllocator();

}  // namespace kiln
