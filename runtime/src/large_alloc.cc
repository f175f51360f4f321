#include "large_alloc.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace kiln {
namespace {

// Large blocks that die young (Buffers, encoded strings of a megabyte, freed at the next GC)
// were most of the cost of Buffer encodings: each 4 KiB of fresh memory was one page fault,
// several microseconds on this kind of virtual machine. Madvising the malloc heap for huge
// pages (what glibc's glibc.malloc.hugetlb=1 tunable does, which a program cannot set for
// itself) makes that one fault per 2 MiB. The main arena grows by brk, which gives new memory
// a fresh mapping without the advice, so the advice is renewed as the heap grows: from the
// first large block to the current break. Blocks in other arenas or mmap'd ones are left
// as they are.
constexpr uintptr_t kPage = 4096;
std::atomic<uintptr_t> g_heap_start{0};
std::atomic<uintptr_t> g_advised_end{0};

void Advise(void* block, size_t size) {
  if (block == nullptr || size < kLargeBlockSize) return;
  const auto begin = reinterpret_cast<uintptr_t>(block);
  const auto brk_now = reinterpret_cast<uintptr_t>(sbrk(0));
  if (begin >= brk_now) return;  // Not in the main arena's brk heap.
  uintptr_t start = g_heap_start.load(std::memory_order_relaxed);
  if (start == 0) {
    start = begin & ~(kPage - 1);
    uintptr_t expected = 0;
    if (!g_heap_start.compare_exchange_strong(expected, start)) start = expected;
  }
  if (begin < start) return;
  uintptr_t advised = g_advised_end.load(std::memory_order_relaxed);
  if (advised >= brk_now) return;
  const uintptr_t from = advised > start ? advised : start;
  if (g_advised_end.compare_exchange_strong(advised, brk_now)) {
    madvise(reinterpret_cast<void*>(from), brk_now - from, MADV_HUGEPAGE);
  }
}

class ArrayBufferAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override { return LargeAllocZeroed(length); }
  void* AllocateUninitialized(size_t length) override { return LargeAlloc(length); }
  void Free(void* data, size_t) override { std::free(data); }
};

}  // namespace

void* LargeAlloc(size_t size) {
  void* block = std::malloc(size);
  Advise(block, size);
  return block;
}

void* LargeAllocZeroed(size_t size) {
  void* block = std::calloc(size, 1);
  Advise(block, size);
  return block;
}

std::unique_ptr<v8::ArrayBuffer::Allocator> NewArrayBufferAllocator() {
  return std::make_unique<ArrayBufferAllocator>();
}

}  // namespace kiln
