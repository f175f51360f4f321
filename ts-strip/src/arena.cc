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

// Blocks come in size classes: 16-byte steps up to 1 KiB, then powers of two. A freed block
// goes on its class's free list and is reused by the next allocation of that class, so the
// memory a parse touches stays small and warm in the cache (a pure bump allocator touched new
// pages all the time, which cost more than it saved).
constexpr size_t kSmallLimit = 1024;
constexpr size_t kSmallClasses = kSmallLimit / kAlign;  // 16, 32, ..., 1024
constexpr size_t kClassCount = kSmallClasses + 40;

struct Region {
  char* base = nullptr;
  char* top = nullptr;         // next free byte
  char* high_water = nullptr;  // the highest top since the last trim
  int active = 0;
  void* free_lists[kClassCount] = {};
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

inline bool InRegion(const Region* region, const void* pointer) {
  const char* p = static_cast<const char*>(pointer);
  return region != nullptr && p >= region->base && p < region->base + kRegionSize;
}

// The class of a request and the capacity of its blocks.
inline size_t ClassOf(size_t size, size_t* capacity) {
  if (size <= kSmallLimit) {
    size_t index = size == 0 ? 0 : (size - 1) / kAlign;
    *capacity = (index + 1) * kAlign;
    return index;
  }
  size_t bits = 64 - static_cast<size_t>(__builtin_clzll(size - 1));  // 2^bits >= size
  *capacity = size_t{1} << bits;
  return kSmallClasses + (bits - 10);
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

// Arena blocks carry their class in the 16 bytes before them.
void* ArenaAllocate(Region* region, size_t size) {
  size_t capacity;
  size_t index = ClassOf(size, &capacity);
  if (index >= kClassCount) return nullptr;
  if (void* reused = region->free_lists[index]) {
    region->free_lists[index] = *static_cast<void**>(reused);
    return reused;
  }
  size_t total = capacity + kAlign;
  if (static_cast<size_t>(region->base + kRegionSize - region->top) < total) return nullptr;
  char* block = region->top;
  region->top += total;
  *reinterpret_cast<size_t*>(block) = index;
  return block + kAlign;
}

inline size_t CapacityOf(const void* pointer) {
  size_t index = *reinterpret_cast<const size_t*>(static_cast<const char*>(pointer) - kAlign);
  return index < kSmallClasses ? (index + 1) * kAlign : size_t{1} << (index - kSmallClasses + 10);
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
      std::memset(p, 0, total);  // reused blocks and reused pages hold old data
      return p;
    }
  }
  void* p = std::calloc(count == 0 ? 1 : count, size == 0 ? 1 : size);
  if (p == nullptr) std::abort();
  return p;
}

void Free(void* pointer) {
  if (pointer == nullptr) return;
  Region* region = thread_region;
  if (InRegion(region, pointer)) {
    if (region->active > 0) {
      size_t index = *reinterpret_cast<size_t*>(static_cast<char*>(pointer) - kAlign);
      *static_cast<void**>(pointer) = region->free_lists[index];
      region->free_lists[index] = pointer;
    }
    return;
  }
  if (InAnyRegion(pointer)) return;  // another thread's arena: it is reset as a whole
  std::free(pointer);
}

void* Realloc(void* pointer, size_t size) {
  if (pointer == nullptr) return Malloc(size);
  if (!InAnyRegion(pointer)) {
    void* p = std::realloc(pointer, size == 0 ? 1 : size);
    if (p == nullptr) std::abort();
    return p;
  }
  size_t capacity = CapacityOf(pointer);
  if (size <= capacity) return pointer;
  void* p = Malloc(size);
  std::memcpy(p, pointer, capacity);
  Free(pointer);
  return p;
}

void InstallAllocator() {
  static std::once_flag once;
  std::call_once(once, [] { ts_set_allocator(Malloc, Calloc, Realloc, Free); });
}

}  // namespace

// KILN_TS_ARENA=0 leaves tree-sitter on libc malloc (to measure what the arena saves).
bool ArenaDisabled() {
  static const bool disabled = [] {
    const char* value = std::getenv("KILN_TS_ARENA");
    return value != nullptr && std::strcmp(value, "0") == 0;
  }();
  return disabled;
}

ArenaScope::ArenaScope() {
  InstallAllocator();
  if (ArenaDisabled()) return;
  Region* region = ThreadRegion();
  if (region == nullptr) return;
  if (region->active++ == 0) owner_ = true;
}

ArenaScope::~ArenaScope() {
  Region* region = thread_region;
  if (region == nullptr || ArenaDisabled()) return;
  if (--region->active > 0 || !owner_) return;
  if (region->top > region->high_water) region->high_water = region->top;
  // Keep the first pages for the next parse; give the rest back.
  char* keep = region->base + kKeepCommitted;
  if (region->high_water > keep) {
    madvise(keep, static_cast<size_t>(region->high_water - keep), MADV_DONTNEED);
    region->high_water = keep;
  }
  region->top = region->base;
  for (void*& list : region->free_lists) list = nullptr;
}

}  // namespace kiln::ts_strip
