// V8's default platform with a page allocator that populates writable pages in bulk (see
// prefaulting_platform.h). The allocator follows V8's own POSIX one (base/platform): the same
// protections, reservations without swap, alignment by trimming, and discard/decommit.
#include "prefaulting_platform.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <mutex>
#include <random>

namespace kiln {
namespace {

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older kernels reject it and pages fault as before
#endif

int Protection(v8::PageAllocator::Permission permission) {
  switch (permission) {
    case v8::PageAllocator::kNoAccess:
    case v8::PageAllocator::kNoAccessWillJitLater:
      return PROT_NONE;
    case v8::PageAllocator::kRead:
      return PROT_READ;
    case v8::PageAllocator::kReadWrite:
      return PROT_READ | PROT_WRITE;
    case v8::PageAllocator::kReadWriteExecute:
      return PROT_READ | PROT_WRITE | PROT_EXEC;
    case v8::PageAllocator::kReadExecute:
      return PROT_READ | PROT_EXEC;
  }
  return PROT_NONE;
}

bool IsInaccessible(v8::PageAllocator::Permission permission) {
  return permission == v8::PageAllocator::kNoAccess ||
         permission == v8::PageAllocator::kNoAccessWillJitLater;
}

class PrefaultingPageAllocator final : public v8::PageAllocator {
 public:
  size_t AllocatePageSize() override { return page_size_; }
  size_t CommitPageSize() override { return page_size_; }

  void SetRandomMmapSeed(int64_t seed) override {
    std::lock_guard<std::mutex> lock(random_mutex_);
    random_.seed(static_cast<uint64_t>(seed));
  }

  // A random hint in the user half of the x86-64 address space, as V8's allocator gives, so
  // that heap addresses stay unpredictable.
  void* GetRandomMmapAddr() override {
    std::lock_guard<std::mutex> lock(random_mutex_);
    return reinterpret_cast<void*>(  // NOLINT(performance-no-int-to-ptr): an address by design
        random_() & uint64_t{0x3FFFFFFFF000});
  }

  void* AllocatePages(void* hint, size_t length, size_t alignment, Permission permission) override {
    const size_t request = length + (alignment - page_size_);
    char* aligned_hint = static_cast<char*>(hint) - MisalignmentOf(hint, alignment);
    int flags = MAP_PRIVATE | MAP_ANONYMOUS;
    if (IsInaccessible(permission)) {
      flags |= MAP_NORESERVE;
    }
    void* mapped = mmap(aligned_hint, request, Protection(permission), flags, -1, 0);
    if (mapped == MAP_FAILED) {
      return nullptr;
    }
    // Trim the mapping to an aligned `length`.
    char* base = static_cast<char*>(mapped);
    const size_t misalignment = MisalignmentOf(base, alignment);
    const size_t prefix = misalignment == 0 ? 0 : alignment - misalignment;
    char* pages = base + prefix;
    if (prefix > 0) {
      munmap(base, prefix);
    }
    if (request > prefix + length) {
      munmap(pages + length, request - prefix - length);
    }
    if (permission == kReadWrite) {
      Populate(pages, length);
    }
    return pages;
  }

  bool FreePages(void* address, size_t length) override { return munmap(address, length) == 0; }

  bool ReleasePages(void* address, size_t length, size_t new_length) override {
    return munmap(static_cast<char*>(address) + new_length, length - new_length) == 0;
  }

  bool SetPermissions(void* address, size_t length, Permission permission) override {
    if (mprotect(address, length, Protection(permission)) != 0) {
      return false;
    }
    if (IsInaccessible(permission)) {
      DiscardSystemPages(address, length);
    } else if (permission == kReadWrite) {
      Populate(address, length);
    }
    return true;
  }

  // As V8's own allocator on Linux: the pages read as zeros when next touched.
  bool DiscardSystemPages(void* address, size_t length) override {
    return madvise(address, length, MADV_DONTNEED) == 0;
  }

  // Fresh zero pages, inaccessible: V8 relies on decommitted memory reading as zeros later.
  bool DecommitPages(void* address, size_t length) override {
    void* mapped = mmap(address, length, PROT_NONE, MAP_FIXED | MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    return mapped == address;
  }

 private:
  static size_t MisalignmentOf(const void* address, size_t alignment) {
    return reinterpret_cast<uintptr_t>(address) & (alignment - 1);
  }

  // Advisory: where the kernel lacks MADV_POPULATE_WRITE the pages fault in as before.
  static void Populate(void* address, size_t length) {
    madvise(address, length, MADV_POPULATE_WRITE);
  }

  const size_t page_size_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  std::mutex random_mutex_;
  std::mt19937_64 random_{std::random_device{}()};
};

class PrefaultingPlatform final : public v8::Platform {
 public:
  explicit PrefaultingPlatform(v8::Platform* inner) : inner_(inner) {}

  v8::PageAllocator* GetPageAllocator() override { return &page_allocator_; }
  v8::ZoneBackingAllocator* GetZoneBackingAllocator() override {
    return inner_->GetZoneBackingAllocator();
  }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override {
    return inner_->OnCriticalMemoryPressure(length);
  }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    return inner_->GetForegroundTaskRunner(isolate);
  }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallOnWorkerThread(std::move(task));
  }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return inner_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority,
                                         std::unique_ptr<v8::JobTask> job_task) override {
    return inner_->PostJob(priority, std::move(job_task));
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return inner_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override { return inner_->GetTracingController(); }
  void DumpWithoutCrashing() override { inner_->DumpWithoutCrashing(); }
  v8::HighAllocationThroughputObserver* GetHighAllocationThroughputObserver() override {
    return inner_->GetHighAllocationThroughputObserver();
  }

 private:
  v8::Platform* inner_;
  PrefaultingPageAllocator page_allocator_;
};

}  // namespace

std::unique_ptr<v8::Platform> NewPrefaultingPlatform(v8::Platform* inner) {
  return std::make_unique<PrefaultingPlatform>(inner);
}

}  // namespace kiln
