// pigz-style deflate of large streamed inputs for node:zlib's Gzip, Deflate and DeflateRaw:
// the input is cut into blocks that zlib compresses independently (each primed with the 32 KiB
// before it as a dictionary, ended with a sync flush) on the thread pool, and joined in order
// under a gzip or zlib wrapper that Kiln writes itself (zlib's header bytes, combined CRC-32 or
// Adler-32). Level, strategy, memLevel and window keep their meaning; the bytes differ from one
// zlib stream's by the block boundaries. No V8 and no libuv here: the binding
// (runtime/bindings/zlib.cc) schedules Compress() and decides when a stream may use this.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace kiln {

class ParallelDeflate {
 public:
  enum Wrapper { kRaw, kZlib, kGzip };

  struct Block {
    std::vector<uint8_t> input;  // the dictionary (dict_length bytes), then the data
    size_t dict_length = 0;
    int flush = 0;               // Z_SYNC_FLUSH, Z_FULL_FLUSH or Z_FINISH
    int level = 0, strategy = 0, window_bits = 15, mem_level = 8;
    std::vector<uint8_t> output;
    uint32_t check = 0;          // CRC-32 or Adler-32 of the data
    bool failed = false;
    bool done = false;           // set on the main thread once Compress() returned
    size_t input_length = 0;     // the data's length, kept after Compress() frees the input
    size_t data_length() const { return input.size() - dict_length; }
  };

  static constexpr size_t kBlockSize = 128 * 1024;

  ParallelDeflate(Wrapper wrapper, int level, int window_bits, int mem_level, int strategy);

  // Copies input into the open block; returns how much it took (less than len once the block
  // is full).
  size_t Feed(const uint8_t* data, size_t len);
  bool block_full() const { return open_ != nullptr && open_->data_length() >= kBlockSize; }
  size_t open_length() const { return open_ == nullptr ? 0 : open_->data_length(); }
  // The data fed and not sealed yet, when no block was ever sealed (for handing the stream to
  // one zlib stream instead).
  bool started() const { return sealed_any_; }
  std::vector<uint8_t> TakeUnsealed();

  // Closes the open block (even an empty one) with the flush (a Z_* flush value; the weaker
  // flushes become Z_SYNC_FLUSH) and returns it for Compress(). Z_FINISH ends the stream;
  // nullptr after that.
  Block* Seal(int flush);
  // What a flush needs when nothing was fed since the last block (which ended byte-aligned with
  // a sync flush already): Z_FULL_FLUSH still drops the dictionary of the next block.
  bool open_empty() const { return open_ == nullptr || open_->data_length() == 0; }
  void FullFlushWithoutBlock() {
    next_without_dictionary_ = true;
    open_.reset();
  }
  bool finishing() const { return finished_; }
  static void Compress(Block* block);

  // Copies finished output in stream order (header, blocks, trailer) into out.
  size_t Drain(uint8_t* out, size_t len);
  bool output_pending() const;       // Drain() would give bytes now
  bool all_done() const;             // every sealed block compressed and drained
  bool finished() const { return finished_ && all_done(); }
  bool failed() const { return failed_; }
  size_t in_flight() const { return in_flight_; }
  void BlockDone(Block* block);      // main thread, after Compress()

  void SetParams(int level, int strategy) { level_ = level; strategy_ = strategy; }

 private:
  void QueueBytes(const uint8_t* data, size_t len);
  void AppendTrailer();

  Wrapper wrapper_;
  int level_, window_bits_, mem_level_, strategy_;
  std::unique_ptr<Block> open_;
  std::deque<std::unique_ptr<Block>> blocks_;  // sealed, in order
  std::vector<uint8_t> ready_;                  // header/trailer bytes or a block's output
  size_t ready_offset_ = 0;
  std::vector<uint8_t> history_;                // the last window of input before open_
  bool next_without_dictionary_ = false;
  bool sealed_any_ = false;
  bool finished_ = false;
  bool trailer_written_ = false;
  bool failed_ = false;
  size_t in_flight_ = 0;
  uint32_t check_;
  uint64_t total_in_ = 0;
};

}  // namespace kiln
