// A bump allocator for tree-sitter: while an ArenaScope is alive on a thread, tree-sitter's
// allocations on that thread come from one reserved region and its frees cost nothing; the
// scope's end resets the region. malloc/free were a third of a parse's time.
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
