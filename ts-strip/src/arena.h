// An arena allocator for tree-sitter: while an ArenaScope is alive on a thread, tree-sitter's
// allocations on that thread come from one reserved region with thread-local size-class free
// lists (no locks, no per-block bookkeeping beyond a class index), and the scope's end resets
// the region. malloc/free were a third of a parse's time.
#pragma once

namespace kiln::ts_strip {

class ArenaScope {
 public:
  ArenaScope();
  ~ArenaScope();
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;

 private:
  bool owner_ = false;
};

}  // namespace kiln::ts_strip
