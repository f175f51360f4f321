// Each thread that strips gets a region of reserved address space (pages are committed by
// the kernel on first touch). Every pointer tree-sitter frees or reallocates is checked
// against the regions: inside one it is arena memory (free is a no-op), outside it came from
// libc (before the allocator was installed, or with no scope active) and goes back there.
#include "arena.h"

#include <sys/mman.h>
#include <tree_sitter/api.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace kiln::ts_strip {
namespace {

constexpr size_t kRegionSize = size_t{1} << 32;     // 4 GiB of address space per thread
constexpr size_t kKeepCommitted = size_t{64} << 20;  // given back to the kernel beyond this
constexpr size_t kAlign = 16;
constexpr int kMaxRegions = 256;

struct Region {
  char* base = nullptr;
  char* top = nullptr;        // next free byte
  char* high_water = nullptr;  // the highest top since the last trim
  int active = 0;
};

std::atomic<int> region_count{0};
char* region_bases[kMaxRegions];  // written before region_count is published

thread_local Region* thread_region = nullptr;
thread_local bool thread_region_failed = false;

inline bool InAnyRegion(const void* pointer) {
  const char* p = static_cast<const char*>(pointer);
  int count = region_count.load(std::memory_order_acquire);
  for (int i = 0; i < count; i++) {
    if (p >= region_bases[i] && p < region_bases[i] + kRegionSize) return true;
  }
  return false;
}

Region* ThreadRegion() {
  if (thread_region != nullptr || thread_region_failed) return thread_region;
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  if (region_count.load() >= kMaxRegions) {
    thread_region_failed = true;
    return nullptr;
  }
  void* base = mmap(nullptr, kRegionSize, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) {
    thread_region_failed = true;  // e.g. a ulimit on address space: libc malloc it is
    return nullptr;
  }
  auto* region = new Region;
  region->base = region->top = region->high_water = static_cast<char*>(base);
  int index = region_count.load();
  region_bases[index] = region->base;
  region_count.store(index + 1, std::memory_order_release);
  thread_region = region;
  return region;
}

// Arena blocks carry their size in the 16 bytes before them, for realloc.
void* ArenaAllocate(Region* region, size_t size) {
  size_t total = (size + kAlign + kAlign - 1) & ~(kAlign - 1);
  if (static_cast<size_t>(region->base + kRegionSize - region->top) < total) return nullptr;
  char* block = region->top;
  region->top += total;
  *reinterpret_cast<size_t*>(block) = size;
  return block + kAlign;
}

void* Malloc(size_t size) {
  Region* region = thread_region;
  if (region != nullptr && region->active > 0) {
    if (void* p = ArenaAllocate(region, size)) return p;
  }
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();  // what tree-sitter's own allocator does
  return p;
}

void* Calloc(size_t count, size_t size) {
  size_t total = count * size;
  if (size != 0 && total / size != count) std::abort();
  Region* region = thread_region;
  if (region != nullptr && region->active > 0) {
    if (void* p = ArenaAllocate(region, total)) {
      // Memory below the high-water mark may hold an earlier parse's data.
      std::memset(p, 0, total);
      return p;
    }
  }
  void* p = std::calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
  if (p == nullptr) std::abort();
  return p;
}

void Free(void* pointer) {
  if (pointer == nullptr || InAnyRegion(pointer)) return;
  std::free(pointer);
}

void* Realloc(void* pointer, size_t size) {
  if (pointer == nullptr) return Malloc(size);
  if (!InAnyRegion(pointer)) {
    void* p = std::realloc(pointer, size == 0 ? 1 : size);
    if (p == nullptr) std::abort();
    return p;
  }
  char* block = static_cast<char*>(pointer) - kAlign;
  size_t old_size = *reinterpret_cast<size_t*>(block);
  Region* region = thread_region;
  // The last block of this thread's arena grows in place.
  if (region != nullptr && region->active > 0 && block >= region->base &&
      block < region->base + kRegionSize) {
    size_t old_total = (old_size + kAlign + kAlign - 1) & ~(kAlign - 1);
    size_t new_total = (size + kAlign + kAlign - 1) & ~(kAlign - 1);
    if (block + old_total == region->top &&
        static_cast<size_t>(region->base + kRegionSize - block) >= new_total) {
      region->top = block + new_total;
      *reinterpret_cast<size_t*>(block) = size;
      return pointer;
    }
  }
  void* p = Malloc(size);
  std::memcpy(p, pointer, old_size < size ? old_size : size);
  return p;
}

void InstallAllocator() {
  static std::once_flag once;
  std::call_once(once, [] { ts_set_allocator(Malloc, Calloc, Realloc, Free); });
}

}  // namespace

ArenaScope::ArenaScope() {
  InstallAllocator();
  Region* region = ThreadRegion();
  if (region == nullptr) return;
  if (region->active++ == 0) owner_ = true;
}

ArenaScope::~ArenaScope() {
  Region* region = thread_region;
  if (region == nullptr) return;
  if (--region->active > 0 || !owner_) return;
  if (region->top > region->high_water) region->high_water = region->top;
  // Keep the first pages for the next parse; give the rest back.
  char* keep = region->base + kKeepCommitted;
  if (region->high_water > keep) {
    madvise(keep, static_cast<size_t>(region->high_water - keep), MADV_DONTNEED);
    region->high_water = keep;
  }
  region->top = region->base;
}

}  // namespace kiln::ts_strip
