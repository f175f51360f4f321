// Inflate with Intel ISA-L (2-3x zlib's speed) for node:zlib's decompression streams, with what
// CompressionStream needs to hand a stream back to zlib when ISA-L cannot say what Node would:
// the compressed bytes of the current member (up to a limit) and how much output it produced,
// so that zlib can replay the member, skip that output and go on with zlib's exact messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

struct inflate_state;

namespace kiln {

class FastInflate {
 public:
  enum Wrapper { kRaw, kZlib, kGzip };

  FastInflate();
  ~FastInflate();
  FastInflate(const FastInflate&) = delete;
  FastInflate& operator=(const FastInflate&) = delete;

  // Starts a stream (or the next gzip member) in the given format.
  void Start(Wrapper wrapper);

  // Decodes from *in into *out and advances both. Returns ISA-L's result: 0 (ISAL_DECOMP_OK)
  // on progress or when more input is needed, a negative ISAL_* error or ISAL_NEED_DICT.
  int Run(const uint8_t** in, uint32_t* in_len, uint8_t** out, uint32_t* out_len);

  // The member's end (and for gzip/zlib its checksum) has been read.
  bool finished() const;

  // Whether the member's compressed bytes so far are all in replay().
  bool can_replay() const { return replay_complete_; }
  std::vector<uint8_t> TakeReplay() { return std::move(replay_); }
  uint64_t member_out() const { return member_out_; }

 private:
  bool HeaderLooksBad(const uint8_t* in, uint32_t in_len);

  std::unique_ptr<inflate_state> state_;
  Wrapper wrapper_ = kRaw;
  size_t header_checked_ = 0;
  std::vector<uint8_t> replay_;
  bool replay_complete_ = true;
  uint64_t member_out_ = 0;
};

}  // namespace kiln
